package fr.fluxlogement.core.territoire;

import java.util.Objects;

/**
 * Un établissement public de coopération intercommunale, par son numéro SIREN (9 chiffres dont le
 * dernier est la clé de Luhn). L'EPCI est l'échelle de la conférence intercommunale du logement,
 * de la convention intercommunale d'attribution et du seuil du premier quartile (CCH L.441-1).
 * Exemple : CA du Pays de Gex, {@code 240100750}.
 *
 * @param siren le numéro SIREN
 */
public record Epci(String siren) implements Territoire {

  /**
   * Valide le SIREN.
   *
   * @throws IllegalArgumentException si le SIREN n'a pas 9 chiffres ou une clé de Luhn fausse
   */
  public Epci {
    Objects.requireNonNull(siren, "siren");
    if (!isSirenValide(siren)) {
      throw new IllegalArgumentException("SIREN invalide : « " + siren + " »");
    }
  }

  /** L'EPCI de SIREN donné. */
  public static Epci of(String siren) {
    return new Epci(siren);
  }

  /** Vrai si le texte est un SIREN de 9 chiffres à la clé de Luhn exacte. */
  public static boolean isSirenValide(String siren) {
    if (siren == null || siren.length() != 9) {
      return false;
    }
    int somme = 0;
    for (int i = 0; i < 9; i++) {
      char c = siren.charAt(8 - i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      somme += d;
    }
    return somme % 10 == 0;
  }

  @Override
  public String code() {
    return siren;
  }

  @Override
  public String libelle() {
    return "EPCI " + siren;
  }

  @Override
  public String toString() {
    return siren;
  }
}
