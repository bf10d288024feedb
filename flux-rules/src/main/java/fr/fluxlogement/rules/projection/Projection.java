package fr.fluxlogement.rules.projection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * La projection pluriannuelle d'un exercice : chaque convention, année par année, sous chaque
 * scénario.
 *
 * @param premiere la première année projetée
 * @param derniere la dernière année projetée
 * @param scenarios les scénarios
 * @param conventions la projection de chaque convention, dans l'ordre des clés
 */
public record Projection(int premiere, int derniere, List<Scenario> scenarios, List<ProjectionConvention> conventions) {

  /** Fige. */
  public Projection {
    scenarios = List.copyOf(scenarios);
    conventions = List.copyOf(conventions);
  }

  /**
   * La projection d'une convention.
   *
   * @param cle sa clé
   * @return sa projection, si elle est projetée
   */
  public Optional<ProjectionConvention> convention(String cle) {
    Objects.requireNonNull(cle, "cle");
    return conventions.stream().filter(c -> c.cle().equals(cle)).findFirst();
  }
}
