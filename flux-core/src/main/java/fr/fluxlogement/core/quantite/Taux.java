package fr.fluxlogement.core.quantite;

import java.util.Objects;

/**
 * Un taux exact compris entre 0 et 1 : le taux d'un réservataire (part de ses logements réservés
 * dans l'assiette, convention art. 6), un taux de rotation, un objectif d'attribution (25 %).
 *
 * @param valeur la fraction, dans [0, 1]
 */
public record Taux(Fraction valeur) implements Comparable<Taux> {

  /** 0 %. */
  public static final Taux ZERO = new Taux(Fraction.ZERO);

  /** 100 %. */
  public static final Taux CENT_POUR_CENT = new Taux(Fraction.UN);

  /**
   * Valide le taux.
   *
   * @throws IllegalArgumentException si la valeur sort de [0, 1]
   */
  public Taux {
    Objects.requireNonNull(valeur, "valeur");
    if (valeur.signum() < 0 || valeur.compareTo(Fraction.UN) > 0) {
      throw new IllegalArgumentException("un taux doit être compris entre 0 et 100 % : " + valeur);
    }
  }

  /** Le taux d'une fraction. */
  public static Taux of(Fraction valeur) {
    return new Taux(valeur);
  }

  /** {@code p %}. */
  public static Taux pourcent(long p) {
    return new Taux(Fraction.pourcent(p));
  }

  /** {@code numerateur / denominateur}. */
  public static Taux of(long numerateur, long denominateur) {
    return new Taux(Fraction.of(numerateur, denominateur));
  }

  /** Lit un taux écrit comme {@link Fraction#parse(String)} l'accepte ({@code "9,3 %"}, {@code "3/10"}). */
  public static Taux parse(String texte) {
    return new Taux(Fraction.parse(texte));
  }

  /** La part exacte d'une quantité : {@code quantite × taux}. */
  public Fraction de(long quantite) {
    return valeur.fois(quantite);
  }

  /** La part exacte d'une quantité fractionnaire. */
  public Fraction de(Fraction quantite) {
    return valeur.fois(quantite);
  }

  /** Le complément à 100 %. */
  public Taux complement() {
    return new Taux(Fraction.UN.moins(valeur));
  }

  /** Affichage français en pour cent, à deux décimales au plus ({@code 30 %}, {@code 9,29 %}). */
  public String toPourcentFrancais() {
    return valeur.fois(100).toDecimalFrancais(2) + " %";
  }

  @Override
  public int compareTo(Taux autre) {
    return valeur.compareTo(autre.valeur);
  }

  /** La fraction, relue par {@link #parse(String)}. */
  @Override
  public String toString() {
    return valeur.toString();
  }
}
