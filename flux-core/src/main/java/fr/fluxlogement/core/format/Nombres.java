package fr.fluxlogement.core.format;

import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.NombresLus;
import java.math.BigDecimal;

/**
 * La lecture bornée des nombres venus de l'extérieur (fichiers, dossiers, JSON) : au plus
 * {@value #MAX_CHIFFRES} chiffres par nombre (numérateur et dénominateur comptés séparément) et un
 * exposant d'au plus {@value #MAX_EXPOSANT} en valeur absolue. Un texte de douze caractères comme
 * {@code 1e100000000} ne coûte ainsi jamais des minutes de calcul : il est refusé avant toute
 * expansion. Les limites sont celles de {@link NombresLus}, qui lit aussi les nombres en rendant un
 * {@link fr.fluxlogement.core.anomalie.Resultat} ; les lectures d'ici lèvent une exception.
 */
public final class Nombres {

  private Nombres() {}

  /** Le nombre maximal de chiffres d'un nombre lu ({@link NombresLus#MAX_CHIFFRES}). */
  public static final int MAX_CHIFFRES = NombresLus.MAX_CHIFFRES;

  /** La valeur absolue maximale de l'exposant d'un nombre lu ({@link NombresLus#MAX_EXPOSANT}). */
  public static final int MAX_EXPOSANT = NombresLus.MAX_EXPOSANT;

  /** La longueur maximale du texte d'un nombre ({@link NombresLus#MAX_CARACTERES}). */
  public static final int MAX_CARACTERES = NombresLus.MAX_CARACTERES;

  /**
   * La raison pour laquelle un texte dépasse les limites, ou {@code null} s'il les respecte (le texte
   * peut encore ne pas être un nombre) ; voir {@link NombresLus#depassement(String)}.
   *
   * @param texte le texte
   * @return la raison en français, ou {@code null}
   * @throws NullPointerException si le texte est {@code null}
   */
  public static String depassement(String texte) {
    return NombresLus.depassement(texte).orElse(null);
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
    return Fraction.of(texte);
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
