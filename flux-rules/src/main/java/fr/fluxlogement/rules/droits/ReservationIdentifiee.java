package fr.fluxlogement.rules.droits;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.droit.OrigineDroit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Une ligne de l'état des lieux des réservations au premier niveau, celui du logement (décret n°
 * 2020-145, art. 2 II) : le logement identifié, son réservataire, l'origine du droit et sa fin.
 *
 * @param logement l'identifiant RPLS du logement réservé
 * @param titulaire le réservataire
 * @param origine l'origine du droit (garantie d'emprunt, apport, contingent préfectoral…)
 * @param fin la date de fin du droit, absente pour un droit sans terme connu
 */
public record ReservationIdentifiee(String logement, Reservataire titulaire, OrigineDroit origine, Optional<LocalDate> fin) {

  /**
   * Valide.
   *
   * @throws NullPointerException si un argument est nul (erreur de programmation)
   */
  public ReservationIdentifiee {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(titulaire, "titulaire");
    Objects.requireNonNull(origine, "origine");
    Objects.requireNonNull(fin, "fin");
  }

  /**
   * Vrai si le droit court encore à une date : sans fin, ou finissant ce jour-là ou après.
   *
   * @param date la date de l'état des lieux
   * @return vrai si le droit est en vigueur à cette date
   */
  public boolean isEnVigueur(LocalDate date) {
    return fin.isEmpty() || !fin.get().isBefore(date);
  }
}
