package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.util.Objects;

/**
 * L'objectif d'une partie pour l'année : sa part exacte du flux et son nombre entier de logements.
 *
 * @param partie le réservataire, ou la part non réservée du bailleur
 * @param taux son taux
 * @param exact la part exacte {@code flux × taux}
 * @param logements le nombre entier de logements attribué par le plus fort reste
 */
public record Objectif(Reservataire partie, Taux taux, Fraction exact, long logements) {

  /** Valide. */
  public Objectif {
    Objects.requireNonNull(partie, "partie");
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(exact, "exact");
  }
}
