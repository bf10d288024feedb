package fr.fluxlogement.core.acteur;

import java.util.Objects;

/**
 * Un autre réservataire (employeur, organisme à caractère désintéressé, CAF, MSA…), R.441-5 I.
 *
 * @param identifiant un identifiant stable (SIREN ou autre)
 * @param nom le nom
 */
public record AutreReservataire(String identifiant, String nom) implements Reservataire {

  /** Valide. */
  public AutreReservataire {
    Objects.requireNonNull(identifiant, "identifiant");
    Objects.requireNonNull(nom, "nom");
    if (identifiant.isBlank()) {
      throw new IllegalArgumentException("identifiant vide");
    }
  }

  @Override
  public String cle() {
    return "AUTRE-" + identifiant;
  }

  @Override
  public String libelle() {
    return nom;
  }
}
