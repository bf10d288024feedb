package fr.fluxlogement.examples.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.examples.cli.Flux;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("flux exercice DOSSIER : les deux dossiers livrés, calculés et écrits en entier")
class CommandeExerciceTest {

  static final Path DOSSIERS = DossierOrnexTest.DOSSIERS;

  /** Les sorties d'une exécution en mémoire. */
  record Sorties(String out, String err, int code) {}

  static Sorties executer(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Flux.executer(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Sorties(out.toString(), err.toString(), code);
  }

  static String lire(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  static List<Path> fichiers(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  @DisplayName("CCH R.441-5 : ornex-2025 écrit, pour chacune des quatre conventions, l'annexe (texte, JSON) et les figures expliquées ; "
      + "code 0")
  void ornex(@TempDir Path sortie) throws Exception {
    Sorties s = executer("exercice", DOSSIERS.resolve("ornex-2025").toString(), "--sortie", sortie.toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.err()).contains("rpls.csv : lues 184, acceptées 184, rejetées 0", "droits.csv : lues 2, acceptées 2, rejetées 0",
        "convention COMMUNE-01281@01281 calculée : assiette 142, taux 17,61 %, flux 11, objectif 2", "4 convention(s) calculée(s)");
    for (String cle : List.of("COMMUNE-01281@01281", "ETAT@01", "ACTION-LOGEMENT@01", "DEPARTEMENT-01@01")) {
      Path d = sortie.resolve("conventions").resolve(cle);
      assertThat(d.resolve("annexe.txt")).isRegularFile();
      assertThat(d.resolve("annexe.json")).isRegularFile();
      assertThat(d.resolve("figures.json")).isRegularFile();
    }
    assertThat(lire(sortie.resolve("conventions/COMMUNE-01281@01281/annexe.txt")))
        .contains("142 logements concernés par la gestion en flux", "25 logements réservés par la commune d'Ornex, soit 17,61 %",
            "soit 2 logement(s)", "chiffres illustratifs");
    for (String partie : List.of("COMMUNE-01281", "ETAT-PRIORITAIRES", "ETAT-AGENTS", "ACTION-LOGEMENT", "DEPARTEMENT-01")) {
      assertThat(sortie.resolve("bilans/" + partie + ".csv")).isRegularFile();
      assertThat(sortie.resolve("bilans/" + partie + ".json")).isRegularFile();
    }
    assertThat(lire(sortie.resolve("anomalies.txt"))).contains("Erreurs : 0", "rpls.csv : lues 184, acceptées 184, rejetées 0");
    assertThat(lire(sortie.resolve("synthese.txt"))).contains("COMMUNE-01281@01281", "assiette 142, taux 17,61 %, flux 11, objectif 2");
  }

  @Test
  @DisplayName("convention art. 2, 3, 4.1 et 6 : figures.json porte chaque figure en nombre JSON ou en fraction exacte « n/d », "
      + "avec son arbre d'explication citant la convention")
  void figuresJson(@TempDir Path sortie) throws Exception {
    assertThat(executer("exercice", DOSSIERS.resolve("ornex-2025").toString(), "--sortie", sortie.toString()).code()).isZero();
    JsonNode f = new ObjectMapper().readTree(sortie.resolve("conventions/COMMUNE-01281@01281/figures.json").toFile());
    assertThat(f.get("assiette").get("valeur").isIntegralNumber()).isTrue();
    assertThat(f.get("assiette").get("valeur").asLong()).isEqualTo(142);
    assertThat(f.get("assiette").get("parc").asLong()).isEqualTo(184);
    assertThat(f.get("taux").get("reservataire").get("valeur").asText()).isEqualTo("25/142");
    assertThat(f.get("taux").get("reservataire").get("reserves").asLong()).isEqualTo(25);
    assertThat(f.get("flux").get("valeur").isIntegralNumber()).isTrue();
    assertThat(f.get("flux").get("valeur").asLong()).isEqualTo(11);
    assertThat(f.get("flux").get("exact").asText()).matches("\\d+(/\\d+)?");
    assertThat(f.get("objectifs").get("objectif").asLong()).isEqualTo(2);
    JsonNode ref = f.get("assiette").get("explication").get("references").get(0);
    assertThat(ref.get("texte").asText()).isEqualTo("Convention de gestion en flux – commune d'Ornex et Alliade Habitat");
    assertThat(ref.get("article").asText()).isEqualTo("2");
    assertThat(f.get("flux").get("explication").get("enfants").isArray()).isTrue();
    JsonNode annexe = new ObjectMapper().readTree(sortie.resolve("conventions/COMMUNE-01281@01281/annexe.json").toFile());
    assertThat(annexe.get("parc_concerne").asLong()).isEqualTo(142);
    assertThat(annexe.get("logements_dus").asLong()).isEqualTo(2);
  }

  @Test
  @DisplayName("CCH R.441-5-1 : ain-illustratif-2025 écrit ses six conventions, les bilans, les orientations et la synthèse ; code 0")
  void ain(@TempDir Path sortie) throws Exception {
    Sorties s = executer("exercice", DOSSIERS.resolve("ain-illustratif-2025").toString(), "--sortie", sortie.toString());
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.err()).contains("rpls.csv : lues 300, acceptées 300, rejetées 0", "attributions.csv : lues 48, acceptées 48, rejetées 0",
        "liberations.csv : lues 48, acceptées 48, rejetées 0", "6 convention(s) calculée(s)");
    List<String> cles = List.of("ETAT@01", "ACTION-LOGEMENT@01", "DEPARTEMENT-01@01", "EPCI-200071751@200071751", "COMMUNE-01053@01053",
        "COMMUNE-01283@01283");
    for (String cle : cles) {
      assertThat(sortie.resolve("conventions/" + cle + "/annexe.txt")).isRegularFile();
      assertThat(sortie.resolve("conventions/" + cle + "/figures.json")).isRegularFile();
    }
    List<Map<String, String>> synthese = Csv.lire(lire(sortie.resolve("synthese.csv")));
    assertThat(synthese).extracting(m -> m.get("cle")).containsExactlyInAnyOrderElementsOf(cles);
    assertThat(synthese).allSatisfy(m -> assertThat(m.get("titre")).contains("illustratif"));
    assertThat(synthese).allSatisfy(m -> assertThat(m.keySet()).containsExactly("cle", "titre", "territoire", "assiette", "taux", "flux",
        "objectif"));
    assertThat(sortie.resolve("orientations.csv")).isRegularFile();
    assertThat(Csv.lire(lire(sortie.resolve("controles.csv")))).isNotEmpty()
        .anySatisfy(m -> assertThat(m).containsEntry("partie", "ensemble"));
    Map<String, String> commune = Csv.lire(lire(sortie.resolve("bilans/COMMUNE-01053.csv"))).get(0);
    assertThat(commune).containsEntry("partie", "COMMUNE-01053").containsKey("baux_signes").containsKey("objectif");
    assertThat(lire(sortie.resolve("bilan.txt"))).contains("Libérations de l'année : 48");
    JsonNode bourg = new ObjectMapper().readTree(sortie.resolve("conventions/COMMUNE-01053@01053/figures.json").toFile());
    assertThat(bourg.get("flux").get("explication").get("references"))
        .as("la convention de Bourg-en-Bresse traite le flux à son art. 4")
        .anyMatch(r -> r.get("texte").asText().contains("Bourg-en-Bresse") && r.get("article").asText().equals("4"));
  }

  @Test
  @DisplayName("les sorties du dossier illustratif de l'Ain ne contiennent nulle part le mot « Ornex »")
  void ainSansOrnex(@TempDir Path sortie) throws Exception {
    assertThat(executer("exercice", DOSSIERS.resolve("ain-illustratif-2025").toString(), "--sortie", sortie.toString()).code()).isZero();
    List<Path> l = fichiers(sortie);
    assertThat(l).hasSizeGreaterThan(30);
    for (Path p : l) {
      assertThat(lire(p).toLowerCase(java.util.Locale.ROOT)).as(p.toString()).doesNotContain("ornex");
    }
    for (Path p : fichiers(DOSSIERS.resolve("ain-illustratif-2025"))) {
      assertThat(lire(p).toLowerCase(java.util.Locale.ROOT)).as(p.toString()).doesNotContain("ornex");
    }
  }

  @Test
  @DisplayName("sans --sortie, les sorties vont dans DOSSIER/sortie")
  void sortieParDefaut(@TempDir Path tmp) throws Exception {
    Path copie = Copie.copier(DOSSIERS.resolve("ornex-2025"), tmp.resolve("ornex"));
    assertThat(executer("exercice", copie.toString()).code()).isZero();
    assertThat(copie.resolve("sortie/synthese.csv")).isRegularFile();
  }

  @Test
  @DisplayName("erreurs d'utilisation : dossier absent, dossier sans dossier.yaml, option inconnue → code 2")
  void utilisation(@TempDir Path tmp) {
    Sorties absent = executer("exercice", tmp.resolve("absent").toString());
    assertThat(absent.code()).isEqualTo(2);
    assertThat(absent.err()).contains("dossier introuvable");
    Sorties vide = executer("exercice", tmp.toString());
    assertThat(vide.code()).isEqualTo(2);
    assertThat(vide.err()).contains("dossier.yaml introuvable");
    Sorties option = executer("exercice", DOSSIERS.resolve("ornex-2025").toString(), "--inconnue");
    assertThat(option.code()).isEqualTo(2);
    assertThat(executer("exercice").code()).isEqualTo(2);
  }
}
