package fr.fluxlogement.core.evenement;

/** Les trois colonnes du tableau des délais de l'article 6 de la convention. */
public enum TypeLiberation {
  /** Parc existant, préavis d'un mois du locataire sortant. */
  PREAVIS_UN_MOIS("parc existant, préavis d'un mois"),
  /** Parc existant, préavis de trois mois. */
  PREAVIS_TROIS_MOIS("parc existant, préavis de trois mois"),
  /** Parc neuf : première mise en service. */
  PARC_NEUF("parc neuf");

  private final String libelle;

  TypeLiberation(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
