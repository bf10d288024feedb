package fr.fluxlogement.rules.delais;

import fr.fluxlogement.core.explication.Explication;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Une échéance du processus de proposition : ce qui est dû, pour quand, et pourquoi.
 *
 * @param objet ce qui est dû, en français
 * @param date la date limite (incluse)
 * @param reportee vrai si l'échéance brute tombait un jour non ouvré et a été reportée
 * @param explication l'explication (délai, unité, report, article)
 */
public record Echeance(String objet, LocalDate date, boolean reportee, Explication explication) {

  /** Valide. */
  public Echeance {
    Objects.requireNonNull(objet, "objet");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(explication, "explication");
  }
}
