package fr.fluxlogement.rules.bilan;

/** Ce que compte le bilan annuel (R.441-5-1 CCH ; convention art. 6). */
public enum Mesure {
  /** Logements libérés dans l'année (base des parts : « total des libérations »). */
  LIBERATIONS("libérations"),
  /** Logements proposés au réservataire. */
  PROPOSITIONS("propositions"),
  /** Attributions décidées en CALEOL dans l'année. */
  ATTRIBUTIONS_CALEOL("attributions en CALEOL"),
  /** Attributions suivies d'un bail signé dans l'année. */
  BAUX_SIGNES("baux signés"),
  /** Attributions hors flux (mutations internes, stock, premières mises en location). */
  HORS_FLUX("attributions hors flux"),
  /** Baux signés au profit de ménages prioritaires. */
  PRIORITAIRES("ménages prioritaires"),
  /** Baux signés au profit de ménages reconnus DALO. */
  DALO("ménages DALO"),
  /** Baux signés hors QPV. */
  BAUX_HORS_QPV("baux hors QPV"),
  /** Baux signés hors QPV au premier quartile ou relogés ANRU/ORCOD. */
  Q1_HORS_QPV("premier quartile hors QPV"),
  /** Baux signés en QPV. */
  BAUX_EN_QPV("baux en QPV"),
  /** Baux signés en QPV aux quartiles 2 à 4. */
  Q2_Q4_EN_QPV("quartiles 2 à 4 en QPV"),
  /** Baux dont le quartile n'a pu être jugé (seuil inconnu) : comptés, jamais perdus. */
  QUARTILE_INCONNU("quartile inconnu");

  private final String libelle;

  Mesure(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
