package fr.fluxlogement.rules.exercice;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.flux.PremiereMiseEnLocation;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Le résultat de l'exercice annuel d'un bailleur : les figures de chaque convention, l'orientation
 * de chaque logement libéré avec le cycle de sa proposition, les objectifs d'attribution contrôlés
 * par réservataire et le bilan (R.441-5-1), avec les avertissements. Chaque figure porte son
 * explication.
 *
 * @param exercice l'exercice calculé
 * @param conventions les figures de chaque convention, dans l'ordre des clés
 * @param orientations les logements libérés orientés, dans l'ordre de leurs dates (puis identifiants)
 * @param controles les objectifs d'attribution par partie et par indicateur, puis l'ensemble (vide
 *     sans attribution)
 * @param bilan le bilan de l'année, les objectifs de chaque réservataire joints
 * @param avertissements les avertissements de l'exercice (plafonds du préfet, réservataires sans
 *     convention, bilan tardif), références résolues
 * @param garanties l'explication des droits issus des garanties d'emprunt de chaque programme (art. 3
 *     du plan par défaut), dans l'ordre des identifiants de programme, références résolues dans la
 *     convention du premier garant
 * @param etatDesDroits le registre de tous les droits situés de l'exercice (garanties et apports)
 * @param premieresLocations la désignation des logements de chaque programme en première mise en
 *     location dans l'année (art. 5.3 du plan par défaut : l'État à sa part, les financeurs à la leur,
 *     le reste au bailleur), dans l'ordre des identifiants de programme
 */
public record ResultatExercice(
    Exercice exercice,
    List<ResultatConvention> conventions,
    List<Orientation> orientations,
    List<ResultatObjectif> controles,
    RapportBilan bilan,
    List<Anomalie> avertissements,
    List<Explication> garanties,
    EtatDesDroits etatDesDroits,
    List<PremiereMiseEnLocation.Designation> premieresLocations) {

  /** Fige ; refuse les {@code null}. */
  public ResultatExercice {
    Objects.requireNonNull(exercice, "exercice");
    conventions = List.copyOf(conventions);
    orientations = List.copyOf(orientations);
    controles = List.copyOf(controles);
    Objects.requireNonNull(bilan, "bilan");
    avertissements = List.copyOf(avertissements);
    garanties = List.copyOf(garanties);
    Objects.requireNonNull(etatDesDroits, "etatDesDroits");
    premieresLocations = List.copyOf(premieresLocations);
  }

  /**
   * Les figures de la convention d'un réservataire.
   *
   * @param reservataire le réservataire (pour le préfet, l'un ou l'autre contingent)
   * @return ses figures, si l'exercice a une convention avec lui
   */
  public Optional<ResultatConvention> convention(Reservataire reservataire) {
    Objects.requireNonNull(reservataire, "reservataire");
    return conventions.stream()
        .filter(c -> c.convention().reservataire().equals(reservataire)
            || c.convention().reservataire().isEtat() && reservataire.isEtat())
        .findFirst();
  }

  /**
   * Les contrôles d'attribution d'une partie.
   *
   * @param reservataire la partie
   * @return ses résultats, un par indicateur
   */
  public List<ResultatObjectif> controles(Reservataire reservataire) {
    return controles.stream().filter(r -> r.partie().map(reservataire::equals).orElse(false)).toList();
  }
}
