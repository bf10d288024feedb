package fr.fluxlogement.core.territoire;

import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern FORME = Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

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
    return code != null && FORME.matcher(code).matches();
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
