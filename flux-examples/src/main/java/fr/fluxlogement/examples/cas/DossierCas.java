package fr.fluxlogement.examples.cas;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.quantite.Fraction;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Les dossiers de cas ({@code docs/cas.md}) : un fichier YAML (ou JSON) {@code version: 1} qui
 * donne des entrées et, facultativement, les figures attendues. Un dossier mal formé rend toutes
 * ses anomalies, avec chemin et ligne, jamais une trace de pile.
 */
public final class DossierCas {

  private DossierCas() {}

  /** Calcule un dossier donné comme texte ; les chemins qu'il cite partent du répertoire courant. */
  public static ResultatCas calculer(String texte) {
    return calculer(texte, Path.of(""));
  }

  /**
   * Calcule un dossier donné comme texte.
   *
   * @param texte le dossier
   * @param base le répertoire d'où partent les chemins qu'il cite (section {@code exercice})
   * @return les figures et les anomalies
   */
  public static ResultatCas calculer(String texte, Path base) {
    List<Anomalie> anomalies = new ArrayList<>();
    Node racine;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      options.setMaxAliasesForCollections(10);
      options.setCodePointLimit(10 * 1024 * 1024);
      racine = new Yaml(options).compose(new StringReader(texte));
    } catch (MarkedYAMLException e) {
      long ligne = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      anomalies.add(Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "YAML invalide : " + e.getProblem()).aLaLigne(ligne));
      return new ResultatCas(Map.of("anomalies", "FORMAT_INVALIDE"), anomalies, List.of(), Map.of());
    } catch (YAMLException e) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "YAML invalide : " + e.getMessage()));
      return new ResultatCas(Map.of("anomalies", "FORMAT_INVALIDE"), anomalies, List.of(), Map.of());
    }
    if (racine == null) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "", "dossier vide"));
      return new ResultatCas(Map.of("anomalies", "CHAMP_MANQUANT"), anomalies, List.of(), Map.of());
    }
    return CalculCas.calculer(new Noeud(racine, "", anomalies), base);
  }

  /** Calcule un dossier lu dans un fichier (UTF-8). */
  public static ResultatCas calculer(Path fichier) throws IOException {
    Path dossier = fichier.toAbsolutePath().getParent();
    return calculer(Files.readString(fichier, StandardCharsets.UTF_8), dossier == null ? Path.of("") : dossier);
  }

  /**
   * Les différences entre les figures attendues et calculées : vide si le dossier passe. Les
   * nombres se comparent en valeur exacte ({@code 0,25} = {@code 1/4} = {@code 25 %}), le reste en
   * texte.
   */
  public static List<String> differences(ResultatCas r) {
    List<String> d = new ArrayList<>();
    if (r.attendu().isEmpty()) {
      d.add("aucune figure attendue : le dossier ne vérifie rien");
    }
    for (Map.Entry<String, String> e : r.attendu().entrySet()) {
      String obtenu = r.figures().get(e.getKey());
      if (obtenu == null) {
        d.add(e.getKey() + " : attendu « " + e.getValue() + " », non calculé");
      } else if (!egaux(e.getValue(), obtenu)) {
        d.add(e.getKey() + " : attendu « " + e.getValue() + " », obtenu « " + obtenu + " »");
      }
    }
    if (!r.attendu().containsKey("anomalies") && r.figures().containsKey("anomalies")) {
      for (Anomalie a : r.anomalies()) {
        d.add("anomalie inattendue : " + a.toTexte());
      }
    }
    return d;
  }

  private static boolean egaux(String attendu, String obtenu) {
    if (attendu.strip().equals(obtenu.strip())) {
      return true;
    }
    try {
      return Fraction.parse(attendu).equals(Fraction.parse(obtenu));
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  /** Les fichiers de cas d'un chemin : le fichier lui-même, ou les .yaml/.yml/.json d'un dossier, triés. */
  public static List<Path> fichiers(Path chemin) throws IOException {
    if (!Files.isDirectory(chemin)) {
      return List.of(chemin);
    }
    try (Stream<Path> s = Files.walk(chemin)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml") || p.toString().endsWith(".json"))
          .sorted().toList();
    }
  }
}
