package fr.fluxlogement.rules.bilan;

import java.util.Objects;

/**
 * La clé d'un compteur du bilan : une mesure, une partie (clé du réservataire, ou {@link #TOUS}),
 * une dimension et sa valeur.
 *
 * @param mesure la mesure
 * @param partie la clé du réservataire, ou {@code "*"} pour toutes les parties
 * @param dimension la dimension
 * @param valeur la valeur de la dimension ({@code ""} pour le total)
 */
public record Cle(Mesure mesure, String partie, Dimension dimension, String valeur) implements Comparable<Cle> {

  /** Toutes les parties ensemble. */
  public static final String TOUS = "*";

  /** Valide. */
  public Cle {
    Objects.requireNonNull(mesure, "mesure");
    Objects.requireNonNull(partie, "partie");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(valeur, "valeur");
  }

  /** La clé d'un total. */
  public static Cle total(Mesure mesure, String partie) {
    return new Cle(mesure, partie, Dimension.TOTAL, "");
  }

  @Override
  public int compareTo(Cle autre) {
    // mesure, partie, dimension, valeur : écrit à la main, c'est la comparaison des tables du bilan
    int c = mesure.compareTo(autre.mesure);
    if (c == 0) {
      c = partie.compareTo(autre.partie);
    }
    if (c == 0) {
      c = dimension.compareTo(autre.dimension);
    }
    return c != 0 ? c : valeur.compareTo(autre.valeur);
  }
}
