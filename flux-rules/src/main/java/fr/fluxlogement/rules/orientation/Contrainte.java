package fr.fluxlogement.rules.orientation;

/** La contrainte qui a décidé d'une orientation. */
public enum Contrainte {
  /** Un seul réservataire pouvait recevoir le logement sans sortir de son quota. */
  QUOTA("quota : seul réservataire éligible, ou échéance la plus proche"),
  /** La part minimale du préfet hors QPV (R.441-5-2 II). */
  PREFET_HORS_QPV("part du préfet hors QPV (R.441-5-2 II)"),
  /** L'équilibre par typologie, financement, QPV et commune (convention art. 4.2). */
  EQUILIBRE("équilibre par typologie, financement, QPV et commune (art. 4.2)");

  private final String libelle;

  Contrainte(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
