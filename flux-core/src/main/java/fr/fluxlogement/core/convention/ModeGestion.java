package fr.fluxlogement.core.convention;

/** Le mode de gestion des droits d'un réservataire (convention art. 5). */
public enum ModeGestion {
  /** La collectivité présente elle-même trois candidats au bailleur (art. 5.1). */
  DIRECTE("gestion directe"),
  /** Le bailleur désigne les candidats dans le SNE pour le compte du réservataire (art. 5.2). */
  DELEGUEE("gestion déléguée au bailleur");

  private final String libelle;

  ModeGestion(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
