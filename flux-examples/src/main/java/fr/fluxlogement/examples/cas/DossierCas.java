package fr.fluxlogement.examples.cas;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.format.Nombres;
import fr.fluxlogement.examples.lecture.LectureYaml;
import fr.fluxlogement.examples.lecture.TexteBorne;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
    Optional<Node> racine = LectureYaml.composer(texte, anomalies);
    if (!anomalies.isEmpty()) {
      return echec(anomalies);
    }
    if (racine.isEmpty()) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "", "dossier vide"));
      return echec(anomalies);
    }
    return CalculCas.calculer(new Noeud(racine.get(), "", anomalies), base);
  }

  private static ResultatCas echec(List<Anomalie> anomalies) {
    return new ResultatCas(Map.of("anomalies", anomalies.get(0).code().name()), List.copyOf(anomalies), List.of(), Map.of());
  }

  /**
   * Calcule un dossier lu dans un fichier UTF-8 d'au plus {@link TexteBorne#TAILLE_MAXIMALE_YAML}
   * octets ; un fichier trop gros, illisible ou qui n'est pas en UTF-8 rend une anomalie (avec la
   * ligne du premier octet invalide), jamais une exception.
   */
  public static ResultatCas calculer(Path fichier) {
    TexteBorne.Lu lu = TexteBorne.lire(fichier, TexteBorne.TAILLE_MAXIMALE_YAML);
    if (lu.texte().isEmpty()) {
      return echec(List.of(lu.anomalie().orElseThrow()));
    }
    Path dossier = fichier.toAbsolutePath().getParent();
    return calculer(lu.texte().get(), dossier == null ? Path.of("") : dossier);
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
        d.add(Noeud.court(e.getKey()) + " : attendu " + Noeud.cite(e.getValue()) + ", non calculé");
      } else if (!egaux(e.getValue(), obtenu)) {
        d.add(Noeud.court(e.getKey()) + " : attendu " + Noeud.cite(e.getValue()) + ", obtenu " + Noeud.cite(obtenu));
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
      return Nombres.fraction(attendu).equals(Nombres.fraction(obtenu));
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
