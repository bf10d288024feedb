package fr.fluxlogement.core.quantite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Fraction : quantités exactes, sans virgule flottante")
class FractionTest {

  @Test
  @DisplayName("30 % de 41 logements font exactement 12,3 logements, soit 123/10")
  void trentePourCentDeQuaranteEtUn() {
    Fraction f = Fraction.pourcent(30).fois(41);
    assertThat(f).isEqualTo(Fraction.of(123, 10));
    assertThat(f.plancher()).isEqualTo(BigInteger.valueOf(12));
    assertThat(f.plafond()).isEqualTo(BigInteger.valueOf(13));
    assertThat(f.reste()).isEqualTo(Fraction.of(3, 10));
    assertThat(f.toDecimalFrancais(2)).isEqualTo("12,3");
  }

  @Test
  @DisplayName("une fraction est toujours réduite, de dénominateur positif")
  void reduction() {
    Fraction f = Fraction.of(6, -8);
    assertThat(f.numerateur()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(f.denominateur()).isEqualTo(BigInteger.valueOf(4));
    assertThat(Fraction.of(0, -5)).isSameAs(Fraction.ZERO);
    assertThat(f.toString()).isEqualTo("-3/4");
  }

  @Test
  @DisplayName("plancher et plafond des négatifs vont vers moins et plus l'infini")
  void plancherNegatif() {
    assertThat(Fraction.of(-7, 2).plancher()).isEqualTo(BigInteger.valueOf(-4));
    assertThat(Fraction.of(-7, 2).plafond()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(Fraction.of(-4).plancher()).isEqualTo(BigInteger.valueOf(-4));
    assertThat(Fraction.of(-4).plafond()).isEqualTo(BigInteger.valueOf(-4));
  }

  @Test
  @DisplayName("les politiques d'arrondi nommées donnent les entiers attendus")
  void arrondis() {
    Fraction demi = Fraction.of(5, 2);
    assertThat(demi.arrondir(Arrondi.PLANCHER)).isEqualTo(BigInteger.TWO);
    assertThat(demi.arrondir(Arrondi.PLAFOND)).isEqualTo(BigInteger.valueOf(3));
    assertThat(demi.arrondir(Arrondi.PLUS_PROCHE_DEMI_SUPERIEUR)).isEqualTo(BigInteger.valueOf(3));
    assertThat(demi.arrondir(Arrondi.PLUS_PROCHE_DEMI_PAIR)).isEqualTo(BigInteger.TWO);
    assertThat(Fraction.of(7, 2).arrondir(Arrondi.PLUS_PROCHE_DEMI_PAIR)).isEqualTo(BigInteger.valueOf(4));
    assertThat(Fraction.of(26, 10).arrondir(Arrondi.PLUS_PROCHE_DEMI_PAIR)).isEqualTo(BigInteger.valueOf(3));
    assertThat(Fraction.of(24, 10).arrondir(Arrondi.PLUS_PROCHE_DEMI_PAIR)).isEqualTo(BigInteger.TWO);
    assertThat(Fraction.of(24, 10).arrondir(Arrondi.PLUS_PROCHE_DEMI_SUPERIEUR)).isEqualTo(BigInteger.TWO);
    assertThat(Arrondi.PLANCHER.libelle()).contains("inférieur");
  }

  @Test
  @DisplayName("lecture des formes décimale, française, fractionnaire et en pour cent")
  void lecture() {
    assertThat(Fraction.of("0.093")).isEqualTo(Fraction.of(93, 1000));
    assertThat(Fraction.of("9,3 %")).isEqualTo(Fraction.of(93, 1000));
    assertThat(Fraction.of(" 3/10 ")).isEqualTo(Fraction.of(3, 10));
    assertThat(Fraction.of("12")).isEqualTo(Fraction.of(12));
    assertThat(Fraction.of(new BigDecimal("1.50"))).isEqualTo(Fraction.of(3, 2));
    assertThat(Fraction.of(new BigDecimal("1E+3"))).isEqualTo(Fraction.of(1000));
    assertThatThrownBy(() -> Fraction.of("abc")).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> Fraction.of("1/0")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  @DisplayName("diviser par zéro et lire un non-entier comme entier sont des erreurs de programmation")
  void erreurs() {
    assertThatThrownBy(() -> Fraction.UN.diviserPar(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Fraction.of(1, 2).longValueExact()).isInstanceOf(ArithmeticException.class);
    assertThat(Fraction.of(12).longValueExact()).isEqualTo(12L);
  }

  @Test
  @DisplayName("comparaisons, minimum, maximum, signe et affichage")
  void comparaisons() {
    Fraction a = Fraction.of(1, 3);
    Fraction b = Fraction.of(1, 2);
    assertThat(a).isLessThan(b);
    assertThat(a.min(b)).isEqualTo(a);
    assertThat(a.max(b)).isEqualTo(b);
    assertThat(b.min(a)).isEqualTo(a);
    assertThat(b.max(a)).isEqualTo(b);
    assertThat(a.negation().signum()).isEqualTo(-1);
    assertThat(Fraction.ZERO.negation()).isSameAs(Fraction.ZERO);
    assertThat(Fraction.ZERO.isZero()).isTrue();
    assertThat(a.isEntier()).isFalse();
    assertThat(a.toPourcent(2)).isEqualByComparingTo("33.33");
    assertThat(a.moins(b)).isEqualTo(Fraction.of(-1, 6));
    assertThat(a.diviserPar(b)).isEqualTo(Fraction.of(2, 3));
    assertThat(a.hashCode()).isEqualTo(Fraction.of(2, 6).hashCode());
    assertThat(a).isNotEqualTo("1/3");
  }

  @Test
  @DisplayName("parse : 1e100000000 et un texte de plus de 10 000 caractères sont refusés tout de suite, sans expansion ; 1e10000 est lu")
  void parseBorne() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
      assertThatThrownBy(() -> Fraction.of("1e100000000 %")).isInstanceOf(NumberFormatException.class).hasMessageContaining("exposant");
      assertThatThrownBy(() -> Fraction.of("1e-100000000")).isInstanceOf(NumberFormatException.class).hasMessageContaining("exposant");
      assertThatThrownBy(() -> Fraction.of("1".repeat(10_001))).isInstanceOf(NumberFormatException.class)
          .hasMessageContaining("10000 caractères");
      assertThat(Fraction.of("1e10000")).isEqualTo(Fraction.of(BigInteger.TEN.pow(10_000), BigInteger.ONE));
      assertThat(Fraction.of("1e-10000")).isEqualTo(Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(10_000)));
      assertThat(Fraction.of("1".repeat(10_000))).isEqualTo(Fraction.of(new BigInteger("1".repeat(10_000)), BigInteger.ONE));
    });
  }
}
