package fr.fluxlogement.examples.lecture;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * La composition bornée d'un document YAML : alias de collections limités, imbrication limitée,
 * taille développée (alias compris) bornée avant tout parcours, messages de l'analyseur traduits en
 * français avec la ligne et la colonne.
 */
public final class LectureYaml {

  private LectureYaml() {}

  /** Le nombre maximal de nœuds du document développé (chaque alias compte pour ce qu'il désigne). */
  public static final long NOEUDS_MAXIMAUX = 1_000_000;

  /** Le nombre maximal de caractères des scalaires du document développé. */
  public static final long CARACTERES_MAXIMAUX = 20_000_000;

  /** Le nombre maximal d'alias vers une collection. */
  public static final int ALIAS_MAXIMAUX = 10;

  /** La profondeur maximale d'imbrication. */
  public static final int PROFONDEUR_MAXIMALE = 50;

  /**
   * Compose le document ; en cas d'échec, ajoute l'anomalie à {@code anomalies} et rend vide. Un
   * document vide rend vide sans anomalie.
   */
  public static Optional<Node> composer(String texte, List<Anomalie> anomalies) {
    return composer(texte, anomalies, NOEUDS_MAXIMAUX, CARACTERES_MAXIMAUX);
  }

  /** Comme {@link #composer(String, List)}, avec des limites données (pour les essais). */
  static Optional<Node> composer(String texte, List<Anomalie> anomalies, long noeuds, long caracteres) {
    Node racine;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(ALIAS_MAXIMAUX);
      options.setNestingDepthLimit(PROFONDEUR_MAXIMALE);
      options.setCodePointLimit((int) TexteBorne.TAILLE_MAXIMALE_YAML);
      racine = new Yaml(options).compose(new StringReader(texte));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String ou = m == null ? "" : " (ligne " + (m.getLine() + 1) + ", colonne " + (m.getColumn() + 1) + ")";
      Anomalie a = Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "YAML invalide" + ou + " : " + traduire(e.getProblem()));
      anomalies.add(m == null ? a : a.aLaLigne(m.getLine() + 1));
      return Optional.empty();
    } catch (YAMLException | StackOverflowError e) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "YAML invalide : " + traduire(e.getMessage())));
      return Optional.empty();
    }
    if (racine == null) {
      return Optional.empty();
    }
    String depasse = depassement(racine, noeuds, caracteres);
    if (depasse != null) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.DEBORDEMENT, "", "document YAML trop grand une fois ses alias développés : " + depasse)
          .aLaLigne(1));
      return Optional.empty();
    }
    return Optional.of(racine);
  }

  /** La limite dépassée par le document développé, ou {@code null} (parcours arrêté dès le dépassement, cycles compris). */
  static String depassement(Node racine, long noeuds, long caracteres) {
    Deque<Node> pile = new ArrayDeque<>();
    pile.push(racine);
    long n = 0;
    long c = 0;
    while (!pile.isEmpty()) {
      Node x = pile.pop();
      if (++n > noeuds) {
        return "plus de " + noeuds + " nœuds";
      }
      if (x instanceof ScalarNode s) {
        c += s.getValue().length();
        if (c > caracteres) {
          return "plus de " + caracteres + " caractères";
        }
      } else if (x instanceof SequenceNode q) {
        for (Node y : q.getValue()) {
          pile.push(y);
        }
      } else if (x instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          pile.push(t.getKeyNode());
          pile.push(t.getValueNode());
        }
      }
    }
    return null;
  }

  /** Le message de l'analyseur en français (les cas courants ; sinon un message générique). */
  static String traduire(String probleme) {
    String p = probleme == null ? "" : probleme.toLowerCase(Locale.ROOT);
    if (p.contains("mapping values are not allowed")) {
      return "« : » inattendu (une valeur contenant « : » se met entre guillemets)";
    }
    if (p.contains("could not find expected ':'")) {
      return "« : » attendu après une clé";
    }
    if (p.contains("found undefined alias")) {
      return "alias non défini";
    }
    if (p.contains("number of aliases")) {
      return "plus de " + ALIAS_MAXIMAUX + " alias de collections";
    }
    if (p.contains("nesting depth")) {
      return "imbrication de plus de " + PROFONDEUR_MAXIMALE + " niveaux";
    }
    if (p.contains("exceeds the limit") || p.contains("code point")) {
      return "document de plus de " + (TexteBorne.TAILLE_MAXIMALE_YAML >> 20) + " Mio";
    }
    if (p.contains("found character '\\t'") || p.contains("tab")) {
      return "tabulation interdite dans l'indentation (utilisez des espaces)";
    }
    if (p.contains("expected <block end>") || p.contains("bad indentation")) {
      return "indentation incohérente";
    }
    if (p.contains("found unexpected end of stream") || p.contains("unexpected end")) {
      return "fin de fichier inattendue (guillemet ou crochet non fermé ?)";
    }
    if (p.contains("found unknown escape") || p.contains("escape")) {
      return "séquence d'échappement inconnue dans une chaîne entre guillemets";
    }
    if (p.contains("special characters are not allowed") || p.contains("unacceptable code point")) {
      return "caractère interdit dans un document YAML";
    }
    if (p.contains("duplicate anchor") || p.contains("anchor")) {
      return "ancre invalide";
    }
    if (p.contains("expected alphabetic or numeric character")) {
      return "nom d'ancre ou d'alias invalide";
    }
    if (p.contains("while scanning") || p.contains("expected")) {
      return "syntaxe inattendue";
    }
    return "syntaxe invalide";
  }
}
