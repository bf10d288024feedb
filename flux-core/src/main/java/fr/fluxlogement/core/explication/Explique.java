package fr.fluxlogement.core.explication;

import java.util.Objects;

/**
 * Une figure calculée et son explication.
 *
 * @param <T> le type de la figure
 * @param valeur la figure
 * @param explication son explication
 */
public record Explique<T>(T valeur, Explication explication) {

  /** Valide. */
  public Explique {
    Objects.requireNonNull(valeur, "valeur");
    Objects.requireNonNull(explication, "explication");
  }

  /** Une figure et son explication. */
  public static <T> Explique<T> of(T valeur, Explication explication) {
    return new Explique<>(valeur, explication);
  }
}
