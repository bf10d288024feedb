package fr.fluxlogement.rules.droits;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.quantite.Taux;
import java.util.Objects;

/**
 * Le taux d'un réservataire pour une année : ses logements réservés dans l'assiette divisés par
 * l'assiette (convention art. 6 : « le taux affecté à la collectivité correspond à la part des
 * logements réservés »).
 *
 * @param reservataire le réservataire
 * @param reserves ses logements réservés en vigueur au 1er janvier
 * @param taux le taux exact
 * @param explication l'explication
 */
public record TauxReservataire(Reservataire reservataire, long reserves, Taux taux, Explication explication) {

  /** Valide. */
  public TauxReservataire {
    Objects.requireNonNull(reservataire, "reservataire");
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(explication, "explication");
  }
}
