package fr.fluxlogement.rendu;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Une colonne d'une table typée : son en-tête et la valeur qu'elle lit dans une ligne. Une valeur est
 * un nombre, un texte, un booléen, un taux (rendu en pour cent français), une liste de textes
 * (jointe par des virgules) ; une colonne facultative lit un {@link Optional} : absente du JSON et,
 * si aucune ligne ne l'a, du CSV.
 *
 * @param <R> le type des lignes
 * @param entete l'en-tête (clé JSON, en-tête CSV)
 * @param valeur la lecture de la valeur dans une ligne
 * @param facultative vrai si la valeur lue est un {@link Optional}
 */
public record Colonne<R>(String entete, Function<R, ?> valeur, boolean facultative) {

  /** Refuse les {@code null}. */
  public Colonne {
    Objects.requireNonNull(entete, "entete");
    Objects.requireNonNull(valeur, "valeur");
  }

  /**
   * Une colonne toujours présente.
   *
   * @param <R> le type des lignes
   * @param entete l'en-tête
   * @param valeur la lecture
   * @return la colonne
   */
  public static <R> Colonne<R> of(String entete, Function<R, ?> valeur) {
    return new Colonne<>(entete, valeur, false);
  }

  /**
   * Une colonne facultative.
   *
   * @param <R> le type des lignes
   * @param entete l'en-tête
   * @param valeur la lecture, vide si la ligne n'a pas de valeur
   * @return la colonne
   */
  public static <R> Colonne<R> facultative(String entete, Function<R, Optional<?>> valeur) {
    return new Colonne<>(entete, valeur, true);
  }

  /**
   * La valeur d'une ligne, vide pour une colonne facultative sans valeur.
   *
   * @param ligne la ligne
   * @return la valeur
   */
  public Optional<Object> lire(R ligne) {
    Object v = valeur.apply(ligne);
    if (facultative) {
      return ((Optional<?>) v).map(Object.class::cast);
    }
    return Optional.ofNullable(v);
  }
}
