package fr.fluxlogement.core.acteur;

import java.util.Objects;

/**
 * La part non réservée du flux, que le bailleur attribue pour son propre compte : le reste du flux
 * une fois servis les réservataires (CCH R.441-5, {@code Flux_B = Flux − Σ Flux_r}). Elle
 * porte elle aussi l'objectif de 25 % de ménages prioritaires (L.441-1).
 *
 * @param bailleur le bailleur
 */
public record NonReserve(Bailleur bailleur) implements Reservataire {

  /** Valide. */
  public NonReserve {
    Objects.requireNonNull(bailleur, "bailleur");
  }

  @Override
  public String cle() {
    return "BAILLEUR-" + bailleur.identifiant();
  }

  @Override
  public String libelle() {
    return bailleur.nom() + " (part non réservée)";
  }
}
