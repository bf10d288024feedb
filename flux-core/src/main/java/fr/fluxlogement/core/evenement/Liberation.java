package fr.fluxlogement.core.evenement;

import fr.fluxlogement.core.logement.Logement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Un logement qui se libère et entre dans le flux de l'année : reçu le préavis du locataire
 * sortant (parc existant) ou annoncée la mise en service (parc neuf). Point de départ des délais
 * de l'article 6 de la convention.
 *
 * @param logement le logement
 * @param type la colonne du tableau de l'art. 6
 * @param date la réception du préavis (parc existant) ou la date de mise en service (parc neuf)
 */
public record Liberation(Logement logement, TypeLiberation type, LocalDate date) {

  /** Valide. */
  public Liberation {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
  }
}
