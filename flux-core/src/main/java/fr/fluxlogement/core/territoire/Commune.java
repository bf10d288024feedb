package fr.fluxlogement.core.territoire;

import java.util.Objects;

/**
 * Une commune, par son code INSEE (COG) à 5 caractères : 2 caractères de département ({@code 01}
 * à {@code 95}, {@code 2A}, {@code 2B}) et 3 chiffres, ou 3 chiffres de département d'outre-mer
 * ({@code 971} à {@code 976}) et 2 chiffres. Colonne RPLS {@code DEPCOM}.
 *
 * <p>La commune réservataire conclut une convention à l'échelle de son territoire (CCH R.441-5 I et
 * R.441-5-3 ; page ministérielle a417). Exemple : Ornex, {@code 01281}.
 *
 * @param code le code INSEE
 */
public record Commune(String code) implements Territoire {

  /**
   * Valide le code.
   *
   * @throws IllegalArgumentException si le code n'est pas un code INSEE de commune
   */
  public Commune {
    Objects.requireNonNull(code, "code");
    if (!isValide(code)) {
      throw new IllegalArgumentException("code INSEE de commune invalide : « " + code + " »");
    }
  }

  /** La commune de code donné. */
  public static Commune of(String code) {
    return new Commune(code);
  }

  /** Vrai si le texte est un code INSEE de commune valide. */
  public static boolean isValide(String code) {
    if (code == null || code.length() != 5) {
      return false;
    }
    String dep = code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
    if (!Departement.isValide(dep)) {
      return false;
    }
    for (int i = dep.length(); i < 5; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    for (int i = dep.length(); i < 5; i++) {
      if (code.charAt(i) != '0') {
        return true;
      }
    }
    return false;
  }

  /** Le département de la commune. */
  public Departement departement() {
    return new Departement(code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2));
  }

  @Override
  public String libelle() {
    return "commune " + code;
  }

  @Override
  public String toString() {
    return code;
  }
}
