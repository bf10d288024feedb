package fr.fluxlogement.rules.bilan;

import fr.fluxlogement.core.quantite.Taux;
import java.util.Objects;

/**
 * Les parts d'un territoire (commune ou EPCI) dans les propositions et les attributions de l'année
 * (convention art. 6). Une donnée typée, que les rendus mettent en forme.
 *
 * @param dimension {@link Dimension#COMMUNE} ou {@link Dimension#EPCI}
 * @param code le code du territoire
 * @param liberations les logements libérés sur le territoire
 * @param propositions les propositions sur le territoire
 * @param partPropositions leur part dans toutes les propositions
 * @param attributionsCaleol les attributions en CALEOL sur le territoire
 * @param partAttributions leur part dans toutes les attributions
 */
public record PartTerritoire(
    Dimension dimension,
    String code,
    long liberations,
    long propositions,
    Taux partPropositions,
    long attributionsCaleol,
    Taux partAttributions) {

  /** Refuse les {@code null}. */
  public PartTerritoire {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(partPropositions, "partPropositions");
    Objects.requireNonNull(partAttributions, "partAttributions");
  }
}
