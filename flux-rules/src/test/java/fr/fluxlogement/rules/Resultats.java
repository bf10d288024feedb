package fr.fluxlogement.rules;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.rules.validation.Validations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Le seul accès des tests comptés à la main aux résultats des règles : la valeur d'un résultat
 * valide, les anomalies d'un résultat invalide (chaque classe de test y passe par ses propres
 * méthodes privées, si bien que le passage à un autre type de résultat ne touche que ce fichier et
 * leurs signatures).
 */
public final class Resultats {

  private Resultats() {}

  /** La valeur d'un résultat valide ; un résultat en anomalie fait échouer le test en les citant. */
  public static <T> T valeur(Validation<Seq<Anomalie>, T> v) {
    if (v.isInvalid()) {
      throw new AssertionError("résultat en anomalie : " + Validations.anomalies(v));
    }
    return v.get();
  }

  /** Les anomalies d'un résultat, vide s'il est valide. */
  public static List<Anomalie> anomalies(Validation<Seq<Anomalie>, ?> v) {
    return Validations.anomalies(v);
  }
}
