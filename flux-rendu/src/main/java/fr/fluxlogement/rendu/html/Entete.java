package fr.fluxlogement.rendu.html;

import java.util.Objects;

/**
 * L'en-tête commun des pages d'un exercice : le titre de la page, le bailleur, le département,
 * l'année, la mention des chiffres illustratifs et le chemin relatif vers l'index.
 *
 * @param titre le titre de la page
 * @param bailleur le nom du bailleur
 * @param departement le département, « l'Ain (01) »
 * @param annee l'année de l'exercice
 * @param illustratif vrai si les chiffres sont illustratifs
 * @param racine le chemin relatif de la page vers le dossier des pages ({@code ""}, {@code "../"}…)
 */
public record Entete(String titre, String bailleur, String departement, int annee, boolean illustratif, String racine) {

  /** Refuse les {@code null}. */
  public Entete {
    Objects.requireNonNull(titre, "titre");
    Objects.requireNonNull(bailleur, "bailleur");
    Objects.requireNonNull(departement, "departement");
    Objects.requireNonNull(racine, "racine");
  }

  /**
   * Le lien vers l'index.
   *
   * @return le chemin relatif de {@code index.html}
   */
  public String index() {
    return racine + "index.html";
  }
}
