package fr.fluxlogement.rules.convention;

import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.explication.Francais;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Territoire;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * L'annexe territoriale d'une convention : le parc concerné par la gestion en flux au 1er janvier
 * sur le territoire de la convention, l'état des droits du réservataire et sa part, le mode de
 * gestion et l'objectif quantitatif (part du flux annuel et logements dus). Se rend en texte
 * français selon le modèle d'annexe de la convention (« Commune : XXXX… »), le réservataire et le
 * territoire étant ceux de la convention.
 *
 * @param titre le titre de la convention dont c'est l'annexe
 * @param territoire le territoire de la convention
 * @param nomTerritoire le nom du territoire, par exemple le nom de la commune
 * @param reservataire le réservataire de la convention
 * @param bailleur le nom du bailleur
 * @param dateReference le 1er janvier de référence
 * @param parcConcerne les logements concernés par la gestion en flux (l'assiette du territoire)
 * @param reserves les logements réservés par le réservataire (0 pour le préfet, dont la part est
 *     réglementaire)
 * @param taux la part des logements réservés dans le parc concerné (pour le préfet : sa part du flux)
 * @param modeGestion directe ou déléguée
 * @param partDuFlux la part du flux annuel octroyée au réservataire
 * @param logementsDus les logements dus sur l'année
 * @param illustratif vrai si les chiffres sont illustratifs (exemple), ce que dit le rendu
 */
public record Annexe(
    String titre,
    Territoire territoire,
    String nomTerritoire,
    Reservataire reservataire,
    String bailleur,
    LocalDate dateReference,
    long parcConcerne,
    long reserves,
    Taux taux,
    ModeGestion modeGestion,
    Taux partDuFlux,
    long logementsDus,
    boolean illustratif) {

  /** Valide les champs : aucun n'est {@code null}, les comptes sont positifs ou nuls. */
  public Annexe {
    Objects.requireNonNull(titre, "titre");
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(nomTerritoire, "nomTerritoire");
    Objects.requireNonNull(reservataire, "reservataire");
    Objects.requireNonNull(bailleur, "bailleur");
    Objects.requireNonNull(dateReference, "dateReference");
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(modeGestion, "modeGestion");
    Objects.requireNonNull(partDuFlux, "partDuFlux");
    if (parcConcerne < 0 || reserves < 0 || logementsDus < 0) {
      throw new IllegalArgumentException("compte négatif dans l'annexe");
    }
  }

  private static String date(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /** « Commune », « EPCI » ou « Département », en tête de l'annexe. */
  private String genre() {
    return territoire instanceof Commune ? "Commune" : territoire instanceof Departement ? "Département" : "EPCI";
  }

  /** « communal », « intercommunal » ou « départemental ». */
  private String echelle() {
    return territoire instanceof Commune ? "communal" : territoire instanceof Departement ? "départemental" : "intercommunal";
  }

  /** Le nom du territoire précédé de « de » ou « d' » : « de Bourg », « d'Ornex ». */
  private String duTerritoire() {
    return territoire instanceof Commune ? "la commune " + Francais.de(nomTerritoire) : territoire instanceof Departement
        ? "le département " + Francais.de(nomTerritoire) : nomTerritoire;
  }

  /** Le réservataire comme sujet de la phrase : « la commune d'Ornex », « Action Logement Services ». */
  private String sujet() {
    if (reservataire instanceof Collectivite c && c.niveau() == Collectivite.Niveau.COMMUNE) {
      return "la " + reservataire.libelle();
    }
    if (reservataire instanceof Collectivite c && c.niveau() == Collectivite.Niveau.DEPARTEMENT) {
      return "le " + reservataire.libelle();
    }
    return reservataire.isEtat() ? "le préfet" : reservataire.libelle();
  }

  /** « de la commune d'Ornex », « du département de l'Ain », « de l'État », « d'Action Logement Services ». */
  private String deSujet() {
    String s = sujet();
    if (reservataire.isEtat()) {
      return "de l'État";
    }
    return s.startsWith("le ") ? "du " + s.substring(3) : s.startsWith("la ") ? "de " + s : Francais.de(s);
  }

  /** Le texte de l'annexe. */
  public String toTexte() {
    String gestion = modeGestion == ModeGestion.DIRECTE ? "gérer en direct" : "déléguer au bailleur";
    StringBuilder sb = new StringBuilder();
    sb.append("Annexe").append(illustratif ? " (chiffres illustratifs)" : "").append('\n');
    sb.append(titre).append('\n');
    sb.append(genre()).append(" : ").append(nomTerritoire).append(" (").append(territoire.code()).append(")\n\n");
    sb.append("Parc locatif social (au ").append(date(dateReference)).append(")\n");
    sb.append(parcConcerne).append(" logements concernés par la gestion en flux\n\n");
    sb.append("Etat des droits de réservations (au ").append(date(dateReference)).append(")\n");
    if (reservataire.isEtat()) {
      sb.append("Les droits du préfet ne procèdent pas d'un état des lieux des garanties : ils portent sur ")
          .append(taux.toPourcentFrancais()).append(" du flux annuel\n(CCH R.441-5-2), ménages prioritaires et agents publics ensemble.\n\n");
    } else {
      sb.append("Les droits de réservation établis sur la base de l'état des lieux des garanties d'emprunt en cours fait\n");
      sb.append("apparaître ").append(reserves).append(" logements réservés par ").append(sujet()).append(", soit ").append(taux.toPourcentFrancais())
          .append(" du parc locatif social concerné par la gestion\nen flux sur le territoire ").append(echelle()).append(".\n\n");
    }
    sb.append("Modalités de gestion\n");
    sb.append("Sur son territoire, ").append(sujet()).append(" souhaite ").append(gestion)
        .append(" les droits de réservation qui lui sont dédiés.\n\n");
    sb.append("Objectif quantitatif\n");
    sb.append("Dans une démarche partenariale, le bailleur s'engage à octroyer ").append(partDuFlux.toPourcentFrancais())
        .append(" du flux annuel concerné par la gestion en flux\nsur ").append(duTerritoire())
        .append(", au titre des réservations ").append(deSujet())
        .append(", soit ").append(logementsDus).append(" logement(s) pour l'année.\n\n");
    sb.append("Le bailleur : ").append(bailleur).append('\n');
    return sb.toString();
  }

  /** L'annexe comme table, prête pour JSON ou CSV. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("titre", titre);
    m.put("territoire", territoire.code());
    m.put("nom", nomTerritoire);
    m.put("reservataire", reservataire.cle());
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
