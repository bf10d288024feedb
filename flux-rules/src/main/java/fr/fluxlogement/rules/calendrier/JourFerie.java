package fr.fluxlogement.rules.calendrier;

import fr.fluxlogement.core.reference.Reference;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Un jour férié : sa date, son nom et le texte qui le fonde.
 *
 * @param date la date
 * @param nom le nom français (« Lundi de Pâques »)
 * @param source le texte
 */
public record JourFerie(LocalDate date, String nom, Reference source) {

  /** Valide. */
  public JourFerie {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nom, "nom");
    Objects.requireNonNull(source, "source");
  }
}
