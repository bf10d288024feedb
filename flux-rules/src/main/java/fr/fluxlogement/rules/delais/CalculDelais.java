package fr.fluxlogement.rules.delais;

import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rules.calendrier.Calendrier;
import fr.fluxlogement.rules.calendrier.Calendriers;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Les délais du tableau de l'article 6 de la convention, lus comme le retient la décision {@code docs/decisions/0007-delais.md} :
 *
 * <table>
 *   <caption>Tableau de l'article 6</caption>
 *   <tr><th></th><th>parc existant, préavis 1 mois</th><th>parc existant, préavis 3 mois</th><th>parc neuf</th></tr>
 *   <tr><td>transmission des éléments</td><td colspan="2">dès réception du préavis</td><td>3 mois avant la mise en service</td></tr>
 *   <tr><td>trois candidats</td><td>5 jours ouvrés après la transmission</td><td colspan="2">1 mois calendaire après la transmission</td></tr>
 *   <tr><td>impossibilité de désigner</td><td colspan="3">au plus tard 5 jours ouvrés après la transmission</td></tr>
 * </table>
 *
 * Une échéance qui tombe un jour non ouvré est reportée au jour ouvré suivant si le paramètre
 * {@link Parametres#REPORT_JOUR_NON_OUVRE} le veut (vrai par défaut, par analogie avec le Code de
 * procédure civile, art. 641-642). Le calendrier est celui de la commune du logement.
 */
public final class CalculDelais {

  private CalculDelais() {}

  /**
   * Les échéances d'une libération.
   *
   * @param liberation le logement libéré, la colonne du tableau et la date de départ
   * @param transmission la date réelle de transmission de l'offre, si elle est connue
   * @param calendriers les calendriers (celui de la commune du logement est choisi)
   * @param parametres les délais et la règle de report
   */
  public static Echeances calculer(
      Liberation liberation, Optional<LocalDate> transmission, Calendriers calendriers, Parametres parametres) {
    Objects.requireNonNull(liberation, "liberation");
    Objects.requireNonNull(transmission, "transmission");
    Calendrier cal = calendriers.de(liberation.logement().localisation().commune());
    LocalDate depart = liberation.date();
    Echeance information;
    if (liberation.type() == TypeLiberation.PARC_NEUF) {
      ValeurDatee<Delai> avance = parametres.valeurDatee(Parametres.AVANCE_INFORMATION_PARC_NEUF, depart);
      LocalDate d = cal.moins(depart, avance.valeur());
      information = new Echeance("transmission des éléments sur le logement", d, false, Explication.of(
          "transmission des éléments (parc neuf)", d, avance.valeur() + " avant la mise en service du " + depart,
          List.of(References.CLAUSE_DELAIS, avance.source()), List.of()));
    } else {
      information = new Echeance("transmission des éléments sur le logement", depart, false, Explication.of(
          "transmission des éléments (" + liberation.type().libelle() + ")", depart, "dès réception du préavis, le " + depart,
          List.of(References.CLAUSE_DELAIS), List.of()));
    }
    LocalDate t = transmission.orElse(information.date());
    Parametre<Delai> pc = switch (liberation.type()) {
      case PREAVIS_UN_MOIS -> Parametres.DELAI_CANDIDATS_PREAVIS_1_MOIS;
      case PREAVIS_TROIS_MOIS -> Parametres.DELAI_CANDIDATS_PREAVIS_3_MOIS;
      case PARC_NEUF -> Parametres.DELAI_CANDIDATS_PARC_NEUF;
    };
    boolean report = parametres.valeur(Parametres.REPORT_JOUR_NON_OUVRE, t);
    Echeance candidats = echeance("proposition des trois candidats", t, parametres.valeurDatee(pc, t), report, cal,
        parametres.valeurDatee(Parametres.REPORT_JOUR_NON_OUVRE, t));
    Echeance impossibilite = echeance("information de l'impossibilité de désigner", t,
        parametres.valeurDatee(Parametres.DELAI_IMPOSSIBILITE, t), report, cal, parametres.valeurDatee(Parametres.REPORT_JOUR_NON_OUVRE, t));
    return new Echeances(liberation.type(), information, t, candidats, impossibilite);
  }

  /**
   * Une échéance : {@code depart} plus le délai, reportée au jour ouvré suivant si elle tombe un
   * jour non ouvré et que {@code report} le veut.
   */
  public static Echeance echeance(
      String objet, LocalDate depart, ValeurDatee<Delai> delai, boolean report, Calendrier cal, ValeurDatee<Boolean> regleReport) {
    LocalDate brute = cal.plus(depart, delai.valeur());
    boolean reportee = report && !cal.isOuvre(brute);
    LocalDate date = reportee ? cal.prochainJourOuvre(brute) : brute;
    String formule = "transmission du " + depart + " + " + delai.valeur()
        + (delai.valeur().unite() == Delai.Unite.MOIS ? " (" + Calendrier.FIN_DE_MOIS + ")" : "")
        + " = " + brute + (reportee ? ", jour non ouvré reporté au " + date : "");
    Explication ex = Explication.builder(objet, date).formule(formule)
        .reference(References.CLAUSE_DELAIS, delai.source())
        .enfant(Explication.donnee("délai", delai.valeur() + " (" + delai.citation() + ")", delai.source()))
        .enfant(Explication.donnee("report d'un jour non ouvré", (report ? "oui" : "non") + " (" + regleReport.citation() + ")", regleReport.source()))
        .enfant(Explication.donnee("calendrier", cal.zone().libelle()))
        .build();
    return new Echeance(objet, date, reportee, ex);
  }
}
