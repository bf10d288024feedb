package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Repartition;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * La désignation des logements d'un programme neuf à sa première mise en location (convention art.
 * 5.3) : elle reste gérée en stock et reflète le financement de l'opération ; la part de l'État est
 * de 30 % sauf accord contraire (paramètre {@link Parametres#PART_ETAT_PROGRAMMES_NEUFS}) ; les
 * financeurs se partagent leurs parts négociées ; le bailleur garde le reste. Répartition au plus
 * fort reste sur le nombre de logements du programme.
 */
public final class PremiereMiseEnLocation {

  private PremiereMiseEnLocation() {}

  /**
   * Les logements désignés par partie.
   *
   * @param programme le programme
   * @param partsFinanceurs la part négociée de chaque financeur (hors État)
   * @param bailleur le bailleur
   * @param parametres les paramètres (part de l'État)
   * @return le nombre de logements par partie (l'État, les financeurs, le bailleur), ou les
   *     anomalies (parts au-delà de 100 % avec celle de l'État)
   */
  public static Resultat<Designation> designer(
      Programme programme, Map<Reservataire, Taux> partsFinanceurs, Bailleur bailleur, Parametres parametres) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(partsFinanceurs, "partsFinanceurs");
    Objects.requireNonNull(bailleur, "bailleur");
    ValeurDatee<Taux> partEtat = parametres.valeurDatee(Parametres.PART_ETAT_PROGRAMMES_NEUFS, programme.dateMiseEnService());
    Fraction somme = partEtat.valeur().valeur();
    List<Anomalie> anomalies = new ArrayList<>();
    for (Map.Entry<Reservataire, Taux> e : partsFinanceurs.entrySet()) {
      if (e.getKey().isEtat() || e.getKey().isBailleur()) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, "financeurs." + e.getKey().cle(),
            "l'État et le bailleur ne sont pas des financeurs : leurs parts sont fixées par l'article 5.3", References.CLAUSE_PROGRAMMES_NEUFS));
      }
      somme = somme.plus(e.getValue().valeur());
    }
    if (somme.compareTo(Fraction.UN) > 0) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.TAUX_SUPERIEURS_A_100, "financeurs",
          "la part de l'État et celles des financeurs somment à " + somme.fois(100).toDecimalFrancais(2) + " %", References.CLAUSE_PROGRAMMES_NEUFS));
    }
    Fraction total = somme;
    return Resultat.selon(anomalies, () -> {
      Map<String, Reservataire> parCle = new LinkedHashMap<>();
      List<Repartition.Partie> parties = new ArrayList<>();
      parCle.put(Etat.PRIORITAIRES.cle(), Etat.PRIORITAIRES);
      parties.add(new Repartition.Partie(Etat.PRIORITAIRES.cle(), partEtat.valeur().valeur()));
      partsFinanceurs.forEach((r, t) -> {
        parCle.put(r.cle(), r);
        parties.add(new Repartition.Partie(r.cle(), t.valeur()));
      });
      Reservataire reste = bailleur.partNonReservee();
      parCle.put(reste.cle(), reste);
      parties.add(new Repartition.Partie(reste.cle(), Fraction.UN.moins(total)));
      Map<Reservataire, Long> logements = new LinkedHashMap<>();
      List<Explication> enfants = new ArrayList<>();
      for (Repartition.Part p : Repartition.repartir(programme.nombreLogements(), parties)) {
        logements.put(parCle.get(p.cle()), p.part());
        enfants.add(Explication.of(parCle.get(p.cle()).libelle(), p.part(),
            "quota " + p.quota().toDecimalFrancais(2) + (p.resteAttribue() ? ", plus fort reste" : ""),
            List.of(References.CLAUSE_PROGRAMMES_NEUFS), List.of()));
      }
      Explication ex = Explication.of("première mise en location du programme " + programme.identifiant(),
          programme.nombreLogements() + " logements",
          "part de l'État " + partEtat.valeur().toPourcentFrancais() + " (" + partEtat.citation() + "), financeurs selon leurs parts, reste au bailleur",
          List.of(References.CLAUSE_PROGRAMMES_NEUFS), enfants);
      return new Designation(programme.identifiant(), logements, ex);
    });
  }

  /**
   * Le résultat d'une désignation.
   *
   * @param programme l'identifiant du programme
   * @param logements les logements désignés par partie
   * @param explication l'explication
   */
  public record Designation(String programme, Map<Reservataire, Long> logements, Explication explication) {
    /** Fige. */
    public Designation {
      logements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(logements));
    }
  }
}
