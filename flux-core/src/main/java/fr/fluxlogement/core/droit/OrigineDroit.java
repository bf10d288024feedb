package fr.fluxlogement.core.droit;

/** L'origine d'un droit de réservation (convention art. 3 ; L.441-1 et R.441-5 CCH). */
public enum OrigineDroit {
  /** Garantie d'emprunt (au plus 20 % des logements de l'opération, tous garants ensemble). */
  GARANTIE_EMPRUNT("garantie d'emprunt"),
  /** Apport financier, selon négociation. */
  APPORT_FINANCIER("apport financier"),
  /** Apport de terrain, selon négociation. */
  APPORT_FONCIER("apport foncier"),
  /** Contingent préfectoral (R.441-5-2). */
  CONTINGENT_PREFECTORAL("contingent préfectoral"),
  /** Financement d'Action Logement (PEEC). */
  FINANCEMENT_ACTION_LOGEMENT("financement Action Logement"),
  /** Contribution au relogement NPNRU (convention art. 5.4). */
  NPNRU("relogement NPNRU"),
  /** Autre origine. */
  AUTRE("autre");

  private final String libelle;

  OrigineDroit(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
