package fr.fluxlogement.core.anomalie;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Le seul type de résultat de l'API publique (décision {@code docs/decisions/0020-un-seul-type-de-resultat.md}),
 * dans le cœur sans dépendance : une valeur accompagnée d'éventuels avertissements, ou la liste
 * complète des anomalies dont au moins une erreur. Une donnée fausse ne lève jamais d'exception :
 * elle revient en résultat sans valeur qui porte <em>toutes</em> les anomalies, dans l'ordre où
 * elles ont été relevées.
 *
 * <p>Les combinaisons ({@link #tous}, {@link #combiner(Resultat, Resultat, BiFunction)},
 * {@link #flatMap}) ne perdent aucune anomalie et gardent leur ordre : celles du premier résultat,
 * puis celles du suivant. Un résultat est valide si et seulement s'il ne porte aucune erreur.
 *
 * @param <T> le type de la valeur
 * @param valeur la valeur, absente si au moins une erreur
 * @param anomalies toutes les anomalies (erreurs et avertissements), dans l'ordre où elles ont été relevées
 */
public record Resultat<T>(Optional<T> valeur, List<Anomalie> anomalies) {

  /**
   * Valide : une valeur présente n'accompagne aucune erreur, une valeur absente au moins une.
   *
   * @throws IllegalArgumentException si une valeur accompagne une erreur, ou si l'absence de valeur
   *     n'est justifiée par aucune erreur
   */
  public Resultat {
    Objects.requireNonNull(valeur, "valeur");
    anomalies = List.copyOf(anomalies);
    boolean erreur = anomalies.stream().anyMatch(Anomalie::isErreur);
    if (valeur.isPresent() == erreur) {
      throw new IllegalArgumentException("un résultat a soit une valeur, soit des erreurs");
    }
  }

  /**
   * Une valeur sans anomalie.
   *
   * @param <T> le type de la valeur
   * @param valeur la valeur, non {@code null}
   * @return le résultat valide
   */
  public static <T> Resultat<T> ok(T valeur) {
    return new Resultat<>(Optional.of(valeur), List.of());
  }

  /**
   * Une valeur avec des avertissements.
   *
   * @param <T> le type de la valeur
   * @param valeur la valeur, non {@code null}
   * @param avertissements les avertissements, sans erreur
   * @return le résultat valide
   * @throws IllegalArgumentException si {@code avertissements} contient une erreur
   */
  public static <T> Resultat<T> ok(T valeur, List<Anomalie> avertissements) {
    return new Resultat<>(Optional.of(valeur), avertissements);
  }

  /**
   * Des anomalies dont au moins une erreur.
   *
   * @param <T> le type de la valeur absente
   * @param anomalies les anomalies, au moins une erreur
   * @return le résultat sans valeur
   * @throws IllegalArgumentException si {@code anomalies} ne contient aucune erreur
   */
  public static <T> Resultat<T> echec(List<Anomalie> anomalies) {
    return new Resultat<>(Optional.empty(), anomalies);
  }

  /**
   * Une seule erreur.
   *
   * @param <T> le type de la valeur absente
   * @param erreur l'erreur
   * @return le résultat sans valeur
   * @throws IllegalArgumentException si {@code erreur} n'est qu'un avertissement
   */
  public static <T> Resultat<T> echec(Anomalie erreur) {
    return echec(List.of(erreur));
  }

  /**
   * La valeur si les anomalies ne contiennent pas d'erreur (elles restent alors comme
   * avertissements), l'échec sinon ; la valeur n'est calculée que s'il n'y a pas d'erreur.
   *
   * @param <T> le type de la valeur
   * @param anomalies les anomalies relevées
   * @param valeur le calcul de la valeur, appelé seulement en l'absence d'erreur
   * @return le résultat valide ou l'échec, qui porte toutes les anomalies
   */
  public static <T> Resultat<T> selon(List<Anomalie> anomalies, Supplier<T> valeur) {
    if (anomalies.stream().anyMatch(Anomalie::isErreur)) {
      return echec(anomalies);
    }
    return ok(valeur.get(), anomalies);
  }

  /**
   * Tous les résultats d'une liste : la liste de leurs valeurs, dans l'ordre, si tous sont valides ;
   * sinon l'échec. Dans les deux cas, toutes les anomalies de tous les résultats, dans l'ordre.
   *
   * @param <T> le type des valeurs
   * @param resultats les résultats
   * @return la liste des valeurs, ou l'échec qui porte toutes les anomalies
   */
  public static <T> Resultat<List<T>> tous(List<? extends Resultat<? extends T>> resultats) {
    List<Anomalie> toutes = new ArrayList<>();
    List<T> valeurs = new ArrayList<>();
    boolean valide = true;
    for (Resultat<? extends T> r : resultats) {
      toutes.addAll(r.anomalies);
      if (r.valeur.isPresent()) {
        valeurs.add(r.valeur.get());
      } else {
        valide = false;
      }
    }
    return valide ? ok(List.copyOf(valeurs), toutes) : echec(toutes);
  }

  /**
   * Deux résultats combinés par une fonction, appelée seulement si les deux sont valides ; les
   * anomalies des deux, dans l'ordre.
   *
   * @param <A> le type de la première valeur
   * @param <B> le type de la seconde valeur
   * @param <R> le type du résultat
   * @param a le premier résultat
   * @param b le second résultat
   * @param f la combinaison des deux valeurs
   * @return la valeur combinée, ou l'échec qui porte toutes les anomalies
   */
  public static <A, B, R> Resultat<R> combiner(
      Resultat<A> a, Resultat<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    List<Anomalie> toutes = concatener(a.anomalies, b.anomalies);
    if (a.valeur.isEmpty() || b.valeur.isEmpty()) {
      return echec(toutes);
    }
    return ok(f.apply(a.valeur.get(), b.valeur.get()), toutes);
  }

  /**
   * Trois résultats combinés par une fonction, appelée seulement si les trois sont valides ; les
   * anomalies des trois, dans l'ordre.
   *
   * @param <A> le type de la première valeur
   * @param <B> le type de la deuxième valeur
   * @param <C> le type de la troisième valeur
   * @param <R> le type du résultat
   * @param a le premier résultat
   * @param b le deuxième résultat
   * @param c le troisième résultat
   * @param f la combinaison des trois valeurs
   * @return la valeur combinée, ou l'échec qui porte toutes les anomalies
   */
  public static <A, B, C, R> Resultat<R> combiner(
      Resultat<A> a, Resultat<B> b, Resultat<C> c, Fonction3<? super A, ? super B, ? super C, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return combiner(combiner(a, b, Paire<A, B>::new), c, (p, z) -> f.appliquer(p.a(), p.b(), z));
  }

  /**
   * Une fonction de trois arguments, pour {@link #combiner(Resultat, Resultat, Resultat, Fonction3)}.
   *
   * @param <A> le type du premier argument
   * @param <B> le type du deuxième argument
   * @param <C> le type du troisième argument
   * @param <R> le type rendu
   */
  @FunctionalInterface
  public interface Fonction3<A, B, C, R> {

    /**
     * Applique la fonction.
     *
     * @param a le premier argument
     * @param b le deuxième argument
     * @param c le troisième argument
     * @return la valeur calculée
     */
    R appliquer(A a, B b, C c);
  }

  private record Paire<A, B>(A a, B b) {}

  /**
   * Vrai si la valeur est présente, c'est-à-dire si aucune anomalie n'est une erreur.
   *
   * @return vrai pour un résultat valide
   */
  public boolean isValide() {
    return valeur.isPresent();
  }

  /**
   * Les seules erreurs, dans l'ordre ; vide pour un résultat valide.
   *
   * @return les erreurs
   */
  public List<Anomalie> erreurs() {
    return anomalies.stream().filter(Anomalie::isErreur).toList();
  }

  /**
   * Les seuls avertissements, dans l'ordre.
   *
   * @return les avertissements
   */
  public List<Anomalie> avertissements() {
    return anomalies.stream().filter(a -> !a.isErreur()).toList();
  }

  /**
   * La valeur d'un résultat valide, pour les tests et le code qui sait ses données justes : une
   * donnée fausse y est une erreur de programmation.
   *
   * @return la valeur
   * @throws IllegalStateException si le résultat n'a pas de valeur ; son message liste les erreurs,
   *     une par ligne
   */
  public T valeurOuLever() {
    if (valeur.isEmpty()) {
      StringBuilder sb = new StringBuilder("résultat sans valeur, ").append(erreurs().size()).append(" erreur(s) :");
      erreurs().forEach(a -> sb.append('\n').append(a.toTexte()));
      throw new IllegalStateException(sb.toString());
    }
    return valeur.get();
  }

  /**
   * Transforme la valeur, garde les anomalies.
   *
   * @param <U> le type de la nouvelle valeur
   * @param f la transformation, appelée seulement pour un résultat valide
   * @return le résultat transformé, mêmes anomalies
   */
  public <U> Resultat<U> map(Function<? super T, ? extends U> f) {
    return new Resultat<>(valeur.map(f), anomalies);
  }

  /**
   * Enchaîne une validation, en cumulant les anomalies : celles de ce résultat, puis celles de la
   * suite ; la suite n'est calculée que pour un résultat valide.
   *
   * @param <U> le type de la nouvelle valeur
   * @param f la suite, appelée seulement pour un résultat valide
   * @return le résultat de la suite, ou l'échec de ce résultat
   */
  public <U> Resultat<U> flatMap(Function<? super T, Resultat<U>> f) {
    if (valeur.isEmpty()) {
      return echec(anomalies);
    }
    Resultat<U> suite = f.apply(valeur.get());
    return new Resultat<>(suite.valeur, concatener(anomalies, suite.anomalies));
  }

  /**
   * Le même résultat, chaque anomalie transformée (chemin préfixé, référence résolue) ; la gravité
   * de chacune doit rester la même.
   *
   * @param f la transformation d'une anomalie
   * @return le résultat, même valeur, anomalies transformées dans le même ordre
   * @throws IllegalArgumentException si la transformation change la validité du résultat
   */
  public Resultat<T> mapAnomalies(UnaryOperator<Anomalie> f) {
    Objects.requireNonNull(f, "f");
    return new Resultat<>(valeur, anomalies.stream().map(f).toList());
  }

  /**
   * Le même résultat, le chemin de chaque anomalie préfixé ({@link Anomalie#sous}).
   *
   * @param prefixe le préfixe, par exemple {@code "conventions[2]"}
   * @return le résultat, même valeur, anomalies situées sous le préfixe
   */
  public Resultat<T> sous(String prefixe) {
    Objects.requireNonNull(prefixe, "prefixe");
    return mapAnomalies(a -> a.sous(prefixe));
  }

  private static List<Anomalie> concatener(List<Anomalie> premieres, List<Anomalie> suivantes) {
    List<Anomalie> toutes = new ArrayList<>(premieres.size() + suivantes.size());
    toutes.addAll(premieres);
    toutes.addAll(suivantes);
    return toutes;
  }
}
