package fr.fluxlogement.core.logement;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * La garantie qu'une collectivité apporte à un prêt d'un programme : sa quotité (part du prêt
 * garantie) et les dates du prêt. Elle ouvre des droits de réservation, au plus 20 % des logements
 * du programme pour tous les garants ensemble (convention art. 3), qui durent autant que le prêt
 * puis, pour une commune ou un EPCI, 5 ans après son remboursement intégral (R.441-6).
 *
 * @param garant le garant
 * @param quotite la part du prêt garantie, dans ]0, 100 %]
 * @param pret l'identifiant du prêt
 * @param dateDebut la date d'effet du prêt
 * @param dateFinPrevue la date de dernière échéance prévue
 * @param dateRemboursementIntegral la date du paiement qui solde le prêt, s'il est soldé
 */
public record GarantieEmprunt(
    Reservataire garant,
    Taux quotite,
    String pret,
    LocalDate dateDebut,
    LocalDate dateFinPrevue,
    Optional<LocalDate> dateRemboursementIntegral) {

  /**
   * Valide.
   *
   * @throws IllegalArgumentException si la quotité est nulle ou si les dates sont incohérentes
   */
  public GarantieEmprunt {
    Objects.requireNonNull(garant, "garant");
    Objects.requireNonNull(quotite, "quotite");
    Objects.requireNonNull(pret, "pret");
    Objects.requireNonNull(dateDebut, "dateDebut");
    Objects.requireNonNull(dateFinPrevue, "dateFinPrevue");
    Objects.requireNonNull(dateRemboursementIntegral, "dateRemboursementIntegral");
    if (quotite.valeur().isZero()) {
      throw new IllegalArgumentException("quotité nulle");
    }
    if (dateFinPrevue.isBefore(dateDebut)) {
      throw new IllegalArgumentException("fin du prêt avant son début");
    }
    if (dateRemboursementIntegral.isPresent() && dateRemboursementIntegral.get().isBefore(dateDebut)) {
      throw new IllegalArgumentException("remboursement avant le début du prêt");
    }
  }

  /** Une garantie sur un prêt en cours. */
  public static GarantieEmprunt of(Reservataire garant, Taux quotite, String pret, LocalDate debut, LocalDate finPrevue) {
    return new GarantieEmprunt(garant, quotite, pret, debut, finPrevue, Optional.empty());
  }

  /** La même garantie, le prêt soldé à la date donnée. */
  public GarantieEmprunt withRemboursementIntegral(LocalDate date) {
    return new GarantieEmprunt(garant, quotite, pret, dateDebut, dateFinPrevue, Optional.of(date));
  }
}
