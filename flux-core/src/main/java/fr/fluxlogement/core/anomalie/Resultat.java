package fr.fluxlogement.core.anomalie;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Le résultat d'une validation de données externes, dans le cœur sans dépendance : une valeur
 * accompagnée d'éventuels avertissements, ou la liste complète des erreurs. Le module des règles
 * l'expose comme {@code io.vavr.control.Validation}.
 *
 * @param <T> le type de la valeur
 * @param valeur la valeur, absente si au moins une erreur
 * @param anomalies toutes les anomalies (erreurs et avertissements)
 */
public record Resultat<T>(Optional<T> valeur, List<Anomalie> anomalies) {

  /** Valide : une valeur présente n'accompagne aucune erreur, une valeur absente au moins une. */
  public Resultat {
    Objects.requireNonNull(valeur, "valeur");
    anomalies = List.copyOf(anomalies);
    boolean erreur = anomalies.stream().anyMatch(Anomalie::isErreur);
    if (valeur.isPresent() == erreur) {
      throw new IllegalArgumentException("un résultat a soit une valeur, soit des erreurs");
    }
  }

  /** Une valeur sans anomalie. */
  public static <T> Resultat<T> ok(T valeur) {
    return new Resultat<>(Optional.of(valeur), List.of());
  }

  /** Une valeur avec des avertissements. */
  public static <T> Resultat<T> ok(T valeur, List<Anomalie> avertissements) {
    return new Resultat<>(Optional.of(valeur), avertissements);
  }

  /** Des anomalies dont au moins une erreur. */
  public static <T> Resultat<T> echec(List<Anomalie> anomalies) {
    return new Resultat<>(Optional.empty(), anomalies);
  }

  /**
   * La valeur si les anomalies ne contiennent pas d'erreur, l'échec sinon.
   */
  public static <T> Resultat<T> selon(List<Anomalie> anomalies, java.util.function.Supplier<T> valeur) {
    if (anomalies.stream().anyMatch(Anomalie::isErreur)) {
      return echec(anomalies);
    }
    return ok(valeur.get(), anomalies);
  }

  /** Vrai si la valeur est présente. */
  public boolean isValide() {
    return valeur.isPresent();
  }

  /** Les seules erreurs. */
  public List<Anomalie> erreurs() {
    return anomalies.stream().filter(Anomalie::isErreur).toList();
  }

  /** Les seuls avertissements. */
  public List<Anomalie> avertissements() {
    return anomalies.stream().filter(a -> !a.isErreur()).toList();
  }

  /** Transforme la valeur, garde les anomalies. */
  public <U> Resultat<U> map(Function<? super T, ? extends U> f) {
    return new Resultat<>(valeur.map(f), anomalies);
  }

  /** Enchaîne une validation, en cumulant les anomalies. */
  public <U> Resultat<U> flatMap(Function<? super T, Resultat<U>> f) {
    if (valeur.isEmpty()) {
      return echec(anomalies);
    }
    Resultat<U> suite = f.apply(valeur.get());
    List<Anomalie> toutes = new ArrayList<>(anomalies);
    toutes.addAll(suite.anomalies);
    return new Resultat<>(suite.valeur, toutes);
  }
}
