package fr.fluxlogement.core.quantite;

import java.util.Objects;

/**
 * Un délai : une quantité et son unité de compte (jours ouvrés, jours ouvrables, jours
 * calendaires ou mois calendaires). Le tableau de l'article 6 de la convention compte en jours
 * ouvrés (5 jours ouvrés après la transmission) et en mois calendaires (1 mois calendaire).
 *
 * @param quantite le nombre d'unités, positif ou nul
 * @param unite l'unité de compte
 */
public record Delai(int quantite, Unite unite) {

  /** Les unités de compte d'un délai. */
  public enum Unite {
    /** Du lundi au vendredi, jours fériés exclus. */
    JOURS_OUVRES("jours ouvrés", "jour ouvré"),
    /** Du lundi au samedi, jours fériés exclus (Code du travail, glossaire). */
    JOURS_OUVRABLES("jours ouvrables", "jour ouvrable"),
    /** Tous les jours. */
    JOURS_CALENDAIRES("jours calendaires", "jour calendaire"),
    /** Mois calendaires, le quantième ramené au dernier jour du mois s'il n'existe pas. */
    MOIS("mois calendaires", "mois calendaire");

    private final String pluriel;
    private final String singulier;

    Unite(String pluriel, String singulier) {
      this.pluriel = pluriel;
      this.singulier = singulier;
    }

    /** Le libellé français pour une quantité donnée. */
    public String libelle(int n) {
      return n > 1 ? pluriel : singulier;
    }
  }

  /**
   * Valide le délai.
   *
   * @throws IllegalArgumentException si la quantité est négative
   */
  public Delai {
    Objects.requireNonNull(unite, "unite");
    if (quantite < 0) {
      throw new IllegalArgumentException("délai négatif : " + quantite);
    }
  }

  /** {@code n} jours ouvrés. */
  public static Delai joursOuvres(int n) {
    return new Delai(n, Unite.JOURS_OUVRES);
  }

  /** {@code n} jours ouvrables. */
  public static Delai joursOuvrables(int n) {
    return new Delai(n, Unite.JOURS_OUVRABLES);
  }

  /** {@code n} jours calendaires. */
  public static Delai joursCalendaires(int n) {
    return new Delai(n, Unite.JOURS_CALENDAIRES);
  }

  /** {@code n} mois calendaires. */
  public static Delai mois(int n) {
    return new Delai(n, Unite.MOIS);
  }

  /** Libellé français : {@code "5 jours ouvrés"}, {@code "1 mois calendaire"}. */
  @Override
  public String toString() {
    return quantite + " " + unite.libelle(quantite);
  }
}
