package fr.fluxlogement.rendu.html;

import fr.fluxlogement.rules.convention.Annexe;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * La page de l'annexe d'une convention : le modèle d'annexe, ses chiffres remplis (parc, droits,
 * taux, mode de gestion, objectif), l'assiette ventilée par typologie, financement et QPV, les
 * exclusions, les droits avec leur origine et leurs dates, les taux du territoire, les objectifs de
 * chaque partie, et l'explication de chaque figure.
 *
 * @param entete l'en-tête
 * @param cle la clé de la convention
 * @param annexe l'annexe (ses figures)
 * @param genre « Commune », « EPCI » ou « Département »
 * @param sujet le réservataire comme sujet, « la commune d'Ornex »
 * @param echelle « communal », « intercommunal » ou « départemental »
 * @param gestion « gérer en direct » ou « déléguer au bailleur »
 * @param duTerritoire « la commune d'Ornex »
 * @param deSujet « de la commune d'Ornex »
 * @param dateReference le 1er janvier, « 01/01/2025 »
 * @param adresseConvention l'adresse où lire la convention (écrite sans lien), s'il y en a une
 * @param typologies l'assiette par typologie
 * @param financements l'assiette par financement
 * @param qpv l'assiette en et hors QPV
 * @param exclusions les logements exclus, par motif
 * @param droits les droits du réservataire sur le territoire
 * @param taux les taux des titulaires de droits sur le territoire
 * @param objectifs les objectifs de chaque partie
 * @param fluxAnnuel le flux annuel du territoire
 * @param explications l'explication de chaque figure
 * @param avertissements les avertissements de la convention
 * @param bilans les pages de bilan du réservataire
 */
public record PageAnnexe(
    Entete entete,
    String cle,
    Annexe annexe,
    String genre,
    String sujet,
    String echelle,
    String gestion,
    String duTerritoire,
    String deSujet,
    String dateReference,
    Optional<String> adresseConvention,
    List<LigneVentilation> typologies,
    List<LigneVentilation> financements,
    List<LigneVentilation> qpv,
    List<LigneVentilation> exclusions,
    List<LigneDroit> droits,
    List<LigneTaux> taux,
    List<LigneTaux> objectifs,
    long fluxAnnuel,
    List<SectionExplication> explications,
    List<String> avertissements,
    List<Lien> bilans) {

  /** Fige ; refuse les {@code null}. */
  public PageAnnexe {
    Objects.requireNonNull(entete, "entete");
    Objects.requireNonNull(annexe, "annexe");
    typologies = List.copyOf(typologies);
    financements = List.copyOf(financements);
    qpv = List.copyOf(qpv);
    exclusions = List.copyOf(exclusions);
    droits = List.copyOf(droits);
    taux = List.copyOf(taux);
    objectifs = List.copyOf(objectifs);
    explications = List.copyOf(explications);
    avertissements = List.copyOf(avertissements);
    bilans = List.copyOf(bilans);
  }

  /**
   * Une ligne d'une ventilation de l'assiette.
   *
   * @param libelle la catégorie
   * @param parc les logements du parc au 1er janvier
   * @param retenus les logements retenus dans l'assiette
   */
  public record LigneVentilation(String libelle, long parc, long retenus) {}

  /**
   * Un droit de réservation.
   *
   * @param titulaire le titulaire
   * @param origine l'origine
   * @param programme le programme, ou vide
   * @param commune la commune, ou vide
   * @param logements les logements réservés
   * @param debut le premier jour, « 01/01/2020 »
   * @param fin le dernier jour, ou « sans terme connu »
   * @param enVigueur vrai s'il est en vigueur au 1er janvier
   */
  public record LigneDroit(String titulaire, String origine, String programme, String commune, long logements, String debut, String fin, boolean enVigueur) {}

  /**
   * Le taux ou l'objectif d'une partie.
   *
   * @param partie le libellé de la partie
   * @param logements les logements (réservés ou dus)
   * @param taux le taux en pour cent
   */
  public record LigneTaux(String partie, long logements, String taux) {}
}
