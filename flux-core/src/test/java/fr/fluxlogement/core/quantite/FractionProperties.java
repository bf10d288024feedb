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
    Proprietes.qt(2000).forAll(FRACTIONS).check(f -> Fraction.parse(f.toString()).equals(f));
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
}
