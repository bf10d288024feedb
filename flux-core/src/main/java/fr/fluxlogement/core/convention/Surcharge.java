package fr.fluxlogement.core.convention;

import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import java.util.Objects;

/**
 * Une clause de convention ou d'avenant qui remplace une valeur nationale d'un paramètre à partir
 * d'une date, avec sa source.
 *
 * @param <T> le type de la valeur
 * @param parametre le paramètre
 * @param valeur la valeur datée, sa source et sa provenance
 */
public record Surcharge<T>(Parametre<T> parametre, ValeurDatee<T> valeur) {

  /** Valide. */
  public Surcharge {
    Objects.requireNonNull(parametre, "parametre");
    Objects.requireNonNull(valeur, "valeur");
    if (!parametre.type().isInstance(valeur.valeur())) {
      throw new IllegalArgumentException("valeur de mauvais type pour " + parametre.nom());
    }
  }

  /** Applique la surcharge à un jeu de paramètres. */
  public Parametres appliquer(Parametres base) {
    return base.withValeur(parametre, valeur);
  }
}
