package fr.fluxlogement.rules.projection;

import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.exercice.Exercice;
import java.util.List;
import java.util.Objects;

/**
 * Un scénario de rotation : le taux de rotation supposé de chaque année à venir (à partir de l'année
 * de l'exercice), les taux publiés des années passées restant ceux de l'exercice.
 *
 * @param nom le nom du scénario, « central »
 * @param rotation le taux de rotation supposé
 */
public record Scenario(String nom, Taux rotation) {

  /** L'écart des scénarios bas et haut au scénario central : un point de rotation. */
  public static final Taux ECART = Taux.pourcent(1);

  /** Refuse les {@code null} et un nom vide. */
  public Scenario {
    Objects.requireNonNull(nom, "nom");
    Objects.requireNonNull(rotation, "rotation");
    if (nom.isBlank()) {
      throw new IllegalArgumentException("un scénario a un nom");
    }
  }

  /**
   * Les trois scénarios par défaut : central, la moyenne des trois taux publiés avant l'année de
   * l'exercice (ceux du flux, art. 4.1) ; bas et haut, un point de moins (au moins 0) et de plus.
   * Sans taux publié, le central est nul.
   *
   * @param e l'exercice
   * @return bas, central, haut
   */
  public static List<Scenario> parDefaut(Exercice e) {
    Fraction somme = Fraction.ZERO;
    int n = 0;
    for (int a = e.annee() - 3; a < e.annee(); a++) {
      Taux t = e.rotations().get(a);
      if (t != null) {
        somme = somme.plus(t.valeur());
        n++;
      }
    }
    Fraction central = n == 0 ? Fraction.ZERO : somme.diviserPar(Fraction.of(n));
    Fraction bas = central.moins(ECART.valeur()).max(Fraction.ZERO);
    Fraction haut = central.plus(ECART.valeur()).min(Fraction.UN);
    return List.of(new Scenario("bas", Taux.of(bas)), new Scenario("central", Taux.of(central)), new Scenario("haut", Taux.of(haut)));
  }

  /**
   * Le libellé français : « central (8,47 %) ».
   *
   * @return le libellé
   */
  public String libelle() {
    return nom + " (" + rotation.toPourcentFrancais() + ")";
  }
}
