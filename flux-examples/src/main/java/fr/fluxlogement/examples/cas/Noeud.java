package fr.fluxlogement.examples.cas;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Un nœud d'un dossier de cas, avec son chemin et sa ligne : chaque lecture qui échoue ajoute une
 * anomalie (code, chemin, ligne, message français) à la liste commune et rend une valeur vide ;
 * rien ne lève d'exception.
 *
 * @param node le nœud YAML
 * @param chemin le chemin du nœud, par exemple {@code "flux.rotations.2024"}
 * @param anomalies la liste commune des anomalies du dossier
 */
record Noeud(Node node, String chemin, List<Anomalie> anomalies) {

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
      if (m.containsKey(cle)) {
        new Noeud(t.getKeyNode(), sous(cle), anomalies).erreur(CodeAnomalie.DOUBLON, "clé « " + cle + " » répétée");
      }
      m.put(cle, new Noeud(t.getValueNode(), sous(cle), anomalies));
    }
    return m;
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
      anomalies.add(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, sous(cle), "champ obligatoire manquant : « " + cle + " »").aLaLigne(ligne()));
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

  /** Le texte d'un scalaire. */
  Optional<String> texte() {
    if (node instanceof ScalarNode s) {
      return Optional.of(s.getValue());
    }
    erreur(CodeAnomalie.FORMAT_INVALIDE, "une valeur simple est attendue");
    return Optional.empty();
  }

  /** Un entier. */
  Optional<Long> entier() {
    return texte().flatMap(t -> {
      try {
        return Optional.of(Long.parseLong(t.strip().replace("_", "").replace(" ", "")));
      } catch (NumberFormatException e) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "nombre entier attendu : « " + t + " »");
        return Optional.empty();
      }
    });
  }

  /** Un nombre exact ({@code 12}, {@code 0,093}, {@code 3/10}, {@code 9,3 %}). */
  Optional<Fraction> nombre() {
    return texte().flatMap(t -> {
      try {
        return Optional.of(Fraction.parse(t));
      } catch (NumberFormatException | ArithmeticException e) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "nombre attendu : « " + t + " »");
        return Optional.empty();
      }
    });
  }

  /** Un taux entre 0 et 100 %. */
  Optional<Taux> taux() {
    return nombre().flatMap(f -> {
      if (f.signum() < 0 || f.compareTo(Fraction.UN) > 0) {
        erreur(CodeAnomalie.HORS_DOMAINE, "un taux est compris entre 0 et 100 % : « " + texte().orElse("") + " »");
        return Optional.empty();
      }
      return Optional.of(Taux.of(f));
    });
  }

  /** Une date ISO {@code aaaa-mm-jj}. */
  Optional<LocalDate> date() {
    return texte().flatMap(t -> {
      try {
        return Optional.of(LocalDate.parse(t.strip()));
      } catch (DateTimeParseException e) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "date aaaa-mm-jj attendue : « " + t + " »");
        return Optional.empty();
      }
    });
  }

  /** Un booléen ({@code oui}/{@code non}, {@code true}/{@code false}). */
  Optional<Boolean> booleen() {
    return texte().flatMap(t -> switch (t.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "oui", "true", "vrai" -> Optional.of(Boolean.TRUE);
      case "non", "false", "faux" -> Optional.of(Boolean.FALSE);
      default -> {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "oui ou non attendu : « " + t + " »");
        yield Optional.empty();
      }
    });
  }

  /** Une valeur d'énumération par son nom. */
  <E extends Enum<E>> Optional<E> enumeration(Class<E> type) {
    return texte().flatMap(t -> {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(t.strip())) {
          return Optional.of(e);
        }
      }
      List<String> noms = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        noms.add(e.name());
      }
      erreur(CodeAnomalie.CODE_INCONNU, "valeur inconnue « " + t + " » (attendu : " + String.join(", ", noms) + ")");
      return Optional.empty();
    });
  }

  /** Une valeur d'énumération donnée comme clé de table (le nœud courant est la valeur). */
  <E extends Enum<E>> Optional<E> enumerationDeCle(String cle, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(cle.strip())) {
        return Optional.of(e);
      }
    }
    erreur(CodeAnomalie.CODE_INCONNU, "clé inconnue « " + cle + " »");
    return Optional.empty();
  }

  /** Aplatit l'arbre en clés pointées → texte (listes indexées {@code [i]}). */
  void aplatir(String prefixe, Map<String, String> sortie) {
    if (node instanceof MappingNode) {
      table().forEach((k, v) -> v.aplatir(prefixe.isEmpty() ? k : prefixe + "." + k, sortie));
    } else if (node instanceof SequenceNode) {
      List<Noeud> l = liste();
      for (int i = 0; i < l.size(); i++) {
        l.get(i).aplatir(prefixe + "[" + i + "]", sortie);
      }
    } else if (node instanceof ScalarNode s) {
      sortie.put(prefixe, s.getValue());
    }
  }
}
