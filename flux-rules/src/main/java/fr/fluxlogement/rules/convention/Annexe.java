package fr.fluxlogement.rules.convention;

import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.explication.Francais;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * L'annexe par commune de la convention : le parc concerné par la gestion en flux au 1er janvier,
 * l'état des droits de la commune et sa part, le mode de gestion et l'objectif quantitatif (part du
 * flux annuel et logements dus). Se rend en texte français, comme le modèle de la convention.
 *
 * @param commune la commune
 * @param nomCommune son nom
 * @param bailleur le nom du bailleur
 * @param dateReference le 1er janvier de référence
 * @param parcConcerne les logements concernés par la gestion en flux (l'assiette)
 * @param reserves les logements réservés par la commune
 * @param taux la part des logements réservés dans le parc concerné
 * @param modeGestion directe ou déléguée
 * @param partDuFlux la part du flux annuel octroyée à la commune
 * @param logementsDus les logements dus sur l'année
 * @param illustratif vrai si les chiffres sont illustratifs (exemple), ce que dit le rendu
 */
public record Annexe(
    Commune commune,
    String nomCommune,
    String bailleur,
    LocalDate dateReference,
    long parcConcerne,
    long reserves,
    Taux taux,
    ModeGestion modeGestion,
    Taux partDuFlux,
    long logementsDus,
    boolean illustratif) {

  /** Valide. */
  public Annexe {
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(nomCommune, "nomCommune");
    Objects.requireNonNull(bailleur, "bailleur");
    Objects.requireNonNull(dateReference, "dateReference");
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(modeGestion, "modeGestion");
    Objects.requireNonNull(partDuFlux, "partDuFlux");
  }

  private static String date(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /** Le texte de l'annexe. */
  public String toTexte() {
    String gestion = modeGestion == ModeGestion.DIRECTE ? "gérer en direct" : "déléguer au bailleur";
    StringBuilder sb = new StringBuilder();
    sb.append("Annexe").append(illustratif ? " (chiffres illustratifs)" : "").append('\n');
    sb.append("Commune : ").append(nomCommune).append(" (").append(commune.code()).append(")\n\n");
    sb.append("Parc locatif social (au ").append(date(dateReference)).append(")\n");
    sb.append(parcConcerne).append(" logements concernés par la gestion en flux\n\n");
    sb.append("Etat des droits de réservations (au ").append(date(dateReference)).append(")\n");
    sb.append("Les droits de réservation établis sur la base de l'état des lieux des garanties d'emprunt en cours fait\n");
    sb.append("apparaître ").append(reserves).append(" logements réservés par la commune, soit ").append(taux.toPourcentFrancais())
        .append(" du parc locatif social concerné par la gestion\nen flux sur le territoire communal.\n\n");
    sb.append("Modalités de gestion\n");
    sb.append("Sur son territoire, la commune ").append(Francais.de(nomCommune)).append(" souhaite ").append(gestion)
        .append(" les droits de réservation dédiés aux collectivités.\n\n");
    sb.append("Objectif quantitatif\n");
    sb.append("Dans une démarche partenariale, le bailleur s'engage à octroyer ").append(partDuFlux.toPourcentFrancais())
        .append(" du flux annuel concerné par la gestion en flux\nsur la commune ").append(Francais.de(nomCommune))
        .append(", au titre des réservations de la commune, soit ").append(logementsDus).append(" logement(s) pour l'année.\n");
    return sb.toString();
  }

  /** L'annexe comme table, prête pour JSON ou CSV. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commune", commune.code());
    m.put("nom", nomCommune);
    m.put("bailleur", bailleur);
    m.put("date_reference", dateReference.toString());
    m.put("parc_concerne", parcConcerne);
    m.put("logements_reserves", reserves);
    m.put("taux", taux.toPourcentFrancais());
    m.put("mode_gestion", modeGestion.libelle());
    m.put("part_du_flux", partDuFlux.toPourcentFrancais());
    m.put("logements_dus", logementsDus);
    m.put("illustratif", illustratif);
    return m;
  }
}
