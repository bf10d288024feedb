package fr.fluxlogement.core.evenement;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Logement;
import java.time.LocalDate;
import java.util.Objects;

/**
 * La décision de la commission d'attribution des logements et d'examen de l'occupation des
 * logements (CALEOL) sur un logement, datée (R.441-3 CCH) : elle examine au moins trois candidats
 * sauf insuffisance, et attribue, attribue avec classement ou sous condition, refuse ou déclare la
 * demande irrecevable.
 *
 * @param logement le logement examiné
 * @param contingent le réservataire dont relèvent les candidats (ou la part du bailleur)
 * @param date la date de la séance
 * @param decision la décision
 * @param candidats le nombre de candidats examinés
 */
public record DecisionCaleol(Logement logement, Reservataire contingent, LocalDate date, TypeDecision decision, int candidats) {

  /**
   * Valide.
   *
   * @throws IllegalArgumentException si le nombre de candidats est négatif
   */
  public DecisionCaleol {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(contingent, "contingent");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(decision, "decision");
    if (candidats < 0) {
      throw new IllegalArgumentException("nombre de candidats négatif : " + candidats);
    }
  }
}
