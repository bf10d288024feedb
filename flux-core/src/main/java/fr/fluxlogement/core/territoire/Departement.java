package fr.fluxlogement.core.territoire;

import java.util.Objects;

/**
 * Un département, par son code du code officiel géographique (COG) de l'INSEE : {@code 01} à
 * {@code 95} (sans {@code 20}), {@code 2A} et {@code 2B} pour la Corse, {@code 971} à {@code 976}
 * pour l'outre-mer.
 *
 * <p>Le département est l'échelle de droit commun des conventions de réservation (CCH R.441-5 I) et
 * choisit le calendrier des jours fériés (Alsace-Moselle, outre-mer ; Code du travail L.3134-13).
 *
 * @param code le code COG
 */
public record Departement(String code) implements Territoire {

  /**
   * Valide le code.
   *
   * @throws IllegalArgumentException si le code n'est pas un département du COG
   */
  public Departement {
    Objects.requireNonNull(code, "code");
    if (!isValide(code)) {
      throw new IllegalArgumentException("code de département invalide : « " + code + " »");
    }
  }

  /** Le département de code donné. */
  public static Departement of(String code) {
    return new Departement(code);
  }

  /** Vrai si le texte est un code de département valide. */
  public static boolean isValide(String code) {
    if (code == null) {
      return false;
    }
    if (code.length() == 2) {
      char a = code.charAt(0);
      char b = code.charAt(1);
      if (a == '2') {
        return b == 'A' || b == 'B' || b >= '1' && b <= '9';
      }
      boolean chiffre = b >= '0' && b <= '9';
      return chiffre && (a == '0' && b != '0' || a == '1' || a >= '3' && a <= '8' || a == '9' && b <= '5');
    }
    return code.length() == 3 && code.charAt(0) == '9' && code.charAt(1) == '7' && code.charAt(2) >= '1' && code.charAt(2) <= '6';
  }

  /** Vrai pour la Moselle, le Bas-Rhin et le Haut-Rhin (droit local, Code du travail L.3134-13). */
  public boolean isAlsaceMoselle() {
    return code.equals("57") || code.equals("67") || code.equals("68");
  }

  /** Vrai pour un département d'outre-mer (971 à 976). */
  public boolean isOutreMer() {
    return code.startsWith("97");
  }

  @Override
  public String libelle() {
    return "département " + code;
  }

  @Override
  public String toString() {
    return code;
  }
}
