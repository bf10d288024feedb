package fr.fluxlogement.examples.dossier;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Un nœud du manifeste d'un dossier d'exercice, avec son chemin et sa ligne (même manière que les
 * dossiers de cas) : chaque lecture qui échoue ajoute une anomalie à la liste commune et rend une
 * valeur vide ; rien ne lève d'exception.
 *
 * @param node le nœud YAML
 * @param chemin le chemin du nœud, par exemple {@code "conventions[2].territoire"}
 * @param anomalies la liste commune des anomalies du manifeste
 */
record Noeud(Node node, String chemin, List<Anomalie> anomalies) {

  /** Une valeur citée dans un message, coupée au-delà de 40 caractères. */
  static String cite(String t) {
    String s = t.length() <= 40 ? t : t.substring(0, 40) + "… (" + t.length() + " caractères)";
    return "« " + s + " »";
  }

  int ligne() {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  void erreur(CodeAnomalie code, String message) {
    anomalies.add(Anomalie.erreur(code, chemin, message).aLaLigne(ligne()));
  }

  private String sous(String cle) {
    return chemin.isEmpty() ? cle : chemin + "." + cle;
  }

  /** Les entrées d'une table, dans l'ordre du fichier ; vide (et une anomalie) si ce n'est pas une table. */
  Map<String, Noeud> table() {
    Map<String, Noeud> m = new LinkedHashMap<>();
    if (!(node instanceof MappingNode mn)) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, "une table (clé : valeur) est attendue");
      return m;
    }
    for (NodeTuple t : mn.getValue()) {
      String cle = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (!m.containsKey(cle)) {
        m.put(cle, new Noeud(t.getValueNode(), sous(cle), anomalies));
      }
    }
    return m;
  }

  /**
   * Vérifie les clés d'une table : une clé répétée ou hors de {@code connues} est une anomalie (une
   * faute de frappe ne doit pas passer pour un champ absent).
   */
  void verifierCles(Set<String> connues) {
    if (!(node instanceof MappingNode mn)) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, "une table (clé : valeur) est attendue");
      return;
    }
    List<String> vues = new ArrayList<>();
    for (NodeTuple t : mn.getValue()) {
      String cle = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      Noeud n = new Noeud(t.getKeyNode(), sous(cle), anomalies);
      if (vues.contains(cle)) {
        n.erreur(CodeAnomalie.DOUBLON, "clé « " + cle + " » répétée");
      } else if (!connues.contains(cle)) {
        n.erreur(CodeAnomalie.CODE_INCONNU, "champ inconnu « " + cle + " » (attendu : " + String.join(", ", connues) + ")");
      }
      vues.add(cle);
    }
  }

  /** Vérifie qu'aucune clé d'une table n'est répétée (la première valeur est gardée). */
  void verifierDoublons() {
    if (!(node instanceof MappingNode mn)) {
      return;
    }
    List<String> vues = new ArrayList<>();
    for (NodeTuple t : mn.getValue()) {
      String cle = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (vues.contains(cle)) {
        new Noeud(t.getKeyNode(), sous(cle), anomalies).erreur(CodeAnomalie.DOUBLON, "clé « " + cle + " » répétée");
      }
      vues.add(cle);
    }
  }

  /** Un champ facultatif d'une table. */
  Optional<Noeud> champ(String cle) {
    if (!(node instanceof MappingNode)) {
      return Optional.empty();
    }
    return Optional.ofNullable(table().get(cle));
  }

  /** Un champ obligatoire d'une table ; vide et une anomalie s'il manque. */
  Optional<Noeud> exiger(String cle) {
    Optional<Noeud> n = champ(cle);
    if (n.isEmpty()) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, sous(cle), "champ obligatoire manquant : « " + cle + " »")
          .aLaLigne(ligne()));
    }
    return n;
  }

  /** Les éléments d'une liste ; vide (et une anomalie) si ce n'est pas une liste. */
  List<Noeud> liste() {
    List<Noeud> l = new ArrayList<>();
    if (!(node instanceof SequenceNode sn)) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, "une liste est attendue");
      return l;
    }
    for (int i = 0; i < sn.getValue().size(); i++) {
      l.add(new Noeud(sn.getValue().get(i), chemin + "[" + i + "]", anomalies));
    }
    return l;
  }

  /** Le texte d'un scalaire, sans blancs autour ; vide (et une anomalie) s'il est vide. */
  Optional<String> texte() {
    if (node instanceof ScalarNode s) {
      if (s.getValue().isBlank()) {
        erreur(CodeAnomalie.CHAMP_MANQUANT, "valeur vide");
        return Optional.empty();
      }
      return Optional.of(s.getValue().strip());
    }
    erreur(CodeAnomalie.FORMAT_INVALIDE, "une valeur simple est attendue");
    return Optional.empty();
  }

  /** Un entier. */
  Optional<Long> entier() {
    return texte().flatMap(t -> {
      if (t.length() > 24) {
        erreur(CodeAnomalie.DEBORDEMENT, "nombre entier de plus de 24 caractères");
        return Optional.empty();
      }
      try {
        return Optional.of(Long.parseLong(t.replace("_", "").replace(" ", "")));
      } catch (NumberFormatException e) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "nombre entier attendu : " + cite(t) + "");
        return Optional.empty();
      }
    });
  }

  /** Un taux entre 0 et 100 % ({@code 25 %}, {@code 0,25}, {@code 1/4}). */
  Optional<Taux> taux() {
    return texte().flatMap(t -> {
      Fraction f;
      try {
        f = fr.fluxlogement.core.format.Nombres.fraction(t);
      } catch (NumberFormatException | ArithmeticException e) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "nombre attendu : " + cite(t) + "");
        return Optional.empty();
      }
      if (f.signum() < 0 || f.compareTo(Fraction.UN) > 0) {
        erreur(CodeAnomalie.HORS_DOMAINE, "un taux est compris entre 0 et 100 % : " + cite(t) + "");
        return Optional.empty();
      }
      return Optional.of(Taux.of(f));
    });
  }

  /** Une date ISO {@code aaaa-mm-jj}. */
  Optional<LocalDate> date() {
    return texte().flatMap(t -> {
      fr.fluxlogement.core.format.Dates.Lue d = fr.fluxlogement.core.format.Dates.iso(t);
      if (!d.isLue()) {
        erreur(d.code(), d.raison() + " : " + cite(t));
      }
      return d.date();
    });
  }

  /** Un booléen ({@code oui}/{@code non}, {@code true}/{@code false}). */
  Optional<Boolean> booleen() {
    return texte().flatMap(t -> switch (t.toLowerCase(Locale.ROOT)) {
      case "oui", "true", "vrai" -> Optional.of(Boolean.TRUE);
      case "non", "false", "faux" -> Optional.of(Boolean.FALSE);
      default -> {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "oui ou non attendu : " + cite(t) + "");
        yield Optional.empty();
      }
    });
  }

  /** Une valeur d'énumération par son nom, sans égard à la casse. */
  <E extends Enum<E>> Optional<E> enumeration(Class<E> type) {
    return texte().flatMap(t -> {
      List<String> noms = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(t)) {
          return Optional.of(e);
        }
        noms.add(e.name().toLowerCase(Locale.ROOT));
      }
      erreur(CodeAnomalie.CODE_INCONNU, "valeur inconnue " + cite(t) + " (attendu : " + String.join(", ", noms) + ")");
      return Optional.empty();
    });
  }
}
