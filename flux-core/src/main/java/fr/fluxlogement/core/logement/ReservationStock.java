package fr.fluxlogement.core.logement;

/**
 * Les réservations qui restent gérées en stock, sur des logements identifiés, et sortent donc de
 * l'assiette du flux (L.441-1 et R.441-5 I CCH ; convention art. 2).
 */
public enum ReservationStock {
  /** Services relevant de la défense nationale ou de la sécurité intérieure. */
  DEFENSE_SECURITE_INTERIEURE("défense nationale ou sécurité intérieure"),
  /** Établissements publics de santé (loi 3DS). */
  ETABLISSEMENT_SANTE("établissement public de santé");

  private final String libelle;

  ReservationStock(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
