package fr.fluxlogement.rendu.texte;

import fr.fluxlogement.rules.convention.Annexe;

/**
 * L'annexe d'une convention en texte français, selon le modèle d'annexe de la convention
 * (« Commune : XXXX… »), ses chiffres remplis.
 */
public final class TexteAnnexe {

  private TexteAnnexe() {}

  /**
   * Le texte de l'annexe.
   *
   * @param a l'annexe
   * @return le texte
   */
  public static String texte(Annexe a) {
    Redaction r = new Redaction(a);
    StringBuilder sb = new StringBuilder();
    sb.append("Annexe").append(a.illustratif() ? " (chiffres illustratifs)" : "").append('\n');
    sb.append(a.titre()).append('\n');
    sb.append(r.genre()).append(" : ").append(a.nomTerritoire()).append(" (").append(a.territoire().code()).append(")\n\n");
    sb.append("Parc locatif social (au ").append(Redaction.date(a.dateReference())).append(")\n");
    sb.append(a.parcConcerne()).append(" logements concernés par la gestion en flux\n\n");
    sb.append("Etat des droits de réservations (au ").append(Redaction.date(a.dateReference())).append(")\n");
    if (a.reservataire().isEtat()) {
      sb.append("Les droits du préfet ne procèdent pas d'un état des lieux des garanties : ils portent sur ")
          .append(a.taux().toPourcentFrancais()).append(" du flux annuel\n(CCH R.441-5-2), ménages prioritaires et agents publics ensemble.\n\n");
    } else {
      sb.append("Les droits de réservation établis sur la base de l'état des lieux des garanties d'emprunt en cours fait\n");
      sb.append("apparaître ").append(a.reserves()).append(" logements réservés par ").append(r.sujet()).append(", soit ")
          .append(a.taux().toPourcentFrancais()).append(" du parc locatif social concerné par la gestion\nen flux sur le territoire ")
          .append(r.echelle()).append(".\n\n");
    }
    sb.append("Modalités de gestion\n");
    sb.append("Sur son territoire, ").append(r.sujet()).append(" souhaite ").append(r.gestion())
        .append(" les droits de réservation qui lui sont dédiés.\n\n");
    sb.append("Objectif quantitatif\n");
    sb.append("Dans une démarche partenariale, le bailleur s'engage à octroyer ").append(a.partDuFlux().toPourcentFrancais())
        .append(" du flux annuel concerné par la gestion en flux\nsur ").append(r.duTerritoire())
        .append(", au titre des réservations ").append(r.deSujet())
        .append(", soit ").append(a.logementsDus()).append(" logement(s) pour l'année.\n\n");
    sb.append("Le bailleur : ").append(a.bailleur()).append('\n');
    return sb.toString();
  }
}
