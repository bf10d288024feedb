package fr.fluxlogement.core.evenement;

/** Les décisions de la CALEOL (R.441-3 CCH). */
public enum TypeDecision {
  /** a) attribution à un candidat. */
  ATTRIBUTION("attribution"),
  /** b) attribution avec classement des candidats. */
  ATTRIBUTION_CLASSEE("attribution avec classement"),
  /** c) attribution sous condition suspensive. */
  ATTRIBUTION_SOUS_CONDITION("attribution sous condition suspensive"),
  /** d) refus. */
  REFUS("refus"),
  /** e) irrecevabilité de la demande. */
  IRRECEVABILITE("irrecevabilité");

  private final String libelle;

  TypeDecision(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** Vrai pour une décision d'attribution (a, b ou c). */
  public boolean isAttribution() {
    return this == ATTRIBUTION || this == ATTRIBUTION_CLASSEE || this == ATTRIBUTION_SOUS_CONDITION;
  }
}
