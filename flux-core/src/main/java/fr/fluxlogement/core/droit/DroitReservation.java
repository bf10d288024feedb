package fr.fluxlogement.core.droit;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.territoire.Commune;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Un droit de réservation : son titulaire, son origine, le nombre de logements qu'il représente
 * dans l'assiette, sa période de validité et le programme dont il vient. Le taux d'un réservataire
 * est la somme de ses droits en vigueur au 1er janvier, divisée par l'assiette (convention art. 3
 * et 6).
 *
 * @param titulaire le réservataire
 * @param origine l'origine du droit
 * @param quantite le nombre de logements réservés, positif
 * @param debut le premier jour de validité
 * @param fin le dernier jour de validité, absent si sans terme connu
 * @param programme le programme dont il vient, s'il y a lieu
 * @param commune la commune où il s'exerce, quand il n'est pas rattaché à un programme (ou pour
 *     préciser celle du programme)
 */
public record DroitReservation(
    Reservataire titulaire,
    OrigineDroit origine,
    long quantite,
    LocalDate debut,
    Optional<LocalDate> fin,
    Optional<String> programme,
    Optional<Commune> commune) {

  /**
   * Valide.
   *
   * @throws IllegalArgumentException si la quantité est négative ou la fin avant le début
   */
  public DroitReservation {
    Objects.requireNonNull(titulaire, "titulaire");
    Objects.requireNonNull(origine, "origine");
    Objects.requireNonNull(debut, "debut");
    Objects.requireNonNull(fin, "fin");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(commune, "commune");
    if (quantite < 0) {
      throw new IllegalArgumentException("quantité négative : " + quantite);
    }
    if (fin.isPresent() && fin.get().isBefore(debut)) {
      throw new IllegalArgumentException("fin du droit avant son début");
    }
  }

  /** Un droit sans terme connu. */
  public static DroitReservation of(Reservataire titulaire, OrigineDroit origine, long quantite, LocalDate debut) {
    return new DroitReservation(titulaire, origine, quantite, debut, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Le même droit, avec un terme. */
  public DroitReservation withFin(LocalDate date) {
    return new DroitReservation(titulaire, origine, quantite, debut, Optional.of(date), programme, commune);
  }

  /** Le même droit, rattaché à un programme. */
  public DroitReservation withProgramme(String identifiant) {
    return new DroitReservation(titulaire, origine, quantite, debut, fin, Optional.of(identifiant), commune);
  }

  /**
   * Le même droit, situé dans une commune.
   *
   * @param lieu la commune où il s'exerce
   * @return le droit
   */
  public DroitReservation withCommune(Commune lieu) {
    return new DroitReservation(titulaire, origine, quantite, debut, fin, programme, Optional.of(lieu));
  }

  /** Vrai si le droit est en vigueur à la date. */
  public boolean isEnVigueur(LocalDate date) {
    return !date.isBefore(debut) && fin.map(f -> !date.isAfter(f)).orElse(true);
  }
}
