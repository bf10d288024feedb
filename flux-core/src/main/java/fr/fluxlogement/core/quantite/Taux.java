package fr.fluxlogement.core.quantite;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
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

  /**
   * Le taux écrit dans le programme, comme {@link Fraction#of(String)} l'accepte ({@code "9,3 %"},
   * {@code "3/10"}). Pour une erreur de programmation ; pour des données externes, voir {@link
   * #parse(String, String)}.
   *
   * @param texte le texte du taux
   * @return le taux
   * @throws NumberFormatException si le texte n'est pas un nombre
   * @throws ArithmeticException si le dénominateur est nul
   * @throws IllegalArgumentException si le nombre sort de [0, 1]
   */
  public static Taux of(String texte) {
    return new Taux(Fraction.of(texte));
  }

  /**
   * Lit un taux venu de l'extérieur, écrit comme {@link Fraction#parse(String, String)} l'accepte
   * ({@code "9,3 %"}, {@code "0,093"}, {@code "3/10"}), compris entre 0 et 100 %. Aucune
   * exception ; {@code parse(t.toString(), c)} rend {@code t}.
   *
   * <p>Anomalies : celles de {@link Fraction#parse(String, String)} ({@code CHAMP_MANQUANT},
   * {@code DEBORDEMENT}, {@code FORMAT_INVALIDE}), puis {@link CodeAnomalie#NOMBRE_NEGATIF} sous 0
   * et {@link CodeAnomalie#HORS_DOMAINE} au-delà de 100 %.
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return le taux, ou ses anomalies
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Taux> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin);
    return NombresLus.fraction(texte, champ, NombresLus.MAX_CARACTERES).flatMap(f -> {
      if (f.signum() < 0) {
        return champ.echec(CodeAnomalie.NOMBRE_NEGATIF, "taux négatif : un taux est compris entre 0 et 100 %");
      }
      if (f.compareTo(Fraction.UN) > 0) {
        return champ.echec(CodeAnomalie.HORS_DOMAINE, "taux de plus de 100 % : un taux est compris entre 0 et 100 %");
      }
      return Resultat.ok(new Taux(f));
    });
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

  /** La fraction, relue par {@link #of(String)} et {@link #parse(String, String)}. */
  @Override
  public String toString() {
    return valeur.toString();
  }
}
