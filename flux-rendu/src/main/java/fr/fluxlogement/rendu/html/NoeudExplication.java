package fr.fluxlogement.rendu.html;

import fr.fluxlogement.core.explication.Explication;
import java.util.List;
import java.util.Objects;

/**
 * Un nœud d'explication sur une page : libellé, valeur, formule, références citées et sous-nœuds,
 * que la page déplie d'un clic ({@code <details>}).
 *
 * @param libelle le libellé
 * @param valeur la valeur
 * @param formule la formule, vide s'il n'y en a pas
 * @param references les références citées
 * @param enfants les sous-nœuds
 */
public record NoeudExplication(String libelle, String valeur, String formule, List<Citation> references, List<NoeudExplication> enfants) {

  /** Fige ; refuse les {@code null}. */
  public NoeudExplication {
    Objects.requireNonNull(libelle, "libelle");
    Objects.requireNonNull(valeur, "valeur");
    Objects.requireNonNull(formule, "formule");
    references = List.copyOf(references);
    enfants = List.copyOf(enfants);
  }

  /**
   * Le nœud d'une explication et de toute sa descendance.
   *
   * @param e l'explication
   * @return le nœud
   */
  public static NoeudExplication of(Explication e) {
    return new NoeudExplication(e.libelle(), e.valeur(), e.formule(),
        e.references().stream().map(Citation::of).toList(), e.enfants().stream().map(NoeudExplication::of).toList());
  }

  /**
   * Le nœud d'une explication, sa descendance coupée à une profondeur : un résumé, pour les pages qui
   * en montrent beaucoup (l'explication entière se lit sur la page de l'année de l'exercice).
   *
   * @param e l'explication
   * @param profondeur le nombre de niveaux gardés (1 : le nœud seul)
   * @return le nœud
   */
  public static NoeudExplication of(Explication e, int profondeur) {
    return new NoeudExplication(e.libelle(), e.valeur(), e.formule(), e.references().stream().map(Citation::of).toList(),
        profondeur <= 1 ? List.of() : e.enfants().stream().map(x -> of(x, profondeur - 1)).toList());
  }

  /**
   * Vrai si le nœud a des sous-nœuds.
   *
   * @return vrai s'il se déplie
   */
  public boolean isFeuille() {
    return enfants.isEmpty();
  }
}
