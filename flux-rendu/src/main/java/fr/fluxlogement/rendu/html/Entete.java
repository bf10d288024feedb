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

  /** La valeur de {@link #racine()} d'une page seule, hors des pages d'un exercice : sans lien vers un index. */
  public static final String PAGE_SEULE = "\u0000";

  /**
   * L'en-tête d'une page seule, hors des pages d'un exercice (l'état des lieux des réservations, par
   * exemple) : sans lien vers un index.
   *
   * @param titre le titre de la page
   * @param bailleur le nom du bailleur
   * @param departement le département, ou vide
   * @param annee l'année
   * @param illustratif vrai si les chiffres sont illustratifs
   * @return l'en-tête
   */
  public static Entete seule(String titre, String bailleur, String departement, int annee, boolean illustratif) {
    return new Entete(titre, bailleur, departement, annee, illustratif, PAGE_SEULE);
  }

  /**
   * Vrai si la page a un index de l'exercice vers lequel revenir.
   *
   * @return faux pour une page seule
   */
  public boolean isAvecIndex() {
    return !PAGE_SEULE.equals(racine);
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
