package fr.fluxlogement.core.logement;

import java.util.Optional;

/**
 * La typologie d'un logement par son nombre de pièces principales (RPLS {@code NBPIECE}, 1 à 9 ;
 * pièces principales au sens de R.111-1-1 CCH) : T1 à T5, T6 et plus.
 */
public enum Typologie {
  /** Une pièce principale. */
  T1,
  /** Deux pièces principales. */
  T2,
  /** Trois pièces principales. */
  T3,
  /** Quatre pièces principales. */
  T4,
  /** Cinq pièces principales. */
  T5,
  /** Six pièces principales ou plus. */
  T6_PLUS;

  /** La typologie d'un nombre de pièces principales (1 à 9), vide hors de ce domaine. */
  public static Optional<Typologie> fromNombreDePieces(int pieces) {
    if (pieces < 1 || pieces > 9) {
      return Optional.empty();
    }
    return Optional.of(pieces >= 6 ? T6_PLUS : values()[pieces - 1]);
  }

  /** Lit {@code "T3"}, {@code "T6+"} ou {@code "T6_PLUS"} ; vide si inconnu. */
  public static Optional<Typologie> parse(String texte) {
    if (texte == null) {
      return Optional.empty();
    }
    String t = texte.strip().toUpperCase(java.util.Locale.ROOT);
    if (t.equals("T6+")) {
      return Optional.of(T6_PLUS);
    }
    for (Typologie ty : values()) {
      if (ty.name().equals(t)) {
        return Optional.of(ty);
      }
    }
    return Optional.empty();
  }

  /** Le libellé : {@code "T3"}, {@code "T6+"}. */
  public String libelle() {
    return this == T6_PLUS ? "T6+" : name();
  }
}
