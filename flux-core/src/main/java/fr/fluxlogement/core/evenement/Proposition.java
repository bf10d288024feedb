package fr.fluxlogement.core.evenement;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Logement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * L'offre d'un logement libéré à un réservataire (ou sa conservation par le bailleur), datée. Le
 * bilan compte les propositions par réservataire et par catégorie (R.441-5-1 ; convention art. 6).
 *
 * @param logement le logement proposé
 * @param reservataire à qui il est proposé
 * @param date la transmission de l'offre
 */
public record Proposition(Logement logement, Reservataire reservataire, LocalDate date) {

  /** Valide. */
  public Proposition {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(reservataire, "reservataire");
    Objects.requireNonNull(date, "date");
  }
}
