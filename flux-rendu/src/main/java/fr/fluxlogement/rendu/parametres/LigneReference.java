package fr.fluxlogement.rendu.parametres;

import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rendu.html.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Une référence du catalogue ({@link References#toutes()}), telle que la listent {@code flux
 * parametres --references} et le service : un texte national, ou une clause de convention citée
 * par son sujet et l'article du plan type, que chaque convention résout en son propre article.
 *
 * @param citation la citation française, {@code "CCH, art. R.441-5-1"}
 * @param texte le texte, {@code "CCH"} ou {@code "convention de réservation"}
 * @param article l'article
 * @param alinea l'alinéa ou le paragraphe, s'il y a lieu
 * @param legiarti l'identifiant Légifrance de l'article, s'il est connu
 * @param legifrance l'adresse Légifrance de l'article, s'il y en a une
 * @param adresse une autre adresse où lire le texte, s'il y en a une
 * @param clause le sujet de la clause de convention, pour une clause
 */
public record LigneReference(
    String citation,
    String texte,
    String article,
    Optional<String> alinea,
    Optional<String> legiarti,
    Optional<String> legifrance,
    Optional<String> adresse,
    Optional<String> clause) {

  /** Refuse les {@code null}. */
  public LigneReference {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(texte, "texte");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(alinea, "alinea");
    Objects.requireNonNull(legiarti, "legiarti");
    Objects.requireNonNull(legifrance, "legifrance");
    Objects.requireNonNull(adresse, "adresse");
    Objects.requireNonNull(clause, "clause");
  }

  /**
   * La ligne d'une référence.
   *
   * @param r la référence
   * @return la ligne
   */
  public static LigneReference of(Reference r) {
    Objects.requireNonNull(r, "r");
    Citation c = Citation.of(r);
    return new LigneReference(r.citation(), r.texte(), r.article(), r.alinea(), r.legiarti(), c.legifrance(), c.adresse(),
        r.clause().map(x -> x.libelle()));
  }

  /**
   * Les lignes du catalogue, dans son ordre.
   *
   * @return une ligne par référence
   */
  public static List<LigneReference> lignes() {
    List<LigneReference> l = new ArrayList<>();
    References.toutes().forEach(r -> l.add(of(r)));
    return List.copyOf(l);
  }
}
