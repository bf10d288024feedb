package fr.fluxlogement.core.quantite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Fraction : propriétés de l'arithmétique exacte")
class FractionProperties {

  private static final Gen<Fraction> FRACTIONS =
      longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
          .zip(longs().between(1, 1_000_000_000L), Fraction::of);

  @Test
  @DisplayName("parse(toString()) rend la même fraction")
  void allerRetour() {
    Proprietes.qt(2000).forAll(FRACTIONS).check(f -> Fraction.of(f.toString()).equals(f));
  }

  @Test
  @DisplayName("l'arithmétique exacte ne perd jamais une unité : (a + b) − b = a et (a × b) ÷ b = a")
  void exactitude() {
    Proprietes.qt(2000).forAll(FRACTIONS, FRACTIONS).check((a, b) ->
        a.plus(b).moins(b).equals(a) && (b.isZero() || a.fois(b).diviserPar(b).equals(a)));
  }

  @Test
  @DisplayName("les produits de grands entiers ne débordent pas")
  void pasDeDebordement() {
    Proprietes.qt(1000).forAll(longs().all(), longs().all()).check((a, b) ->
        Fraction.of(a).fois(Fraction.of(b)).numerateur().equals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))));
  }

  @Test
  @DisplayName("plancher ≤ f < plancher + 1 et plafond − 1 < f ≤ plafond ; reste dans [0, 1)")
  void plancherPlafond() {
    Proprietes.qt(2000).forAll(FRACTIONS).check(f -> {
      Fraction bas = Fraction.of(f.plancher(), BigInteger.ONE);
      Fraction haut = Fraction.of(f.plafond(), BigInteger.ONE);
      return bas.compareTo(f) <= 0 && f.compareTo(bas.plus(Fraction.UN)) < 0
          && haut.compareTo(f) >= 0 && f.compareTo(haut.moins(Fraction.UN)) > 0
          && f.reste().signum() >= 0 && f.reste().compareTo(Fraction.UN) < 0;
    });
  }

  @Test
  @DisplayName("chaque arrondi tombe sur le plancher ou le plafond")
  void arrondiEncadre() {
    Proprietes.qt(1000).forAll(FRACTIONS).check(f -> {
      for (Arrondi a : Arrondi.values()) {
        BigInteger r = f.arrondir(a);
        if (!r.equals(f.plancher()) && !r.equals(f.plafond())) {
          return false;
        }
      }
      return true;
    });
    assertThat(Arrondi.values()).hasSize(4);
  }

  /** Un entier de taille variée : petit, autour de 2³¹ et de 2⁶², ou grand, pour passer par tous les chemins. */
  private static final Gen<BigInteger> ENTIERS = longs().all().zip(org.quicktheories.generators.SourceDSL.integers().between(0, 5), (x, k) -> {
    BigInteger b = BigInteger.valueOf(x);
    return switch (k) {
      case 0 -> BigInteger.valueOf(x % 1000);
      case 1 -> BigInteger.valueOf(x % (1L << 31));
      case 2 -> BigInteger.valueOf(x >> 1);
      case 3 -> BigInteger.valueOf(x);
      case 4 -> b.multiply(b).add(BigInteger.ONE);
      default -> BigInteger.valueOf(x % 3 - 1).shiftLeft(62).add(BigInteger.valueOf(x % 5));
    };
  });

  /** La référence : réduction par BigInteger, sans chemin rapide. */
  private static BigInteger[] reduite(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    return n.signum() == 0 ? new BigInteger[] {BigInteger.ZERO, BigInteger.ONE} : new BigInteger[] {n.divide(g), d.divide(g)};
  }

  private static boolean egale(Fraction f, BigInteger n, BigInteger d) {
    BigInteger[] r = reduite(n, d);
    return f.numerateur().equals(r[0]) && f.denominateur().equals(r[1]);
  }

  @Test
  @DisplayName("les chemins rapides en entiers machine (réduction, somme, produit, comparaison) donnent exactement le calcul en BigInteger")
  void cheminsRapidesExacts() {
    Proprietes.qt(20_000).forAll(ENTIERS, ENTIERS, ENTIERS, ENTIERS).check((a, b, c, d) -> {
      if (b.signum() == 0 || d.signum() == 0) {
        return true;
      }
      Fraction x = Fraction.of(a, b);
      Fraction y = Fraction.of(c, d);
      BigInteger xn = x.numerateur();
      BigInteger xd = x.denominateur();
      BigInteger yn = y.numerateur();
      BigInteger yd = y.denominateur();
      boolean ok = egale(x, a, b) && egale(y, c, d)
          && egale(x.plus(y), xn.multiply(yd).add(yn.multiply(xd)), xd.multiply(yd))
          && egale(x.fois(y), xn.multiply(yn), xd.multiply(yd))
          && x.compareTo(y) == xn.multiply(yd).compareTo(yn.multiply(xd));
      if (a.bitLength() < 64 && b.bitLength() < 64) {
        ok &= Fraction.of(a.longValue(), b.longValue()).equals(x);
      }
      return ok;
    });
    assertThat(Fraction.of(Long.MIN_VALUE, -1)).isEqualTo(Fraction.of(BigInteger.valueOf(Long.MIN_VALUE).negate(), BigInteger.ONE));
    assertThat(Fraction.of(5, Long.MIN_VALUE).denominateur()).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE).negate());
    assertThat(Fraction.of(0, -7)).isSameAs(Fraction.ZERO);
    assertThat(Fraction.of(-7, -7)).isSameAs(Fraction.UN);
  }
}
