package fr.fluxlogement.core.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * Une référence juridique : le texte (code, décret, arrêté ou la convention elle-même), l'article,
 * l'alinéa éventuel, l'identifiant Légifrance éventuel ({@code LEGIARTI…}) et une adresse
 * éventuelle. Chaque figure calculée cite les références sur lesquelles elle repose.
 *
 * @param texte le texte, par exemple {@code "CCH"} ou {@code "Convention Ornex – Alliade Habitat"}
 * @param article l'article, par exemple {@code "R.441-5-1"} ou {@code "6"}
 * @param alinea l'alinéa ou le paragraphe, s'il y a lieu
 * @param legiarti l'identifiant Légifrance de l'article, s'il est connu
 * @param url une adresse où lire le texte, si elle est connue
 */
public record Reference(
    String texte, String article, Optional<String> alinea, Optional<String> legiarti, Optional<String> url) {

  /** Valide la référence. */
  public Reference {
    Objects.requireNonNull(texte, "texte");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(alinea, "alinea");
    Objects.requireNonNull(legiarti, "legiarti");
    Objects.requireNonNull(url, "url");
    if (texte.isBlank() || article.isBlank()) {
      throw new IllegalArgumentException("une référence nomme un texte et un article");
    }
    if (legiarti.isPresent() && !legiarti.get().matches("LEGIARTI\\d{12}")) {
      throw new IllegalArgumentException("identifiant Légifrance invalide : " + legiarti.get());
    }
  }

  /** Un article d'un texte. */
  public static Reference of(String texte, String article) {
    return new Reference(texte, article, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** La même référence, précisée d'un alinéa. */
  public Reference withAlinea(String alinea) {
    return new Reference(texte, article, Optional.of(alinea), legiarti, url);
  }

  /** La même référence, avec son identifiant Légifrance. */
  public Reference withLegiarti(String id) {
    return new Reference(texte, article, alinea, Optional.of(id), url);
  }

  /** La même référence, avec une adresse. */
  public Reference withUrl(String adresse) {
    return new Reference(texte, article, alinea, legiarti, Optional.of(adresse));
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
