package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.util.Objects;

/**
 * Le flux annuel prévisionnel (convention art. 4.1) : libérations prévues moins mutations et
 * relogements, calculé exactement puis arrondi une seule fois en logements entiers.
 *
 * @param annee l'année N
 * @param rotationMoyenne la moyenne des trois derniers taux de rotation départementaux
 * @param liberations les libérations prévues, exactes (assiette × rotation + premières mises en
 *     location comptées)
 * @param mutations les mutations internes déduites, exactes
 * @param relogements les relogements déduits
 * @param fluxExact le flux exact
 * @param flux le flux en logements entiers, à répartir
 * @param explication l'explication
 */
public record FluxAnnuel(
    int annee,
    Taux rotationMoyenne,
    Fraction liberations,
    Fraction mutations,
    long relogements,
    Fraction fluxExact,
    long flux,
    Explication explication) {

  /** Valide. */
  public FluxAnnuel {
    Objects.requireNonNull(rotationMoyenne, "rotationMoyenne");
    Objects.requireNonNull(liberations, "liberations");
    Objects.requireNonNull(mutations, "mutations");
    Objects.requireNonNull(fluxExact, "fluxExact");
    Objects.requireNonNull(explication, "explication");
    if (flux < 0 || fluxExact.signum() < 0) {
      throw new IllegalArgumentException("flux négatif");
    }
  }
}
