package fr.fluxlogement.rules.orientation;

/**
 * Ce que devient un logement que le réservataire n'a pas pu pourvoir (convention art. 6, tableau :
 * « en cas d'impossibilité pour la collectivité de désigner des candidats »).
 */
public enum TraitementEchec {
  /** Le bailleur recherche lui-même et l'attribution compte pour le réservataire. */
  COMPTE_POUR_LE_RESERVATAIRE("compté pour le réservataire"),
  /** Le bailleur reprend le logement pour son propre compte : il compte pour sa part non réservée. */
  REPRIS_PAR_LE_BAILLEUR("repris par le bailleur"),
  /** Le logement est proposé à un autre réservataire, choisi par le moteur. */
  PROPOSE_A_UN_AUTRE("proposé à un autre réservataire");

  private final String libelle;

  TraitementEchec(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
