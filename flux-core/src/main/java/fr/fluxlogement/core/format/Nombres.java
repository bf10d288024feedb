package fr.fluxlogement.core.format;

import fr.fluxlogement.core.quantite.Fraction;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * La lecture bornée des nombres venus de l'extérieur (fichiers, dossiers, JSON) : au plus
 * {@value #MAX_CHIFFRES} chiffres par nombre (numérateur et dénominateur comptés séparément) et un
 * exposant d'au plus {@value #MAX_EXPOSANT} en valeur absolue. Un texte de douze caractères comme
 * {@code 1e100000000} ne coûte ainsi jamais des minutes de calcul : il est refusé avant toute
 * expansion.
 */
public final class Nombres {

  private Nombres() {}

  /** Le nombre maximal de chiffres d'un nombre lu. */
  public static final int MAX_CHIFFRES = 40;

  /** La valeur absolue maximale de l'exposant d'un nombre lu ({@code 1e40}, {@code 1e-40}). */
  public static final int MAX_EXPOSANT = 40;

  /** La longueur maximale du texte d'un nombre (chiffres, signes, séparateurs, exposant, pour cent). */
  public static final int MAX_CARACTERES = 2 * MAX_CHIFFRES + 16;

  /**
   * La raison pour laquelle un texte dépasse les limites, ou {@code null} s'il les respecte (le texte
   * peut encore ne pas être un nombre).
   */
  public static String depassement(String texte) {
    Objects.requireNonNull(texte, "texte");
    if (texte.length() > MAX_CARACTERES) {
      return "nombre de plus de " + MAX_CARACTERES + " caractères (limite : " + MAX_CHIFFRES + " chiffres)";
    }
    int chiffres = 0;
    int exposant = -1;
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c == '/') {
        chiffres = 0;
      } else if (c == 'e' || c == 'E') {
        exposant = i + 1;
        break;
      } else if (c >= '0' && c <= '9') {
        chiffres++;
        if (chiffres > MAX_CHIFFRES) {
          return "nombre de plus de " + MAX_CHIFFRES + " chiffres";
        }
      }
    }
    if (exposant >= 0) {
      long e = 0;
      int debut = exposant;
      if (debut < texte.length() && (texte.charAt(debut) == '+' || texte.charAt(debut) == '-')) {
        debut++;
      }
      for (int i = debut; i < texte.length(); i++) {
        char c = texte.charAt(i);
        if (c < '0' || c > '9') {
          return null;
        }
        e = e * 10 + (c - '0');
        if (e > MAX_EXPOSANT) {
          return "exposant de plus de " + MAX_EXPOSANT + " en valeur absolue";
        }
      }
    }
    return null;
  }

  /**
   * Lit un nombre exact : {@code 12}, {@code 0,093}, {@code 0.093}, {@code 3/10}, {@code 9,3 %},
   * dans les limites.
   *
   * @throws NumberFormatException (message français) si le texte n'est pas un nombre ou dépasse les
   *     limites
   * @throws ArithmeticException si le dénominateur est nul
   */
  public static Fraction fraction(String texte) {
    String d = depassement(texte);
    if (d != null) {
      throw new NumberFormatException(d);
    }
    return Fraction.parse(texte);
  }

  /**
   * Lit un décimal ({@code 12}, {@code 12,5}, {@code 1.5e3}) dans les limites, virgule ou point.
   *
   * @throws NumberFormatException (message français) si le texte n'est pas un nombre ou dépasse les
   *     limites
   */
  public static BigDecimal decimal(String texte) {
    String d = depassement(texte);
    if (d != null) {
      throw new NumberFormatException(d);
    }
    return new BigDecimal(texte.strip().replace(',', '.'));
  }
}
