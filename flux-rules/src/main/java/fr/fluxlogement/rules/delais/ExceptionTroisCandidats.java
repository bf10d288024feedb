package fr.fluxlogement.rules.delais;

/**
 * Les exceptions à la règle des trois candidats par logement (CCH R.441-3) : la commission
 * d'attribution examine au moins trois demandes pour un même logement, sauf insuffisance de
 * candidats et sauf dans ces deux cas, où une seule candidature suffit.
 */
public enum ExceptionTroisCandidats {
  /** Un candidat désigné par le préfet au titre du droit au logement opposable (L.441-2-3). */
  DESIGNATION_PREFET_DALO("candidat désigné par le préfet au titre du droit au logement opposable (L.441-2-3)"),
  /** Un logement financé en PLAI adapté (subvention de R.331-25-1). */
  PLAI_ADAPTE("logement financé en PLAI adapté (R.331-25-1)");

  private final String libelle;

  ExceptionTroisCandidats(String libelle) {
    this.libelle = libelle;
  }

  /**
   * Le libellé français.
   *
   * @return le libellé
   */
  public String libelle() {
    return libelle;
  }
}
