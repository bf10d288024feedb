package fr.fluxlogement.core.acteur;

import java.util.Objects;

/**
 * Un bailleur social (organisme HLM ou SEM) : il calcule le flux, oriente les logements libérés et
 * envoie le bilan annuel (R.441-5, R.441-5-1).
 *
 * @param identifiant un identifiant stable (SIREN de préférence)
 * @param nom le nom, par exemple {@code "Alliade Habitat"}
 */
public record Bailleur(String identifiant, String nom) {

  /** Valide. */
  public Bailleur {
    Objects.requireNonNull(identifiant, "identifiant");
    Objects.requireNonNull(nom, "nom");
    if (identifiant.isBlank() || nom.isBlank()) {
      throw new IllegalArgumentException("un bailleur a un identifiant et un nom");
    }
  }

  /** Sa part non réservée. */
  public NonReserve partNonReservee() {
    return new NonReserve(this);
  }
}
