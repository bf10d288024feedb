package fr.fluxlogement.rules.exercice;

import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.orientation.Decision;
import java.util.Objects;
import java.util.Optional;

/**
 * Un logement libéré de l'année, orienté (convention art. 4.2 et 5 du plan par défaut) : la décision
 * du moteur de sa commune, son explication citant la convention du réservataire retenu, et le cycle
 * de sa proposition avec ses délais (art. 5.1 et tableau des délais).
 *
 * @param liberation la libération du logement
 * @param decision la décision
 * @param explication l'explication, références résolues dans la convention du réservataire retenu
 * @param cycle le cycle de la proposition, s'il y a un réservataire à qui proposer (non pour la part
 *     du bailleur)
 */
public record Orientation(Liberation liberation, Decision decision, Explication explication, Optional<CycleProposition> cycle) {

  /** Refuse les {@code null}. */
  public Orientation {
    Objects.requireNonNull(liberation, "liberation");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(explication, "explication");
    Objects.requireNonNull(cycle, "cycle");
  }
}
