package fr.fluxlogement.core.logement;

import java.util.Optional;

/**
 * Le mode d'occupation d'un logement au 1er janvier (RPLS {@code MODE}, champ 40 de l'arrêté du 5
 * janvier 2010). Décide de l'assiette : les logements pris en charge par une association (4) sont
 * exclus (convention art. 2, « logements loués à des associations »).
 */
public enum ModeOccupation {
  /** 1 : loué avec contrat. */
  LOUE("1", "loué avec contrat"),
  /** 2 : proposé à la location mais vacant. */
  VACANT("2", "proposé à la location, vacant"),
  /** 3 : vide (travaux, vente ou démolition en attente). */
  VIDE("3", "vide (travaux, vente ou démolition)"),
  /** 4 : pris en charge par une association. */
  ASSOCIATION("4", "pris en charge par une association"),
  /** 5 : occupé avec ou sans contrepartie financière (gardien, logement de fonction…). */
  OCCUPE_AUTRE("5", "occupé avec ou sans contrepartie"),
  /** 9 : sans objet. */
  SANS_OBJET("9", "sans objet");

  private final String code;
  private final String libelle;

  ModeOccupation(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Le code RPLS. */
  public String code() {
    return code;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** Le mode d'un code RPLS, vide s'il est inconnu. */
  public static Optional<ModeOccupation> fromCode(String code) {
    for (ModeOccupation m : values()) {
      if (m.code.equals(code == null ? null : code.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Vrai pour les logements proposés à la location (modes 1 et 2). */
  public boolean isProposeALaLocation() {
    return this == LOUE || this == VACANT;
  }
}
