package fr.fluxlogement.rules.droits;

import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.explication.Explique;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Repartition;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Les droits de réservation issus des garanties d'emprunt d'un programme (convention art. 3) :
 * au plus 20 % des logements de l'opération pour tous les garants ensemble, partagés au prorata de
 * leurs quotités.
 *
 * <p><b>Calcul</b> (voir {@code docs/decisions/0004-garanties.md} et {@code 0016}) : total = plafond
 * × logements × min(1, Σ quotités), arrondi selon le paramètre {@link Parametres#ARRONDI_GARANTIES}
 * (par défaut à l'entier inférieur : « ne peut représenter plus de 20 % ») ; ce total se partage
 * entre garants au plus fort reste, pondéré par les quotités. Chaque garant figure dans le
 * résultat, avec 0 droit si sa part s'arrondit à 0. La part d'un prêt garantie
 * par un tiers non réservataire (CGLLS) n'ouvre aucun droit.
 *
 * <p><b>Durée</b> (R.441-6) : le droit s'exerce en flux à partir du 1er janvier qui suit la
 * première mise en location, quand le programme rejoint l'assiette (art. 5.3 : la première mise en
 * location reste gérée en stock), et dure jusqu'au terme du prêt ; pour une commune ou un EPCI, prorogée
 * de 5 ans à compter du remboursement intégral (effectif s'il est connu, prévu sinon). Le texte ne
 * nomme pas les départements : leurs droits s'arrêtent au terme du prêt. [K]
 */
public final class DroitsGarantie {

  private DroitsGarantie() {}

  /**
   * Les droits d'un programme, un par garant, avec leur explication.
   *
   * @return les droits, ou les anomalies (quotités d'un même prêt au-delà de 100 %)
   */
  public static Resultat<Explique<List<DroitReservation>>> calculer(
      Programme programme, Parametres parametres) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(parametres, "parametres");
    List<Anomalie> anomalies = new ArrayList<>();
    Map<String, Fraction> parPret = new LinkedHashMap<>();
    for (GarantieEmprunt g : programme.garanties()) {
      parPret.merge(g.pret(), g.quotite().valeur(), Fraction::plus);
    }
    parPret.forEach((pret, q) -> {
      if (q.compareTo(Fraction.UN) > 0) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.QUOTITES_SUPERIEURES_A_100,
            "programmes." + programme.identifiant() + ".garanties[" + pret + "]",
            "les quotités garanties du prêt « " + pret + " » somment à " + q.fois(100).toDecimalFrancais(2) + " %, plus de 100 %",
            References.CLAUSE_ETAT_DES_DROITS));
      }
    });
    int prorogation = parametres.valeur(Parametres.PROROGATION_GARANTIE_ANNEES, programme.dateMiseEnService());
    LocalDate debut = LocalDate.of(programme.anneeMiseEnService() + 1, 1, 1);
    Map<String, LocalDate> finParGarant = new LinkedHashMap<>();
    Map<String, GarantieEmprunt> garantParCle = new LinkedHashMap<>();
    for (GarantieEmprunt g : programme.garanties()) {
      finParGarant.merge(g.garant().cle(), finDesDroits(g, prorogation), (a, b) -> a.isAfter(b) ? a : b);
      garantParCle.putIfAbsent(g.garant().cle(), g);
    }
    finParGarant.forEach((cle, fin) -> {
      if (fin.isBefore(debut)) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.DATE_INCOHERENTE, "programmes." + programme.identifiant() + ".garanties[" + cle + "]",
            "les garanties de " + garantParCle.get(cle).garant().libelle() + " ouvrent des droits jusqu'au " + fin
                + ", avant leur début (le " + debut + ", 1er janvier suivant la mise en service du programme)",
            References.CCH_R441_6));
      }
    });
    return Resultat.selon(anomalies, () -> repartir(programme, parametres));
  }

  private static Explique<List<DroitReservation>> repartir(Programme programme, Parametres parametres) {
    LocalDate date = programme.dateMiseEnService();
    ValeurDatee<Taux> plafond = parametres.valeurDatee(Parametres.PLAFOND_GARANTIES, date);
    int prorogation = parametres.valeur(Parametres.PROROGATION_GARANTIE_ANNEES, date);
    // Quotité par garant : la moyenne de ses quotités sur les prêts du programme, pondérée également.
    Map<String, Fraction> quotiteParGarant = new LinkedHashMap<>();
    Map<String, GarantieEmprunt> premiereGarantie = new LinkedHashMap<>();
    Map<String, LocalDate> finParGarant = new LinkedHashMap<>();
    long nbPrets = programme.garanties().stream().map(GarantieEmprunt::pret).distinct().count();
    for (GarantieEmprunt g : programme.garanties()) {
      String cle = g.garant().cle();
      quotiteParGarant.merge(cle, g.quotite().valeur().diviserPar(Fraction.of(nbPrets)), Fraction::plus);
      premiereGarantie.putIfAbsent(cle, g);
      LocalDate fin = finDesDroits(g, prorogation);
      finParGarant.merge(cle, fin, (a, b) -> a.isAfter(b) ? a : b);
    }
    Fraction couverture = Fraction.ZERO;
    for (Fraction q : quotiteParGarant.values()) {
      couverture = couverture.plus(q);
    }
    couverture = couverture.min(Fraction.UN);
    Fraction exact = plafond.valeur().de(programme.nombreLogements()).fois(couverture);
    ValeurDatee<Arrondi> arrondi = parametres.valeurDatee(Parametres.ARRONDI_GARANTIES, date);
    long total = exact.arrondir(arrondi.valeur()).longValueExact();
    List<Repartition.Partie> parties = new ArrayList<>();
    quotiteParGarant.forEach((cle, q) -> parties.add(new Repartition.Partie(cle, q)));
    List<Repartition.Part> parts;
    if (parties.isEmpty()) {
      parts = List.of();
    } else if (total == 0) {
      // aucun droit à partager : chaque garant figure quand même, avec 0 (une figure nulle est une figure)
      parts = new ArrayList<>();
      for (Repartition.Partie x : parties) {
        parts.add(new Repartition.Part(x.cle(), Fraction.ZERO, 0, false));
      }
    } else {
      parts = Repartition.repartir(total, parties);
    }
    List<DroitReservation> droits = new ArrayList<>();
    String formule = plafond.valeur().toPourcentFrancais() + " × " + programme.nombreLogements() + " logements × "
        + Taux.of(couverture).toPourcentFrancais() + " garantis = " + exact.toDecimalFrancais(2) + ", " + arrondi.valeur().libelle()
        + " : " + total + (Fraction.of(total).compareTo(exact) > 0 ? " (au-delà du plafond exact, par l'arrondi de la convention)" : "");
    Explication.Builder ex = Explication.builder("droits issus des garanties du programme " + programme.identifiant(), total)
        .formule(formule)
        .reference(References.CLAUSE_ETAT_DES_DROITS, plafond.source())
        .enfant(Explication.donnee("plafond des garanties", plafond.valeur().toPourcentFrancais() + " (" + plafond.citation() + ")", plafond.source()))
        .enfant(Explication.donnee("arrondi du total", arrondi.valeur().libelle() + " (" + arrondi.citation() + ")", arrondi.source()))
        .enfant(Explication.donnee("logements de l'opération", programme.nombreLogements()));
    for (Repartition.Part p : parts) {
      GarantieEmprunt g = premiereGarantie.get(p.cle());
      LocalDate debut = LocalDate.of(programme.anneeMiseEnService() + 1, 1, 1);
      LocalDate fin = finParGarant.get(p.cle());
      // un garant dont la part s'arrondit à 0 figure avec 0 droit (décision 0016)
      droits.add(new DroitReservation(g.garant(), OrigineDroit.GARANTIE_EMPRUNT, p.part(), debut, Optional.of(fin),
          Optional.of(programme.identifiant()), Optional.of(programme.commune())));
      ex.enfant(Explication.of(g.garant().libelle(), p.part(),
          "quota " + p.quota().toDecimalFrancais(2) + (p.resteAttribue() ? ", plus fort reste" : "") + ", droit jusqu'au " + fin,
          List.of(References.CLAUSE_ETAT_DES_DROITS, References.CCH_R441_6), List.of()));
    }
    return Explique.of(List.copyOf(droits), ex.build());
  }

  /**
   * Le dernier jour d'un droit issu d'une garantie (R.441-6) : terme du prêt (remboursement
   * intégral effectif s'il est connu, dernière échéance prévue sinon), prorogé de {@code
   * prorogation} ans pour une commune ou un EPCI.
   */
  public static LocalDate finDesDroits(GarantieEmprunt g, int prorogation) {
    LocalDate terme = g.dateRemboursementIntegral().orElse(g.dateFinPrevue());
    boolean proroge = g.garant() instanceof Collectivite c
        && (c.niveau() == Collectivite.Niveau.COMMUNE || c.niveau() == Collectivite.Niveau.EPCI);
    return proroge ? terme.plusYears(prorogation) : terme;
  }
}
