package fr.fluxlogement.rendu.parametres;

import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.rendu.Colonne;
import fr.fluxlogement.rendu.Table;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Les rendus lisibles de la liste des paramètres datés et du catalogue des références : texte
 * français et CSV pour tableur français (la commande {@code flux parametres}). Le JSON de ces mêmes
 * données, valeurs typées et références en objets, est celui de {@link
 * fr.fluxlogement.rendu.json.CatalogueJson} (formats {@code flux-parametres} et {@code flux-references}),
 * que servent aussi la commande et le service.
 */
public final class RenduParametres {

  private RenduParametres() {}

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** La table des valeurs datées : une ligne par valeur de chaque paramètre. */
  public static final Table<LigneParametre> PARAMETRES = Table.of(List.of(
      Colonne.of("cle", LigneParametre::cle),
      Colonne.of("libelle", LigneParametre::libelle),
      Colonne.of("type", LigneParametre::type),
      Colonne.of("debut", LigneParametre::debut),
      Colonne.facultative("fin", l -> l.fin().map(x -> (Object) x)),
      Colonne.of("valeur", LigneParametre::valeur),
      Colonne.facultative("exacte", l -> l.exacte().map(x -> (Object) x)),
      Colonne.of("provenance", LigneParametre::provenance),
      Colonne.of("clause", LigneParametre::isClause),
      Colonne.of("source", LigneParametre::source),
      Colonne.facultative("legifrance", l -> l.legifrance().map(x -> (Object) x))));

  /** La table du catalogue des références. */
  public static final Table<LigneReference> REFERENCES = Table.of(List.of(
      Colonne.of("citation", LigneReference::citation),
      Colonne.of("texte", LigneReference::texte),
      Colonne.of("article", LigneReference::article),
      Colonne.facultative("alinea", l -> l.alinea().map(x -> (Object) x)),
      Colonne.facultative("legiarti", l -> l.legiarti().map(x -> (Object) x)),
      Colonne.facultative("legifrance", l -> l.legifrance().map(x -> (Object) x)),
      Colonne.facultative("adresse", l -> l.adresse().map(x -> (Object) x)),
      Colonne.facultative("clause", l -> l.clause().map(x -> (Object) x))));

  /**
   * Les valeurs datées en texte français : pour chaque paramètre, son nom, son libellé, puis chaque
   * période avec sa valeur, sa provenance et sa source.
   *
   * @param lignes les lignes ({@link LigneParametre#lignes(Parametres)})
   * @return le texte, terminé par un saut de ligne
   */
  public static String texte(List<LigneParametre> lignes) {
    Objects.requireNonNull(lignes, "lignes");
    StringBuilder sb = new StringBuilder();
    String precedent = null;
    for (LigneParametre l : lignes) {
      if (!l.cle().equals(precedent)) {
        sb.append(precedent == null ? "" : "\n").append(l.cle()).append(" — ").append(l.libelle()).append('\n');
        precedent = l.cle();
      }
      sb.append("  ").append(periode(l)).append(" : ").append(l.valeur()).append(l.exacte().map(x -> " (" + x + ")").orElse(""))
          .append('\n').append("    ").append(l.provenance()).append(" ; ").append(l.source())
          .append(l.legifrance().map(x -> " ; " + x).orElse("")).append('\n');
    }
    return sb.toString();
  }

  private static String periode(LigneParametre l) {
    String debut = l.debut().equals(Parametres.DOMAINE_DEBUT) ? "depuis toujours" : "depuis le " + l.debut().format(JJ_MM_AAAA);
    return debut + l.fin().map(f -> ", jusqu'au " + f.minusDays(1).format(JJ_MM_AAAA) + " inclus").orElse("");
  }

  /**
   * Le catalogue des références en texte français, une par ligne.
   *
   * @param lignes les lignes ({@link LigneReference#lignes()})
   * @return le texte, terminé par un saut de ligne
   */
  public static String texteReferences(List<LigneReference> lignes) {
    Objects.requireNonNull(lignes, "lignes");
    StringBuilder sb = new StringBuilder();
    for (LigneReference l : lignes) {
      sb.append(l.clause().map(c -> "clause « " + c + " », art. " + l.article() + " du plan type").orElse(l.citation()))
          .append(l.legifrance().or(l::adresse).map(x -> " — " + x).orElse("")).append('\n');
    }
    return sb.toString();
  }
}
