package fr.fluxlogement.core.quantite;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * La lecture bornée des nombres venus de l'extérieur (fichiers, dossiers, JSON, saisie d'un
 * intégrateur) : au plus {@value #MAX_CHIFFRES} chiffres par nombre (numérateur et dénominateur
 * comptés séparément), un exposant d'au plus {@value #MAX_EXPOSANT} en valeur absolue et
 * {@value #MAX_CARACTERES} caractères. Un texte de douze caractères comme {@code 1e100000000} ne
 * coûte ainsi jamais des minutes de calcul : il est refusé avant toute expansion. Seuls les
 * chiffres ASCII sont des chiffres (un chiffre arabe-indien {@code ١} est refusé, non converti).
 *
 * <p>Les lectures rendent un {@link Resultat} et ne lèvent jamais d'exception ; le texte lu n'est
 * jamais cité dans les messages (un nombre peut être les ressources d'un ménage). Elles servent à
 * {@link Fraction#parse(String, String)}, {@link Taux#parse(String, String)}, aux ressources et
 * unités de consommation d'un ménage et aux lecteurs de fichiers ({@code
 * fr.fluxlogement.core.format.Nombres}, qui en reprend les limites).
 */
public final class NombresLus {

  private NombresLus() {}

  /** Le nombre maximal de chiffres d'un nombre lu. */
  public static final int MAX_CHIFFRES = 40;

  /** La valeur absolue maximale de l'exposant d'un nombre lu ({@code 1e40}, {@code 1e-40}). */
  public static final int MAX_EXPOSANT = 40;

  /** La longueur maximale du texte d'un nombre (chiffres, signes, séparateurs, exposant, pour cent). */
  public static final int MAX_CARACTERES = 2 * MAX_CHIFFRES + 16;

  /** Le message d'un texte qui n'est pas un nombre : le texte n'est pas cité. */
  private static final String PAS_UN_NOMBRE =
      "nombre attendu : entier, décimal (0,093), fraction (3/10) ou pourcentage (9,3 %) ; valeur non citée";

  /** Le message d'un texte qui n'est pas un décimal : le texte n'est pas cité. */
  private static final String PAS_UN_DECIMAL = "nombre décimal attendu (12, 12,5 ou 1.5e3) ; valeur non citée";

  /**
   * La raison pour laquelle un texte dépasse les limites, s'il les dépasse (le texte peut encore ne
   * pas être un nombre). Ne lit que les {@value #MAX_CARACTERES} premiers caractères.
   *
   * @param texte le texte
   * @return la raison en français, vide si le texte respecte les limites
   * @throws NullPointerException si le texte est {@code null}
   */
  public static Optional<String> depassement(String texte) {
    Objects.requireNonNull(texte, "texte");
    if (texte.length() > MAX_CARACTERES) {
      return Optional.of("nombre de plus de " + MAX_CARACTERES + " caractères (limite : " + MAX_CHIFFRES + " chiffres)");
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
          return Optional.of("nombre de plus de " + MAX_CHIFFRES + " chiffres");
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
          return Optional.empty();
        }
        e = e * 10 + (c - '0');
        if (e > MAX_EXPOSANT) {
          return Optional.of("exposant de plus de " + MAX_EXPOSANT + " en valeur absolue");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Lit un décimal exact ({@code 12}, {@code 12,5}, {@code -0.25}, {@code 1.5e3}), virgule ou
   * point décimal, sans séparateur de milliers, dans les limites ; aucun arrondi.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#DEBORDEMENT} (plus de {@code maxCaracteres} caractères, plus de
   * {@value #MAX_CHIFFRES} chiffres, exposant de plus de {@value #MAX_EXPOSANT}), {@link
   * CodeAnomalie#FORMAT_INVALIDE} (pas un décimal).
   *
   * @param texte le texte, éventuellement {@code null}
   * @param champ le champ lu (chemin et référence des anomalies)
   * @param maxCaracteres la longueur maximale du texte, blancs ôtés (au plus {@value #MAX_CARACTERES})
   * @return le décimal, ou ses anomalies
   */
  public static Resultat<BigDecimal> decimal(String texte, Champ champ, int maxCaracteres) {
    return borne(texte, champ, maxCaracteres, false).flatMap(t -> {
      try {
        return Resultat.ok(new BigDecimal(t.replace(',', '.')));
      } catch (NumberFormatException e) {
        return champ.echec(CodeAnomalie.FORMAT_INVALIDE, PAS_UN_DECIMAL);
      }
    });
  }

  /**
   * Lit un nombre exact : un entier ({@code 12}), un décimal ({@code 0,093} ou {@code 0.093}), une
   * fraction ({@code 3/10}) ou un pourcentage ({@code 9,3 %}), dans les limites du texte, et dont la
   * valeur réduite a au plus {@value #MAX_CHIFFRES} chiffres au numérateur et au dénominateur
   * ({@code 1e40} en a 41, {@code 1e-38 %} aussi au dénominateur : refusés) ; si bien que la
   * lecture est la réciproque de {@link Fraction#toString()} pour toute fraction qu'elle rend.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT}, {@link CodeAnomalie#DEBORDEMENT} (texte ou
   * valeur au-delà des limites), {@link CodeAnomalie#FORMAT_INVALIDE} (pas un nombre, ou
   * dénominateur nul).
   *
   * @param texte le texte, éventuellement {@code null}
   * @param champ le champ lu (chemin et référence des anomalies)
   * @param maxCaracteres la longueur maximale du texte, blancs ôtés (au plus {@value #MAX_CARACTERES})
   * @return la fraction, ou ses anomalies
   */
  public static Resultat<Fraction> fraction(String texte, Champ champ, int maxCaracteres) {
    return borne(texte, champ, maxCaracteres, true).flatMap(t -> {
      try {
        Fraction f = Fraction.of(t);
        // 1e-38 % ou 1000000000e31 respectent les limites du texte, non leur valeur (41 chiffres) : refusés, pour
        // que toute fraction lue se relise par son toString
        if (chiffres(f.numerateur()) > MAX_CHIFFRES || chiffres(f.denominateur()) > MAX_CHIFFRES) {
          return champ.echec(CodeAnomalie.DEBORDEMENT, "valeur de plus de " + MAX_CHIFFRES + " chiffres au numérateur ou au dénominateur");
        }
        return Resultat.ok(f);
      } catch (NumberFormatException e) {
        return champ.echec(CodeAnomalie.FORMAT_INVALIDE, PAS_UN_NOMBRE);
      } catch (ArithmeticException e) {
        return champ.echec(CodeAnomalie.FORMAT_INVALIDE, "dénominateur nul");
      }
    });
  }

  /** Le nombre de chiffres décimaux d'un entier (sans le signe). */
  private static int chiffres(BigInteger n) {
    return n.abs().toString().length();
  }

  /** Le texte sans ses blancs, s'il est présent, dans les limites et fait des seuls caractères d'un nombre. */
  private static Resultat<String> borne(String texte, Champ champ, int maxCaracteres, boolean fraction) {
    return champ.texte(texte, "nombre").flatMap(t -> {
      if (t.length() > Math.min(maxCaracteres, MAX_CARACTERES)) {
        return champ.echec(CodeAnomalie.DEBORDEMENT, "nombre de plus de " + Math.min(maxCaracteres, MAX_CARACTERES) + " caractères");
      }
      Optional<String> d = depassement(t);
      if (d.isPresent()) {
        return champ.echec(CodeAnomalie.DEBORDEMENT, d.get());
      }
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        boolean admis = c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == ',' || c == 'e' || c == 'E'
            || fraction && (c == '/' || c == '%' || c == ' ');
        if (!admis) {
          return champ.echec(CodeAnomalie.FORMAT_INVALIDE, fraction ? PAS_UN_NOMBRE : PAS_UN_DECIMAL);
        }
      }
      return Resultat.ok(t);
    });
  }
}
