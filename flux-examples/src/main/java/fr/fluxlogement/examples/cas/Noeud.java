package fr.fluxlogement.examples.cas;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
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
 * @param suivi ce que la lecture a consulté (commun à tout le dossier) : les clés demandées de chaque
 *     table, pour signaler les champs inconnus, et les tables dont les clés répétées sont déjà
 *     signalées
 */
record Noeud(Node node, String chemin, List<Anomalie> anomalies, Suivi suivi) {

  /** Un nœud racine, avec un suivi neuf. */
  Noeud(Node node, String chemin, List<Anomalie> anomalies) {
    this(node, chemin, anomalies, new Suivi());
  }

  /** Le nombre de caractères d'une valeur citée dans un message. */
  static final int CITATION_MAXIMALE = 40;

  /** Une valeur citée dans un message, coupée au-delà de {@link #CITATION_MAXIMALE} caractères. */
  static String cite(String t) {
    return "« " + court(t) + " »";
  }

  /** Un texte coupé au-delà de {@link #CITATION_MAXIMALE} caractères. */
  static String court(String t) {
    return t.length() <= CITATION_MAXIMALE ? t : t.substring(0, CITATION_MAXIMALE) + "… (" + t.length() + " caractères)";
  }

  /**
   * Ce que la lecture d'un dossier a consulté : pour chaque table lue champ par champ, les clés
   * demandées ; les tables lues en entier ; les tables dont les clés répétées sont signalées (une
   * seule fois chacune).
   */
  static final class Suivi {
    private final Map<Node, java.util.Set<String>> demandees = new java.util.IdentityHashMap<>();
    private final java.util.Set<Node> entieres = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<Node> doublonsSignales = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<Node, Map<String, NodeTuple>> entrees = new java.util.IdentityHashMap<>();
    private final Map<Node, String> chemins = new java.util.IdentityHashMap<>();
  }

  /**
   * Signale chaque champ inconnu : une clé d'une table lue champ par champ que la lecture n'a jamais
   * demandée, avec le nom connu le plus proche. Appelé une fois, après toute la lecture.
   */
  void signalerChampsInconnus() {
    List<Map.Entry<Node, java.util.Set<String>>> tables = new ArrayList<>(suivi.demandees.entrySet());
    tables.sort(java.util.Comparator.comparingInt(e -> e.getKey().getStartMark() == null ? 0 : e.getKey().getStartMark().getIndex()));
    for (Map.Entry<Node, java.util.Set<String>> e : tables) {
      if (suivi.entieres.contains(e.getKey()) || !(e.getKey() instanceof MappingNode mn)) {
        continue;
      }
      java.util.Set<String> vues = new java.util.HashSet<>();
      for (NodeTuple t : mn.getValue()) {
        String cle = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        if (e.getValue().contains(cle) || !vues.add(cle)) {
          continue;
        }
        String proche = plusProche(cle, e.getValue());
        Noeud k = new Noeud(t.getKeyNode(), cheminDe(e.getKey(), cle), anomalies, suivi);
        k.erreur(CodeAnomalie.CODE_INCONNU, "champ non lu " + cite(cle) + " (inconnu, ou sans effet ici)"
            + (proche == null || proche.equals(cle) ? "" : " ; voulez-vous dire « " + proche + " » ?"));
      }
    }
  }

  private String cheminDe(Node table, String cle) {
    String c = suivi.chemins.getOrDefault(table, "");
    return c.isEmpty() ? cle : c + "." + cle;
  }

  /** Le nom connu le plus proche (distance d'édition d'au plus le tiers du nom, au moins 2), ou {@code null}. */
  static String plusProche(String cle, java.util.Collection<String> connues) {
    String meilleur = null;
    int d = Integer.MAX_VALUE;
    for (String c : new java.util.TreeSet<>(connues)) {
      int x = distance(cle.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (x < d) {
        d = x;
        meilleur = c;
      }
    }
    return meilleur != null && d <= Math.max(2, Math.max(cle.length(), meilleur.length()) / 3) ? meilleur : null;
  }

  /** La distance d'édition (insertion, suppression, substitution, transposition de deux lettres voisines). */
  static int distance(String a, String b) {
    if (a.length() > 100 || b.length() > 100) {
      return Integer.MAX_VALUE;
    }
    int[][] m = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      m[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      m[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cout = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        m[i][j] = Math.min(Math.min(m[i - 1][j] + 1, m[i][j - 1] + 1), m[i - 1][j - 1] + cout);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          m[i][j] = Math.min(m[i][j], m[i - 2][j - 2] + 1);
        }
      }
    }
    return m[a.length()][b.length()];
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

  /** Les entrées d'une table, dans l'ordre du fichier ; vide (et une anomalie) si ce n'est pas une table. La table est lue en entier. */
  Map<String, Noeud> table() {
    Map<String, Noeud> m = new LinkedHashMap<>();
    if (!(node instanceof MappingNode)) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, "une table (clé : valeur) est attendue");
      return m;
    }
    suivi.entieres.add(node);
    entrees().forEach((cle, t) -> m.put(cle, new Noeud(t.getValueNode(), sous(cle), anomalies, suivi)));
    return m;
  }

  /** Les entrées d'une table (la dernière de chaque clé répétée), calculées une fois ; chaque clé répétée signalée une fois. */
  private Map<String, NodeTuple> entrees() {
    Map<String, NodeTuple> deja = suivi.entrees.get(node);
    if (deja != null) {
      return deja;
    }
    Map<String, NodeTuple> m = new LinkedHashMap<>();
    boolean signaler = suivi.doublonsSignales.add(node);
    suivi.chemins.putIfAbsent(node, chemin);
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      String cle = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (m.containsKey(cle) && signaler) {
        new Noeud(t.getKeyNode(), sous(cle), anomalies, suivi).erreur(CodeAnomalie.DOUBLON, "clé " + cite(cle) + " répétée");
      }
      m.put(cle, t);
    }
    suivi.entrees.put(node, m);
    return m;
  }

  /** Un champ facultatif d'une table. */
  Optional<Noeud> champ(String cle) {
    if (!(node instanceof MappingNode)) {
      return Optional.empty();
    }
    suivi.demandees.computeIfAbsent(node, k -> new java.util.HashSet<>()).add(cle);
    NodeTuple t = entrees().get(cle);
    return t == null ? Optional.empty() : Optional.of(new Noeud(t.getValueNode(), sous(cle), anomalies, suivi));
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
      l.add(new Noeud(sn.getValue().get(i), chemin + "[" + i + "]", anomalies, suivi));
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

  /** Un entier (64 bits). */
  Optional<Long> entier() {
    return texte().flatMap(t -> {
      String x = t.strip().replace("_", "").replace(" ", "");
      if (x.length() > 20) {
        erreur(CodeAnomalie.DEBORDEMENT, "nombre entier de plus de 20 caractères : " + cite(t));
        return Optional.empty();
      }
      try {
        return Optional.of(Long.parseLong(x));
      } catch (NumberFormatException e) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "nombre entier attendu : " + cite(t));
        return Optional.empty();
      }
    });
  }

  /** Un entier entre deux bornes comprises ; hors d'elles, une anomalie (jamais de troncature à 32 bits). */
  Optional<Integer> entier(long min, long max) {
    return entier().flatMap(v -> {
      if (v < min || v > max) {
        erreur(CodeAnomalie.HORS_DOMAINE, "entier hors de " + min + " à " + max + " : " + v);
        return Optional.empty();
      }
      return Optional.of((int) (long) v);
    });
  }

  /** Une année, de 1900 à 2100. */
  Optional<Integer> annee() {
    return entier(fr.fluxlogement.core.format.Dates.ANNEE_MIN, fr.fluxlogement.core.format.Dates.ANNEE_MAX);
  }

  /** Un nombre exact ({@code 12}, {@code 0,093}, {@code 3/10}, {@code 9,3 %}), dans les limites de {@code Nombres}. */
  Optional<Fraction> nombre() {
    return texte().flatMap(t -> {
      String depasse = fr.fluxlogement.core.format.Nombres.depassement(t);
      if (depasse != null) {
        erreur(CodeAnomalie.DEBORDEMENT, depasse + " : " + cite(t));
        return Optional.empty();
      }
      try {
        return Optional.of(Fraction.of(t));
      } catch (NumberFormatException | ArithmeticException e) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "nombre attendu : " + cite(t));
        return Optional.empty();
      }
    });
  }

  /** Un taux entre 0 et 100 %. */
  Optional<Taux> taux() {
    return nombre().flatMap(f -> {
      if (f.signum() < 0 || f.compareTo(Fraction.UN) > 0) {
        erreur(CodeAnomalie.HORS_DOMAINE, "un taux est compris entre 0 et 100 % : " + cite(texte().orElse("")));
        return Optional.empty();
      }
      return Optional.of(Taux.of(f));
    });
  }

  /** Une date ISO {@code aaaa-mm-jj}, existante, de 1900 à 2100. */
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
    return texte().flatMap(t -> switch (t.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "oui", "true", "vrai" -> Optional.of(Boolean.TRUE);
      case "non", "false", "faux" -> Optional.of(Boolean.FALSE);
      default -> {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "oui ou non attendu : " + cite(t) + "");
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
      erreur(CodeAnomalie.CODE_INCONNU, "valeur inconnue " + cite(t) + " (attendu : " + String.join(", ", noms) + ")");
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
    erreur(CodeAnomalie.CODE_INCONNU, "clé inconnue " + cite(cle));
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
