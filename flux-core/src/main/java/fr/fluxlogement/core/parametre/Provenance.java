package fr.fluxlogement.core.parametre;

/** D'où vient la valeur d'un paramètre : qui l'a fixée. */
public enum Provenance {
  /** Valeur nationale (loi, décret, arrêté) ou lecture par défaut documentée. */
  NATIONAL("valeur nationale"),
  /** Protocole départemental ou accord régional. */
  PROTOCOLE("protocole départemental"),
  /** Clause de la convention de réservation. */
  CONVENTION("clause de la convention"),
  /** Arrêté préfectoral de dérogation, pour un an au plus (R.441-5-2 I). */
  ARRETE("arrêté préfectoral de dérogation"),
  /** Avenant annuel à la convention (art. 7). */
  AVENANT("avenant à la convention");

  private final String libelle;

  Provenance(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
