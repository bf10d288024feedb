package fr.fluxlogement.rendu.html;

import fr.fluxlogement.core.reference.Reference;
import java.util.Objects;
import java.util.Optional;

/**
 * Une référence citée sur une page : sa citation française et, quand la référence a un identifiant
 * Légifrance ou une adresse Légifrance, le lien vers l'article. Aucune autre adresse n'est liée (une
 * page ne cite rien hors d'elle-même que Légifrance) : une autre adresse est écrite en texte.
 *
 * @param texte la citation, « CCH, art. R.441-5-1 »
 * @param legifrance l'adresse Légifrance de l'article, s'il y en a une
 * @param adresse une autre adresse du texte, écrite sans lien, s'il y en a une
 */
public record Citation(String texte, Optional<String> legifrance, Optional<String> adresse) {

  /** Le préfixe des adresses Légifrance, seules adresses liées depuis une page. */
  public static final String LEGIFRANCE = "https://www.legifrance.gouv.fr/";

  /** Refuse les {@code null}. */
  public Citation {
    Objects.requireNonNull(texte, "texte");
    Objects.requireNonNull(legifrance, "legifrance");
    Objects.requireNonNull(adresse, "adresse");
  }

  /**
   * La citation d'une référence.
   *
   * @param r la référence
   * @return la citation
   */
  public static Citation of(Reference r) {
    Optional<String> lien = r.legiarti().map(id -> LEGIFRANCE + "codes/article_lc/" + id);
    Optional<String> autre = Optional.empty();
    if (lien.isEmpty() && r.url().isPresent()) {
      if (isLegifrance(r.url().get())) {
        lien = r.url();
      } else {
        autre = r.url();
      }
    }
    return new Citation(r.citation(), lien, autre);
  }

  /**
   * Vrai pour une adresse Légifrance bien formée (sans caractère qui sortirait de l'attribut).
   *
   * @param adresse l'adresse
   * @return vrai si elle peut être liée
   */
  public static boolean isLegifrance(String adresse) {
    return adresse.startsWith(LEGIFRANCE) && adresse.matches("[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+");
  }
}
