package fr.fluxlogement.examples.cli;

import fr.fluxlogement.examples.dossier.LecteurDossier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Une série de dossiers d'exercice (un par bailleur et par département, par exemple tous ceux de
 * France) : chaque sous-dossier qui contient un {@code dossier.yaml} est calculé comme par
 * {@code flux exercice}, en parallèle, ses sorties dans {@code SORTIE/<sous-dossier>/}, puis une
 * synthèse de la série ({@code SORTIE/serie.csv}) : le code de sortie de chacun et son résumé.
 */
final class ExercicesEnSerie {

  private ExercicesEnSerie() {}

  /** Les sous-dossiers d'exercice d'un dossier, triés ; vide s'il n'en a pas. */
  static List<Path> sousDossiers(Path racine) throws IOException {
    try (Stream<Path> s = Files.list(racine)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(LecteurDossier.MANIFESTE))).sorted().toList();
    }
  }

  /**
   * Calcule chaque exercice de la série.
   *
   * @param serie les sous-dossiers
   * @param sortie le dossier des sorties
   * @param err la progression
   * @return 0 si tous sont sans anomalie, 1 sinon
   * @throws IOException si la synthèse ne peut être écrite
   */
  static int executer(List<Path> serie, Path sortie, PrintWriter err) throws IOException {
    Files.createDirectories(sortie);
    String[] lignes = new String[serie.size()];
    int[] codes = new int[serie.size()];
    AtomicInteger faits = new AtomicInteger();
    int pas = Math.max(1, serie.size() / 20);
    long debut = System.nanoTime();
    java.util.stream.IntStream.range(0, serie.size()).parallel().forEach(i -> {
      Path d = serie.get(i);
      StringWriter resume = new StringWriter();
      try (PrintWriter w = new PrintWriter(resume)) {
        codes[i] = CommandeExercice.executer(d, sortie.resolve(d.getFileName().toString()), w, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lignes[i] = d.getFileName() + ";" + codes[i] + ";" + resume.toString().strip().replace('\n', ' ').replace(';', ',');
      int n = faits.incrementAndGet();
      if (n % pas == 0 || n == serie.size()) {
        synchronized (err) {
          err.printf("flux : %d / %d dossiers calculés (%.0f s)%n", n, serie.size(), (System.nanoTime() - debut) / 1e9);
          err.flush();
        }
      }
    });
    List<String> csv = new ArrayList<>();
    csv.add("dossier;code;resume");
    csv.addAll(List.of(lignes));
    Files.write(sortie.resolve("serie.csv"), csv, StandardCharsets.UTF_8);
    long enAnomalie = java.util.Arrays.stream(codes).filter(c -> c != 0).count();
    err.println("flux : " + serie.size() + " dossiers, " + enAnomalie + " en anomalie ; synthèse dans " + sortie.resolve("serie.csv"));
    err.flush();
    return enAnomalie == 0 ? 0 : 1;
  }
}
