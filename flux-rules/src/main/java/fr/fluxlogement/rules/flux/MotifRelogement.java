package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;

/**
 * Les relogements déduits du flux (R.441-5 I CCH ; convention art. 2, « sorties du patrimoine »).
 */
public enum MotifRelogement {
  /** Rénovation ou renouvellement urbain (loi n° 2003-710 ; ANRU, PNRU, NPNRU). */
  RENOUVELLEMENT_URBAIN("renouvellement urbain (ANRU, NPNRU)"),
  /** Lutte contre l'habitat indigne (L.521-3-1 à L.521-3-3). */
  HABITAT_INDIGNE("habitat indigne (L.521-3-1 à L.521-3-3)"),
  /** Requalification de copropriétés dégradées (L.741-1 et L.741-2 ; ORCOD). */
  COPROPRIETES_DEGRADEES("copropriétés dégradées (L.741-1, L.741-2)"),
  /** Vente de logements sociaux (L.443-7). [K] */
  VENTE("vente de logements sociaux (L.443-7)");

  private final String libelle;

  MotifRelogement(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** L'article qui fonde la déduction. */
  public Reference reference() {
    return References.CCH_R441_5;
  }
}
