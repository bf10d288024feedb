package fr.fluxlogement.rules.bilan;

/** Les ventilations du bilan (R.441-5-1 CCH ; convention art. 6). */
public enum Dimension {
  /** Le total, sans ventilation. */
  TOTAL("total"),
  /** Par typologie. */
  TYPOLOGIE("typologie"),
  /** Par type de financement. */
  FINANCEMENT("financement"),
  /** En ou hors QPV. */
  QPV("localisation QPV"),
  /** Par commune. */
  COMMUNE("commune"),
  /** Par EPCI. */
  EPCI("EPCI"),
  /** Par période de construction. */
  PERIODE_CONSTRUCTION("période de construction");

  private final String libelle;

  Dimension(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
