package fr.fluxlogement.examples.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * La mémoire bornée de {@code flux assiette} et {@code flux bilan} : la commande tourne dans une JVM
 * fille à {@code -Xmx256m} sur des fichiers de plusieurs centaines de Mio engendrés à la volée. Hors
 * de la suite par défaut (étiquette {@code tas}) : {@code mvn -B verify -pl flux-examples -am
 * -Dgroups=tas -Dflux.groupes.exclus=aucun -Dtest=TasBorneTest -Dflux.tas.mio=2048}.
 */
@Tag("tas")
@DisplayName("Tas borné : flux assiette et flux bilan à -Xmx256m sur des fichiers de centaines de Mio")
class TasBorneTest {

  private static long mio() {
    return Long.getLong("flux.tas.mio", 400);
  }

  private static Path rpls(Path d, long octets) throws IOException {
    Path p = d.resolve("rpls.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("IDENT_REP;DEPCOM;EPCI;NBPIECE;FINAN;MODE;QPV;LOCAT\n");
      long n = 0;
      for (long i = 0; n < octets; i++) {
        String l = "L" + i + ";01053;200071751;" + (1 + i % 6) + ";13;1;0;2000\n";
        w.write(l);
        n += l.length();
      }
    }
    return p;
  }

  private static Path sne(Path d, long octets) throws IOException {
    Path p = d.resolve("sne.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN\n");
      long n = 0;
      for (long i = 0; n < octets; i++) {
        String l = "2025-03-01;2025-04-01;2;;2;" + (i % 5) + ";" + (9000 + i % 5000) + ";1,5;01053;3;13\n";
        w.write(l);
        n += l.length();
      }
    }
    return p;
  }

  /** Exécute {@code flux} dans une JVM fille à 256 Mio de tas ; rend le code de sortie et imprime le pic de mémoire résidente. */
  private static int executer(Path journal, String... args) throws Exception {
    List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), "fr.fluxlogement.examples.cli.Flux"));
    c.addAll(List.of(args));
    Path erreurs = journal.resolveSibling(journal.getFileName() + ".err");
    Process p = new ProcessBuilder(c).redirectOutput(journal.toFile()).redirectError(erreurs.toFile()).start();
    long pic = 0;
    while (p.isAlive()) {
      pic = Math.max(pic, rss(p.pid()));
      Thread.sleep(200);
    }
    System.out.println("flux " + args[0] + " : code " + p.exitValue() + ", pic de mémoire résidente " + (pic >> 10) + " Mio");
    try (java.util.stream.Stream<String> l = Files.lines(erreurs)) {
      l.limit(20).forEach(x -> System.out.println("  " + x));
    }
    return p.exitValue();
  }

  private static long rss(long pid) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (l.startsWith("VmRSS:")) {
          return Long.parseLong(l.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // processus terminé
    }
    return 0;
  }

  /**
   * La taille du fichier du SNE : le bilan de l'art. 6 doit lister chaque logement attribué et
   * proposé, si bien que sa mémoire croît avec le nombre d'attributions (une soixantaine d'octets par
   * logement listé) ; 30 Mio font 540 000 attributions, plus d'une année nationale.
   */
  private static long mioBilan() {
    return Long.getLong("flux.tas.bilan.mio", 30);
  }

  @Test
  @DisplayName("flux assiette (une commune) finit à -Xmx256m sur flux.tas.mio Mio (400 par défaut), flux bilan sur flux.tas.bilan.mio (30)")
  void tasBorne(@TempDir Path d) throws Exception {
    Path r = rpls(d, mio() << 20);
    assertThat(executer(d.resolve("assiette.out"), "assiette", "--rpls", r.toString(), "--annee", "2025", "--format", "csv")).isZero();
    Files.delete(r);
    Path s = sne(d, mioBilan() << 20);
    assertThat(executer(d.resolve("bilan.out"), "bilan", "--attributions", s.toString(), "--annee", "2025", "--format", "csv")).isZero();
  }
}
