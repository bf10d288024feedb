package fr.fluxlogement.rules.projection;

import fr.fluxlogement.core.convention.Convention;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * La projection d'une convention : sa clé, la fin de sa vie et ses années projetées, dans l'ordre des
 * années puis des scénarios.
 *
 * @param cle la clé de la convention dans l'exercice
 * @param convention la convention
 * @param fin le dernier jour de sa vie (trois ans et au plus deux reconductions tacites, art. 7)
 * @param annees les années projetées
 */
public record ProjectionConvention(String cle, Convention convention, LocalDate fin, List<AnneeProjetee> annees) {

  /** Fige ; refuse les {@code null}. */
  public ProjectionConvention {
    Objects.requireNonNull(cle, "cle");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(fin, "fin");
    annees = List.copyOf(annees);
  }

  /**
   * Les années projetées sous un scénario.
   *
   * @param nom le nom du scénario
   * @return ses années, dans l'ordre
   */
  public List<AnneeProjetee> scenario(String nom) {
    return annees.stream().filter(a -> a.scenario().nom().equals(nom)).toList();
  }
}
