package fr.fluxlogement.rendu.tables;

import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.exercice.Orientation;
import java.util.Locale;
import java.util.Objects;

/**
 * Un logement libéré orienté : le réservataire retenu, la date de transmission et l'échéance des
 * candidats (vides pour la part du bailleur).
 *
 * @param logement l'identifiant du logement
 * @param commune le code INSEE de sa commune
 * @param type le type de libération, en minuscules
 * @param date la date de la libération
 * @param reservataire la clé du réservataire retenu
 * @param libelle son libellé
 * @param transmission la date de transmission, ou vide
 * @param echeanceCandidats l'échéance des candidats, ou vide
 */
public record LigneOrientation(
    String logement, String commune, String type, String date, String reservataire, String libelle, String transmission, String echeanceCandidats) {

  /** Refuse les {@code null}. */
  public LigneOrientation {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(transmission, "transmission");
    Objects.requireNonNull(echeanceCandidats, "echeanceCandidats");
  }

  /**
   * La ligne d'une orientation.
   *
   * @param o l'orientation
   * @return la ligne
   */
  public static LigneOrientation of(Orientation o) {
    return new LigneOrientation(
        o.liberation().logement().identifiant(),
        o.liberation().logement().localisation().commune().code(),
        o.liberation().type().name().toLowerCase(Locale.ROOT),
        o.liberation().date().toString(),
        o.decision().reservataire().cle(),
        o.decision().reservataire().libelle(),
        o.cycle().flatMap(CycleProposition::echeances).map(x -> x.transmission().toString()).orElse(""),
        o.cycle().flatMap(CycleProposition::echeances).map(x -> x.candidats().date().toString()).orElse(""));
  }
}
