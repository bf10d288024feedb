package fr.fluxlogement.rules.droits;

/**
 * La méthode de conversion des réservations en stock en taux de flux (décret n° 2020-145, art. 2
 * II) : le texte ne la fixe pas ; la convention la choisit, et l'état des lieux la dit.
 */
public enum MethodeConversion {
  /** Le taux est la part des logements réservés dans l'assiette : t = logements réservés ÷ logements de l'assiette. */
  RATIO_DU_STOCK("ratio du stock", "logements", "logements réservés du réservataire ÷ logements de l'assiette"),
  /**
   * Le taux est la part des libérations attendues des logements réservés : t = Σ rotation des
   * logements réservés ÷ Σ rotation de tous les logements de l'assiette, pour qu'un contingent logé
   * dans des immeubles à forte ou faible rotation ne gagne ni ne perde au passage en flux.
   */
  ROTATION("pondération par la rotation", "rotations cumulées",
      "Σ rotation des logements réservés du réservataire ÷ Σ rotation des logements de l'assiette");

  private final String libelle;
  private final String unite;
  private final String formule;

  MethodeConversion(String libelle, String unite, String formule) {
    this.libelle = libelle;
    this.unite = unite;
    this.formule = formule;
  }

  /**
   * La formule du taux d'un réservataire, en français, pour les explications.
   *
   * @return la formule
   */
  public String formule() {
    return formule;
  }

  /**
   * Le libellé français de la méthode.
   *
   * @return le libellé
   */
  public String libelle() {
    return libelle;
  }

  /**
   * L'unité des poids additionnés par la méthode, pour les explications.
   *
   * @return l'unité, au pluriel
   */
  public String unite() {
    return unite;
  }
}
