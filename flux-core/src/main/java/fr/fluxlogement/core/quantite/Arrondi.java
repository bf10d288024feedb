package fr.fluxlogement.core.quantite;

import java.math.BigInteger;

/**
 * Politique d'arrondi d'une quantité fractionnaire en nombre entier de logements.
 *
 * <p>Les textes (CCH R.441-5 et suivants) ne prévoient aucune règle d'arrondi : chaque usage nomme
 * sa politique et sa justification (voir {@code docs/decisions/}). Le plafond de 20 % des
 * garanties d'emprunt s'arrondit {@linkplain #PLANCHER par défaut} (« ne peut représenter plus de
 * 20 % ») ; le flux annuel prévisionnel s'arrondit {@linkplain #PLUS_PROCHE_DEMI_SUPERIEUR au plus
 * proche}.
 */
public enum Arrondi {
  /** Vers moins l'infini : ne jamais dépasser un plafond. */
  PLANCHER("arrondi à l'entier inférieur") {
    @Override
    BigInteger appliquer(Fraction f) {
      return f.plancher();
    }
  },
  /** Vers plus l'infini : atteindre au moins un plancher (« au moins 25 % »). */
  PLAFOND("arrondi à l'entier supérieur") {
    @Override
    BigInteger appliquer(Fraction f) {
      return f.plafond();
    }
  },
  /** Au plus proche, les demis vers le haut. */
  PLUS_PROCHE_DEMI_SUPERIEUR("arrondi au plus proche, demi vers le haut") {
    @Override
    BigInteger appliquer(Fraction f) {
      return f.plus(Fraction.of(1, 2)).plancher();
    }
  },
  /** Au plus proche, les demis vers l'entier pair (arrondi du banquier). */
  PLUS_PROCHE_DEMI_PAIR("arrondi au plus proche, demi vers le pair") {
    @Override
    BigInteger appliquer(Fraction f) {
      BigInteger bas = f.plancher();
      int c = f.reste().compareTo(Fraction.of(1, 2));
      if (c < 0) {
        return bas;
      }
      if (c > 0) {
        return bas.add(BigInteger.ONE);
      }
      return bas.testBit(0) ? bas.add(BigInteger.ONE) : bas;
    }
  };

  private final String libelle;

  Arrondi(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français de la politique, pour les explications. */
  public String libelle() {
    return libelle;
  }

  abstract BigInteger appliquer(Fraction f);
}
