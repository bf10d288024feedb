package fr.fluxlogement.core.acteur;

/**
 * Action Logement Services, réservataire en contrepartie de la participation des employeurs
 * (CCH L.313-26-2, R.441-5 I). Sans pourcentage légal : son taux vient de ses droits.
 */
public record ActionLogement() implements Reservataire {

  /** L'unique instance. */
  public static final ActionLogement INSTANCE = new ActionLogement();

  @Override
  public String cle() {
    return "ACTION-LOGEMENT";
  }

  @Override
  public String libelle() {
    return "Action Logement Services";
  }
}
