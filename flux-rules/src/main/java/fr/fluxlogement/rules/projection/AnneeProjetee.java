package fr.fluxlogement.rules.projection;

import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.quantite.Taux;
import java.util.Objects;

/**
 * Une année projetée d'une convention sous un scénario : l'assiette de son territoire au 1er janvier,
 * les logements réservés de son réservataire en vigueur, son taux, le flux du territoire et son
 * objectif, avec l'explication de l'année (celle de l'exercice de l'année, articles de la convention
 * cités).
 *
 * @param annee l'année
 * @param scenario le scénario
 * @param assiette l'assiette
 * @param reserves les logements réservés en vigueur au 1er janvier (0 pour le préfet)
 * @param taux le taux du réservataire
 * @param flux le flux annuel du territoire
 * @param objectif l'objectif du réservataire, en logements
 * @param explication l'explication
 */
public record AnneeProjetee(int annee, Scenario scenario, long assiette, long reserves, Taux taux, long flux, long objectif, Explication explication) {

  /** Refuse les {@code null}. */
  public AnneeProjetee {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(explication, "explication");
  }
}
