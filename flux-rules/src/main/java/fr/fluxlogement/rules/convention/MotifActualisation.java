package fr.fluxlogement.rules.convention;

/** Ce que l'actualisation annuelle peut prendre en compte (convention art. 7). */
public enum MotifActualisation {
  /** L'évaluation annuelle de l'article 6 (le bilan). */
  EVALUATION_ANNUELLE("évaluation définie à l'article 6"),
  /** De nouveaux besoins identifiés par les collectivités (communes, EPCI, CD) ou le bailleur. */
  NOUVEAUX_BESOINS("nouveaux besoins identifiés par les collectivités ou le bailleur"),
  /** L'évolution des textes relatifs à l'attribution des logements locatifs sociaux. */
  EVOLUTION_DES_TEXTES("évolution des textes relatifs à l'attribution"),
  /** La modification du mode de gestion des droits (gestion déléguée ou directe). */
  MODE_DE_GESTION("modification des dispositions de gestion des droits (déléguée ou directe)");

  private final String libelle;

  MotifActualisation(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
