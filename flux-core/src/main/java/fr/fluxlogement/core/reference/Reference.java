package fr.fluxlogement.core.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * Une référence juridique : le texte (code, décret, arrêté ou la convention elle-même), l'article,
 * l'alinéa éventuel, l'identifiant Légifrance éventuel ({@code LEGIARTI…}) et une adresse
 * éventuelle. Chaque figure calculée cite les références sur lesquelles elle repose.
 *
 * <p>Une référence à une clause de convention ({@link #clause(Clause)}) nomme le sujet de la
 * clause ; elle cite « convention de réservation » tant qu'elle n'est pas résolue dans le texte
 * d'une convention donnée ({@link fr.fluxlogement.core.convention.TexteConvention#resoudre}), qui
 * remplace le texte par le titre de la convention et l'article par le sien.
 *
 * @param texte le texte, par exemple {@code "CCH"} ou le titre d'une convention
 * @param article l'article, par exemple {@code "R.441-5-1"} ou {@code "6"}
 * @param alinea l'alinéa ou le paragraphe, s'il y a lieu
 * @param legiarti l'identifiant Légifrance de l'article, s'il est connu
 * @param url une adresse où lire le texte, si elle est connue
 * @param clause le sujet de la clause de convention citée, pour une référence à une convention
 */
public record Reference(
    String texte,
    String article,
    Optional<String> alinea,
    Optional<String> legiarti,
    Optional<String> url,
    Optional<Clause> clause) {

  /** Le texte cité par une clause de convention non encore résolue dans une convention donnée. */
  public static final String CONVENTION_GENERIQUE = "convention de réservation";

  /** Valide la référence. */
  public Reference {
    Objects.requireNonNull(texte, "texte");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(alinea, "alinea");
    Objects.requireNonNull(legiarti, "legiarti");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(clause, "clause");
    if (texte.isBlank() || article.isBlank()) {
      throw new IllegalArgumentException("une référence nomme un texte et un article");
    }
    if (legiarti.isPresent() && !legiarti.get().matches("LEGIARTI\\d{12}")) {
      throw new IllegalArgumentException("identifiant Légifrance invalide : " + legiarti.get());
    }
  }

  /** Un article d'un texte. */
  public static Reference of(String texte, String article) {
    return new Reference(texte, article, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Une clause de convention, citée par son sujet, à l'article du plan par défaut, en attendant
   * d'être résolue dans le texte d'une convention donnée.
   */
  public static Reference clause(Clause clause) {
    Objects.requireNonNull(clause, "clause");
    return new Reference(CONVENTION_GENERIQUE, clause.articleParDefaut(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(clause));
  }

  /** Vrai pour une clause de convention. */
  public boolean isClause() {
    return clause.isPresent();
  }

  /** La même référence, citant un autre texte et un autre article (résolution d'une clause). */
  public Reference withTexte(String autreTexte, String autreArticle) {
    return new Reference(autreTexte, autreArticle, alinea, legiarti, url, clause);
  }

  /** La même référence, précisée d'un alinéa. */
  public Reference withAlinea(String alinea) {
    return new Reference(texte, article, Optional.of(alinea), legiarti, url, clause);
  }

  /** La même référence, avec son identifiant Légifrance. */
  public Reference withLegiarti(String id) {
    return new Reference(texte, article, alinea, Optional.of(id), url, clause);
  }

  /** La même référence, avec une adresse. */
  public Reference withUrl(String adresse) {
    return new Reference(texte, article, alinea, legiarti, Optional.of(adresse), clause);
  }

  /** La citation française : {@code "CCH, art. R.441-5-2, II"}. */
  public String citation() {
    return texte + ", art. " + article + alinea.map(a -> ", " + a).orElse("");
  }

  @Override
  public String toString() {
    return citation();
  }
}
