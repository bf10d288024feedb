package fr.fluxlogement.examples.coeur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * flux-core ne dépend que du JDK : le jar seul, sur le chemin de classes comme sur le chemin de
 * modules, suffit à construire des valeurs et à calculer ; jdeps n'y voit que java.base et les
 * annotations d'Immutables (rétention CLASS, absentes à l'exécution).
 */
@DisplayName("flux-core tourne seul, avec le JDK")
class CoeurSeulTest {

  private static final Path JAR = Path.of(System.getProperty("flux.core.jar", "../flux-core/target/flux-core-0.1.0-SNAPSHOT.jar"));
  private static final Path SONDE = Path.of("src/test/resources/sonde/Sonde.java");
  private static final String ATTENDU = "0000000001 01 {A=189, B=441} 123/10";

  private static String executer(List<String> commande) throws Exception {
    Process p = new ProcessBuilder(commande).redirectErrorStream(true).start();
    String sortie = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor()).as(sortie).isZero();
    return sortie;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  @DisplayName("sur le chemin de classes, le jar de flux-core seul construit des valeurs et calcule")
  void cheminDeClasses() throws Exception {
    assertThat(Files.exists(JAR)).as("jar de flux-core construit avant flux-examples : " + JAR).isTrue();
    assertThat(executer(List.of(java(), "-cp", JAR.toString(), SONDE.toString()))).isEqualTo(ATTENDU);
  }

  @Test
  @DisplayName("sur le chemin de modules, le module fr.fluxlogement.core seul suffit")
  void cheminDeModules() throws Exception {
    assertThat(executer(List.of(java(), "--module-path", JAR.toString(), "--add-modules", "fr.fluxlogement.core", SONDE.toString())))
        .isEqualTo(ATTENDU);
  }

  @Test
  @DisplayName("jdeps : seuls java.base et les annotations d'Immutables (introuvables, sans effet à l'exécution)")
  void jdeps() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "-verbose:class", JAR.toString());
    assertThat(code).isZero();
    List<String> cibles = new ArrayList<>();
    for (String ligne : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (ligne.startsWith("   ") && ligne.contains("->")) {
        String cible = ligne.substring(ligne.indexOf("->") + 2).trim().split("\\s+")[0];
        if (!cible.startsWith("java.") && !cible.startsWith("fr.fluxlogement.core")) {
          cibles.add(cible);
        }
      }
    }
    assertThat(cibles).isNotEmpty().allMatch(c -> c.startsWith("org.immutables.value."));
  }
}
