package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Repartition;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rules.validation.Comptes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * La répartition du flux annuel en objectifs (convention art. 6 ; CCH R.441-5 ; arrondi au plus fort reste, décision {@code docs/decisions/0002-plus-fort-reste.md}) : chaque
 * réservataire reçoit {@code flux × taux} en logements entiers, le bailleur garde le reste pour sa
 * part non réservée, et les parts somment exactement au flux.
 *
 * <p><b>Méthode</b> : plus fort reste (Hamilton) à deux niveaux. D'abord entre les parties, l'État
 * comptant pour une seule partie (la somme de ses deux sous-contingents) ; puis, dans la part de
 * l'État, entre ménages prioritaires et agents publics. Départage : plus grand taux, puis clé.
 *
 * <p><b>Plafonds du préfet</b> (R.441-5-2 I) : au plus 30 % du flux dont au plus 5 % pour les
 * agents. Un dépassement est signalé par un avertissement qui cite l'article, jamais plafonné en
 * silence (le préfet peut y déroger un an par arrêté).
 *
 * <p>Les dépassements des plafonds sont des avertissements du {@link Resultat} rendu par
 * {@link #repartir}, non des champs de la répartition.
 *
 * @param flux le flux réparti
 * @param objectifs l'objectif de chaque partie, la part non réservée du bailleur comprise, dans
 *     l'ordre des clés
 * @param explication l'explication
 */
public record RepartitionDuFlux(long flux, List<Objectif> objectifs, Explication explication) {

  private static final String CLE_ETAT = "ETAT";

  /** Fige. */
  public RepartitionDuFlux {
    objectifs = List.copyOf(objectifs);
    Objects.requireNonNull(explication, "explication");
  }

  /**
   * L'objectif en logements d'une partie.
   *
   * @param partie le réservataire, ou la part non réservée du bailleur
   * @return son nombre de logements, 0 si elle n'a pas d'objectif
   */
  public long logements(Reservataire partie) {
    return objectifs.stream().filter(o -> o.partie().equals(partie)).mapToLong(Objectif::logements).sum();
  }

  /**
   * Répartit le flux.
   *
   * @param date la date d'application des paramètres (1er janvier de l'année)
   * @param flux le flux annuel en logements entiers
   * @param taux le taux de chaque réservataire (sans le bailleur)
   * @param bailleur le bailleur, qui garde le reste
   * @param parametres les paramètres (plafonds du préfet)
   * @return la répartition avec, en avertissements, les dépassements des plafonds du préfet
   *     ({@code PLAFOND_PREFET_DEPASSE}, {@code PLAFOND_AGENTS_DEPASSE}) ; ou les anomalies (flux
   *     négatif, taux au-delà de 100 %)
   */
  public static Resultat<RepartitionDuFlux> repartir(
      LocalDate date, long flux, Map<Reservataire, Taux> taux, Bailleur bailleur, Parametres parametres) {
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(bailleur, "bailleur");
    Objects.requireNonNull(parametres, "parametres");
    Objects.requireNonNull(date, "date");
    List<Anomalie> anomalies = new ArrayList<>();
    Comptes.verifier(flux, "flux", References.CLAUSE_FLUX_ANNUEL, anomalies);
    Fraction somme = Fraction.ZERO;
    Fraction etat = Fraction.ZERO;
    Fraction agents = Fraction.ZERO;
    for (Map.Entry<Reservataire, Taux> e : taux.entrySet()) {
      if (e.getKey().isBailleur()) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, "taux." + e.getKey().cle(),
            "la part non réservée du bailleur est le reste du flux : elle n'a pas de taux propre", References.CLAUSE_ENGAGEMENTS));
      }
      somme = somme.plus(e.getValue().valeur());
      if (e.getKey() instanceof Etat et) {
        etat = etat.plus(e.getValue().valeur());
        if (et.sousContingent() == Etat.SousContingent.AGENTS_PUBLICS) {
          agents = agents.plus(e.getValue().valeur());
        }
      }
    }
    if (somme.compareTo(Fraction.UN) > 0) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.TAUX_SUPERIEURS_A_100, "taux",
          "les taux des réservataires somment à " + somme.fois(100).toDecimalFrancais(2) + " %, plus de 100 %", References.CLAUSE_ENGAGEMENTS));
    }
    ValeurDatee<Taux> plafondPrefet = parametres.valeurDatee(Parametres.PLAFOND_PREFET, date);
    ValeurDatee<Taux> plafondAgents = parametres.valeurDatee(Parametres.PLAFOND_AGENTS, date);
    if (etat.compareTo(plafondPrefet.valeur().valeur()) > 0) {
      anomalies.add(Anomalie.avertissement(CodeAnomalie.PLAFOND_PREFET_DEPASSE, "taux.ETAT",
          "la part du préfet (" + Taux.of(etat.min(Fraction.UN)).toPourcentFrancais() + ") dépasse " + plafondPrefet.valeur().toPourcentFrancais()
              + " du flux annuel ; seul un arrêté préfectoral d'un an au plus peut le permettre", plafondPrefet.source()));
    }
    if (agents.compareTo(plafondAgents.valeur().valeur()) > 0) {
      anomalies.add(Anomalie.avertissement(CodeAnomalie.PLAFOND_AGENTS_DEPASSE, "taux.ETAT-AGENTS",
          "la part des agents publics (" + Taux.of(agents.min(Fraction.UN)).toPourcentFrancais() + ") dépasse "
              + plafondAgents.valeur().toPourcentFrancais() + " du flux annuel", plafondAgents.source()));
    }
    Fraction sommeFinale = somme;
    Fraction etatFinal = etat;
    return Resultat.selon(anomalies, () -> calculer(flux, taux, bailleur, sommeFinale, etatFinal));
  }

  private static RepartitionDuFlux calculer(
      long flux, Map<Reservataire, Taux> taux, Bailleur bailleur, Fraction somme, Fraction etat) {
    Map<String, Reservataire> parCle = new LinkedHashMap<>();
    List<Repartition.Partie> niveau1 = new ArrayList<>();
    List<Repartition.Partie> niveauEtat = new ArrayList<>();
    for (Map.Entry<Reservataire, Taux> e : taux.entrySet()) {
      parCle.put(e.getKey().cle(), e.getKey());
      if (e.getKey().isEtat()) {
        niveauEtat.add(new Repartition.Partie(e.getKey().cle(), e.getValue().valeur()));
      } else {
        niveau1.add(new Repartition.Partie(e.getKey().cle(), e.getValue().valeur()));
      }
    }
    if (!niveauEtat.isEmpty()) {
      niveau1.add(new Repartition.Partie(CLE_ETAT, etat));
    }
    Reservataire reste = bailleur.partNonReservee();
    parCle.put(reste.cle(), reste);
    Taux tauxBailleur = Taux.of(Fraction.UN.moins(somme));
    niveau1.add(new Repartition.Partie(reste.cle(), tauxBailleur.valeur()));
    Map<String, Taux> tauxParCle = new LinkedHashMap<>();
    taux.forEach((r, t) -> tauxParCle.put(r.cle(), t));
    tauxParCle.put(reste.cle(), tauxBailleur);

    List<Objectif> objectifs = new ArrayList<>();
    // les lignes de l'explication, construites à sa première lecture (Explication.differee)
    List<Supplier<Explication>> enfants = new ArrayList<>();
    for (Repartition.Part p : Repartition.repartir(flux, niveau1)) {
      if (p.cle().equals(CLE_ETAT)) {
        List<Supplier<Explication>> sous = new ArrayList<>();
        for (Repartition.Part q : Repartition.repartir(p.part(), niveauEtat)) {
          Reservataire r = parCle.get(q.cle());
          Taux t = tauxParCle.get(q.cle());
          objectifs.add(new Objectif(r, t, t.de(flux), q.part()));
          sous.add(() -> ligne(r.libelle(), q, t, "part de l'État " + p.part() + " × " + t.toPourcentFrancais() + " ÷ " + Taux.of(etat).toPourcentFrancais()));
        }
        List<Supplier<Explication>> sousFiges = List.copyOf(sous);
        enfants.add(() -> Explication.of("État (préfet), les deux contingents ensemble", p.part(),
            "quota " + p.quota().toDecimalFrancais(2) + (p.resteAttribue() ? ", plus fort reste" : ""),
            List.of(References.CCH_R441_5_2_I), construire(sousFiges)));
      } else {
        Reservataire r = parCle.get(p.cle());
        Taux t = tauxParCle.get(p.cle());
        objectifs.add(new Objectif(r, t, t.de(flux), p.part()));
        enfants.add(() -> ligne(r.libelle(), p, t, "flux " + flux + " × " + t.toPourcentFrancais()));
      }
    }
    objectifs.sort(Comparator.comparing(o -> o.partie().cle()));
    List<Supplier<Explication>> figes = List.copyOf(enfants);
    Explication ex = Explication.differee(() -> Explication.of("objectifs " + flux + " logements", flux,
        "plus fort reste sur flux × taux ; le bailleur garde le reste ; égalités au plus grand taux",
        List.of(References.CLAUSE_ENGAGEMENTS, References.CCH_R441_5), construire(figes)));
    return new RepartitionDuFlux(flux, objectifs, ex);
  }

  private static List<Explication> construire(List<Supplier<Explication>> lignes) {
    List<Explication> l = new ArrayList<>(lignes.size());
    for (Supplier<Explication> x : lignes) {
      l.add(x.get());
    }
    return l;
  }

  private static Explication ligne(String libelle, Repartition.Part p, Taux t, String formule) {
    return Explication.of(libelle, p.part(),
        formule + " = " + p.quota().toDecimalFrancais(2) + (p.resteAttribue() ? ", arrondi au plus fort reste" : ""),
        List.of(References.CLAUSE_ENGAGEMENTS), List.of());
  }
}
