package fr.fluxlogement.core.evenement;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Une attribution décidée en CALEOL et, le cas échéant, suivie d'un bail signé : le logement, le
 * contingent imputé, le ménage. Une attribution compte pour l'année N quand son bail est signé en N
 * (objectifs de L.441-1) ; la date de CALEOL sert aux comptes « attribués » du bilan.
 *
 * @param logement le logement attribué
 * @param contingent le réservataire dont le contingent est imputé (ou la part non réservée)
 * @param menage le ménage attributaire
 * @param dateCaleol la date de la décision de la CALEOL
 * @param dateBail la date de signature du bail, si le bail est signé
 * @param mutation vrai pour une mutation interne (déduite du flux, R.441-5 I)
 * @param horsFlux vrai pour une attribution hors du flux (stock, première mise en location…)
 */
public record Attribution(
    Logement logement,
    Reservataire contingent,
    Menage menage,
    LocalDate dateCaleol,
    Optional<LocalDate> dateBail,
    boolean mutation,
    boolean horsFlux) {

  /**
   * Valide.
   *
   * @throws IllegalArgumentException si le bail est signé avant la CALEOL
   */
  public Attribution {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(contingent, "contingent");
    Objects.requireNonNull(menage, "menage");
    Objects.requireNonNull(dateCaleol, "dateCaleol");
    Objects.requireNonNull(dateBail, "dateBail");
    if (dateBail.isPresent() && dateBail.get().isBefore(dateCaleol)) {
      throw new IllegalArgumentException("bail signé avant la décision de la CALEOL");
    }
  }

  /** Une attribution du flux suivie d'un bail. */
  public static Attribution of(Logement logement, Reservataire contingent, Menage menage, LocalDate caleol, LocalDate bail) {
    return new Attribution(logement, contingent, menage, caleol, Optional.of(bail), false, false);
  }

  /** Vrai si le bail est signé. */
  public boolean isBailSigne() {
    return dateBail.isPresent();
  }
}
