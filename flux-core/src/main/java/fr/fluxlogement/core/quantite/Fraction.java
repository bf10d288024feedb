package fr.fluxlogement.core.quantite;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.Resultat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Nombre rationnel exact : un nombre de logements fractionnaire (30 % de 41 = 12,3), un taux ou un
 * quota. Toujours réduit, dénominateur strictement positif ; les opérations ne perdent jamais
 * d'unité et ne débordent jamais (entiers de taille arbitraire).
 *
 * <p>Aucun arrondi implicite : passer à un nombre entier de logements se fait par {@link
 * #arrondir(Arrondi)}, avec une politique nommée.
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zéro. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** Un. */
  public static final Fraction UN = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger CENT = BigInteger.valueOf(100);

  private final BigInteger numerateur;
  private final BigInteger denominateur;

  private Fraction(BigInteger numerateur, BigInteger denominateur) {
    this.numerateur = numerateur;
    this.denominateur = denominateur;
  }

  /**
   * La fraction {@code numerateur / denominateur}, réduite.
   *
   * @throws ArithmeticException si le dénominateur est nul
   */
  public static Fraction of(BigInteger numerateur, BigInteger denominateur) {
    Objects.requireNonNull(numerateur, "numerateur");
    Objects.requireNonNull(denominateur, "denominateur");
    if (numerateur.bitLength() <= 62 && denominateur.bitLength() <= 62) {
      return ofLong(numerateur.longValue(), denominateur.longValue());
    }
    if (denominateur.signum() == 0) {
      throw new ArithmeticException("dénominateur nul");
    }
    if (denominateur.signum() < 0) {
      numerateur = numerateur.negate();
      denominateur = denominateur.negate();
    }
    BigInteger pgcd = numerateur.gcd(denominateur);
    if (!pgcd.equals(BigInteger.ONE) && pgcd.signum() != 0) {
      numerateur = numerateur.divide(pgcd);
      denominateur = denominateur.divide(pgcd);
    }
    if (numerateur.signum() == 0) {
      return ZERO;
    }
    return new Fraction(numerateur, denominateur);
  }

  /** La fraction {@code numerateur / denominateur}, réduite. */
  public static Fraction of(long numerateur, long denominateur) {
    if (numerateur != Long.MIN_VALUE && denominateur != Long.MIN_VALUE && Math.abs(numerateur) < (1L << 62)
        && Math.abs(denominateur) < (1L << 62)) {
      return ofLong(numerateur, denominateur);
    }
    return of(BigInteger.valueOf(numerateur), BigInteger.valueOf(denominateur));
  }

  /**
   * Le chemin rapide de la réduction, en entiers machine : les deux termes sont de moins de 2⁶²
   * en valeur absolue, si bien qu'aucune opération ne déborde ; même résultat que le chemin en
   * {@link BigInteger}.
   */
  private static Fraction ofLong(long n, long d) {
    if (d == 0) {
      throw new ArithmeticException("dénominateur nul");
    }
    if (n == 0) {
      return ZERO;
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    long g = pgcd(Math.abs(n), d);
    n /= g;
    d /= g;
    if (n == 1 && d == 1) {
      return UN;
    }
    return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  /** Le plus grand commun diviseur de deux entiers positifs, le second non nul (Euclide). */
  private static long pgcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  /** Vrai si numérateur et dénominateur tiennent sur 31 bits : leurs produits deux à deux tiennent sur 62. */
  private boolean isPetite() {
    return numerateur.bitLength() <= 31 && denominateur.bitLength() <= 31;
  }

  /** L'entier {@code n}. */
  public static Fraction of(long n) {
    return of(BigInteger.valueOf(n), BigInteger.ONE);
  }

  /** Le pourcentage {@code p %}, soit {@code p / 100}. */
  public static Fraction pourcent(long p) {
    return of(p, 100);
  }

  /** La valeur exacte d'un décimal. */
  public static Fraction of(BigDecimal decimal) {
    Objects.requireNonNull(decimal, "decimal");
    if (decimal.scale() <= 0) {
      return of(decimal.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
  }

  /**
   * La borne de {@link #of(String)} : un texte de plus de {@value} caractères, ou dont l'exposant
   * dépasse {@value} en valeur absolue, est refusé avant toute expansion (les données externes sont
   * lues bien plus court, par {@link #parse(String, String)} et {@link NombresLus}).
   */
  public static final int MAX_CARACTERES_PARSE = 10_000;

  /**
   * La fraction écrite dans le programme : {@code "n"}, {@code "n/d"}, un décimal ({@code "0.093"}
   * ou {@code "0,093"}) ou un pourcentage ({@code "9,3 %"}). Réciproque de {@link #toString()}.
   * Pour une erreur de programmation ; pour des données externes, voir {@link #parse(String, String)}.
   *
   * @param texte le texte du nombre
   * @return la fraction, réduite
   * @throws NumberFormatException si le texte n'est pas un nombre ou dépasse {@link #MAX_CARACTERES_PARSE}
   * @throws ArithmeticException si le dénominateur est nul
   */
  public static Fraction of(String texte) {
    Objects.requireNonNull(texte, "texte");
    String t = texte.strip();
    if (t.length() > MAX_CARACTERES_PARSE) {
      throw new NumberFormatException("nombre de plus de " + MAX_CARACTERES_PARSE + " caractères");
    }
    boolean pourcent = t.endsWith("%");
    if (pourcent) {
      t = t.substring(0, t.length() - 1).strip();
    }
    Fraction f;
    int barre = t.indexOf('/');
    if (barre >= 0) {
      f = of(new BigInteger(t.substring(0, barre).strip()), new BigInteger(t.substring(barre + 1).strip()));
    } else {
      BigDecimal d = new BigDecimal(t.replace(',', '.'));
      if (Math.abs((long) d.scale()) > MAX_CARACTERES_PARSE) {
        // 1e100000000 : l'expansion en fraction coûterait des minutes
        throw new NumberFormatException("exposant de plus de " + MAX_CARACTERES_PARSE + " en valeur absolue");
      }
      f = of(d);
    }
    return pourcent ? f.diviserPar(of(100)) : f;
  }

  /**
   * Lit une fraction venue de l'extérieur, dans les limites de {@link NombresLus} ({@value
   * NombresLus#MAX_CHIFFRES} chiffres au numérateur et au dénominateur, dans le texte comme dans la
   * valeur réduite ; exposant d'au plus {@value NombresLus#MAX_EXPOSANT}) : {@code "12"}, {@code
   * "-1/2"}, {@code "0,093"}, {@code "9,3 %"}, {@code "1.5e3"}. Aucune exception ; {@code
   * parse(f.toString(), c)} rend {@code f} pour toute fraction {@code f} ainsi lue.
   *
   * <p>Anomalies : {@link fr.fluxlogement.core.anomalie.CodeAnomalie#CHAMP_MANQUANT} (texte {@code
   * null} ou blanc), {@code DEBORDEMENT} (au-delà des limites), {@code FORMAT_INVALIDE} (pas un
   * nombre, dénominateur nul).
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return la fraction, ou ses anomalies
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Fraction> parse(String texte, String chemin) {
    return NombresLus.fraction(texte, Champ.of(chemin), NombresLus.MAX_CARACTERES);
  }

  /** Le numérateur (réduit). */
  public BigInteger numerateur() {
    return numerateur;
  }

  /** Le dénominateur (réduit, strictement positif). */
  public BigInteger denominateur() {
    return denominateur;
  }

  /** Somme exacte. */
  public Fraction plus(Fraction autre) {
    if (isPetite() && autre.isPetite()) {
      long a = numerateur.longValue();
      long b = denominateur.longValue();
      long c = autre.numerateur.longValue();
      long d = autre.denominateur.longValue();
      return ofLong(a * d + c * b, b * d);
    }
    return of(
        numerateur.multiply(autre.denominateur).add(autre.numerateur.multiply(denominateur)),
        denominateur.multiply(autre.denominateur));
  }

  /** Différence exacte. */
  public Fraction moins(Fraction autre) {
    return plus(autre.negation());
  }

  /** Produit exact. */
  public Fraction fois(Fraction autre) {
    if (isPetite() && autre.isPetite()) {
      return ofLong(numerateur.longValue() * autre.numerateur.longValue(), denominateur.longValue() * autre.denominateur.longValue());
    }
    return of(numerateur.multiply(autre.numerateur), denominateur.multiply(autre.denominateur));
  }

  /** Produit exact par un entier. */
  public Fraction fois(long n) {
    return fois(of(n));
  }

  /**
   * Quotient exact.
   *
   * @throws ArithmeticException si le diviseur est nul
   */
  public Fraction diviserPar(Fraction autre) {
    if (autre.signum() == 0) {
      throw new ArithmeticException("division par zéro");
    }
    return of(numerateur.multiply(autre.denominateur), denominateur.multiply(autre.numerateur));
  }

  /** L'opposé. */
  public Fraction negation() {
    return numerateur.signum() == 0 ? this : new Fraction(numerateur.negate(), denominateur);
  }

  /** Le signe : -1, 0 ou 1. */
  public int signum() {
    return numerateur.signum();
  }

  /** Vrai si la fraction vaut zéro. */
  public boolean isZero() {
    return numerateur.signum() == 0;
  }

  /** Vrai si la fraction est un entier. */
  public boolean isEntier() {
    return denominateur.equals(BigInteger.ONE);
  }

  /** La partie entière par défaut (vers moins l'infini). */
  public BigInteger plancher() {
    BigInteger[] qr = numerateur.divideAndRemainder(denominateur);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** La partie entière par excès (vers plus l'infini). */
  public BigInteger plafond() {
    BigInteger[] qr = numerateur.divideAndRemainder(denominateur);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** La partie fractionnaire, dans [0, 1). */
  public Fraction reste() {
    return moins(of(plancher(), BigInteger.ONE));
  }

  /** Arrondit à l'entier selon la politique donnée. */
  public BigInteger arrondir(Arrondi politique) {
    return Objects.requireNonNull(politique, "politique").appliquer(this);
  }

  /**
   * La valeur en {@code long}.
   *
   * @throws ArithmeticException si la fraction n'est pas un entier ou déborde d'un {@code long}
   */
  public long longValueExact() {
    if (!isEntier()) {
      throw new ArithmeticException("pas un entier : " + this);
    }
    return numerateur.longValueExact();
  }

  /** Le plus petit de deux. */
  public Fraction min(Fraction autre) {
    return compareTo(autre) <= 0 ? this : autre;
  }

  /** Le plus grand de deux. */
  public Fraction max(Fraction autre) {
    return compareTo(autre) >= 0 ? this : autre;
  }

  /** Valeur décimale arrondie au demi supérieur, pour l'affichage seulement. */
  public BigDecimal toBigDecimal(int echelle) {
    return new BigDecimal(numerateur).divide(new BigDecimal(denominateur), echelle, RoundingMode.HALF_UP);
  }

  /** En pourcentage décimal, pour l'affichage seulement ({@code 3/10} donne {@code 30.00}). */
  public BigDecimal toPourcent(int echelle) {
    return of(numerateur.multiply(CENT), denominateur).toBigDecimal(echelle);
  }

  /** Texte décimal à la française ({@code 12,3}), pour l'affichage seulement. */
  public String toDecimalFrancais(int echelle) {
    return toBigDecimal(echelle).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  @Override
  public int compareTo(Fraction autre) {
    if (isPetite() && autre.isPetite()) {
      return Long.compare(numerateur.longValue() * autre.denominateur.longValue(), autre.numerateur.longValue() * denominateur.longValue());
    }
    return numerateur.multiply(autre.denominateur).compareTo(autre.numerateur.multiply(denominateur));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f && numerateur.equals(f.numerateur) && denominateur.equals(f.denominateur);
  }

  @Override
  public int hashCode() {
    return 31 * numerateur.hashCode() + denominateur.hashCode();
  }

  /** {@code "n"} pour un entier, {@code "n/d"} sinon ; relu par {@link #of(String)} et {@link #parse(String, String)}. */
  @Override
  public String toString() {
    return isEntier() ? numerateur.toString() : numerateur + "/" + denominateur;
  }
}
