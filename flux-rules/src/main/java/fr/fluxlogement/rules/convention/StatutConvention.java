package fr.fluxlogement.rules.convention;

/** Le statut d'une convention à une date (convention art. 7). */
public enum StatutConvention {
  /** Avant la signature. */
  NON_SIGNEE("non encore signée"),
  /** Dans la période initiale de trois ans. */
  PERIODE_INITIALE("en période initiale"),
  /** Dans une période de reconduction tacite d'un an. */
  RECONDUITE("reconduite tacitement"),
  /** Terminée : durée maximale atteinte ou dénonciation effective. */
  ECHUE("échue");

  private final String libelle;

  StatutConvention(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
