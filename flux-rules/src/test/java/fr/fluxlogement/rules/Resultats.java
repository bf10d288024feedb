package fr.fluxlogement.rules;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import java.util.List;

/**
 * Le seul accès des tests comptés à la main aux résultats des règles : la valeur d'un résultat
 * valide, les anomalies d'un résultat invalide (chaque classe de test y passe par ses propres
 * méthodes privées).
 */
public final class Resultats {

  private Resultats() {}

  /** La valeur d'un résultat valide ; un résultat en anomalie fait échouer le test en les citant. */
  public static <T> T valeur(Resultat<T> r) {
    if (!r.isValide()) {
      throw new AssertionError("résultat en anomalie : " + r.anomalies());
    }
    return r.valeur().orElseThrow();
  }

  /** Les erreurs d'un résultat invalide (sans ses avertissements), vide s'il est valide. */
  public static List<Anomalie> anomalies(Resultat<?> r) {
    return r.isValide() ? List.of() : r.erreurs();
  }
}
