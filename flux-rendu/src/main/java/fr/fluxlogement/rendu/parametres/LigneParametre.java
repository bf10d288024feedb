package fr.fluxlogement.rendu.parametres;

import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.rendu.html.Citation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Une valeur datée d'un paramètre, telle que la listent {@code flux parametres} et le service :
 * le paramètre, sa période, sa valeur en français (et exacte pour un taux), qui l'a fixée et le
 * texte qui la fonde, avec son lien Légifrance quand la référence en a un.
 *
 * @param cle le nom stable du paramètre, {@code plafond_prefet}
 * @param libelle son libellé français
 * @param type le type de sa valeur : {@code taux}, {@code delai}, {@code arrondi}, {@code entier}
 *     ou {@code booleen}
 * @param debut le premier jour d'application
 * @param fin le premier jour où la valeur ne s'applique plus, absent si sans fin
 * @param valeur la valeur en français : {@code "30 %"}, {@code "5 jours ouvrés"}, {@code "oui"}
 * @param exacte la valeur exacte d'un taux en fraction ({@code "3/10"}), absente pour les autres types
 * @param provenance qui l'a fixée : {@code "valeur nationale"}, {@code "clause de la convention"}…
 * @param isClause vrai si la valeur est la lecture par défaut d'une clause de convention, que chaque
 *     convention peut remplacer
 * @param source la citation du texte qui la fonde : {@code "CCH, art. R.441-5-2, I"}, ou le sujet de
 *     la clause pour une clause de convention
 * @param legifrance l'adresse Légifrance de l'article, si la référence en a une
 */
public record LigneParametre(
    String cle,
    String libelle,
    String type,
    LocalDate debut,
    Optional<LocalDate> fin,
    String valeur,
    Optional<String> exacte,
    String provenance,
    boolean isClause,
    String source,
    Optional<String> legifrance) {

  /** Refuse les {@code null}. */
  public LigneParametre {
    Objects.requireNonNull(cle, "cle");
    Objects.requireNonNull(libelle, "libelle");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(debut, "debut");
    Objects.requireNonNull(fin, "fin");
    Objects.requireNonNull(valeur, "valeur");
    Objects.requireNonNull(exacte, "exacte");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(legifrance, "legifrance");
  }

  /**
   * Les lignes d'un jeu de paramètres : chaque valeur datée de chaque paramètre, dans l'ordre de
   * déclaration des paramètres puis des dates.
   *
   * @param parametres le jeu, par exemple {@link Parametres#nationaux()}
   * @return les lignes
   */
  public static List<LigneParametre> lignes(Parametres parametres) {
    Objects.requireNonNull(parametres, "parametres");
    List<LigneParametre> l = new ArrayList<>();
    for (Parametre<?> p : parametres.cles()) {
      for (ValeurDatee<?> v : parametres.chronologie(p).valeurs()) {
        l.add(of(p, v));
      }
    }
    return List.copyOf(l);
  }

  /**
   * Les lignes des valeurs qui s'appliquent à une date.
   *
   * @param parametres le jeu
   * @param date la date
   * @return une ligne par paramètre couvert à cette date
   */
  public static List<LigneParametre> lignes(Parametres parametres, LocalDate date) {
    Objects.requireNonNull(parametres, "parametres");
    Objects.requireNonNull(date, "date");
    List<LigneParametre> l = new ArrayList<>();
    for (Parametre<?> p : parametres.cles()) {
      parametres.chronologie(p).valeurA(date).ifPresent(v -> l.add(of(p, v)));
    }
    return List.copyOf(l);
  }

  private static LigneParametre of(Parametre<?> p, ValeurDatee<?> v) {
    Reference r = v.source();
    Object x = v.valeur();
    String source = r.isClause() ? "clause « " + r.clause().get().libelle() + " » (art. " + r.article() + " du plan type)"
        : r.citation();
    return new LigneParametre(p.nom(), p.libelle(), type(x), v.debut(), v.fin(), valeur(x),
        x instanceof Taux t ? Optional.of(t.valeur().toString()) : Optional.empty(), v.provenance().libelle(), r.isClause(), source,
        Citation.of(r).legifrance());
  }

  private static String type(Object x) {
    if (x instanceof Taux) {
      return "taux";
    }
    if (x instanceof Arrondi) {
      return "arrondi";
    }
    if (x instanceof Boolean) {
      return "booleen";
    }
    return x instanceof Integer ? "entier" : "delai";
  }

  private static String valeur(Object x) {
    if (x instanceof Taux t) {
      return t.toPourcentFrancais();
    }
    if (x instanceof Arrondi a) {
      return a.libelle();
    }
    if (x instanceof Boolean b) {
      return b ? "oui" : "non";
    }
    return x.toString();
  }
}
