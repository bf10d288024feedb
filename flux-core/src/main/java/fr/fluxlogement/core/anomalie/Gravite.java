package fr.fluxlogement.core.anomalie;

/** La gravité d'une anomalie. */
public enum Gravite {
  /** La donnée est rejetée : le calcul qui en dépend n'est pas fait. */
  ERREUR,
  /** Le calcul est fait, mais un point appelle l'attention (plafond du préfet dépassé, etc.). */
  AVERTISSEMENT
}
