package fr.fluxlogement.rendu.html;

import java.util.Objects;

/**
 * L'explication d'une figure, dépliée d'un clic : le nom de la figure, sa valeur, et l'arbre de son
 * calcul, dont chaque nœud cite l'article de la convention et le texte national.
 *
 * @param figure le nom de la figure
 * @param valeur sa valeur
 * @param racine l'arbre de l'explication
 */
public record SectionExplication(String figure, String valeur, NoeudExplication racine) {

  /** Refuse les {@code null}. */
  public SectionExplication {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(valeur, "valeur");
    Objects.requireNonNull(racine, "racine");
  }
}
