package fr.fluxlogement.examples.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Les exécutions alternées de {@link BoutEnBout} : chaque concurrent dans son propre processus
 * ({@code /usr/bin/time -v java -cp benchmarks.jar …}), paire par paire, l'ordre inversé d'une paire
 * à l'autre ; pour chaque exécution, le temps écoulé, le temps CPU (utilisateur + système) et le pic
 * de mémoire résidente ; les résultats des deux concurrents comparés à chaque paire.
 */
final class Comparaison {

  private Comparaison() {}

  /** Une exécution mesurée. */
  record Mesure(double mur, double cpu, long rssKo, String resultat, String phases, String charge) {}

  static void comparer(Path dossier, int paires, List<String> travaux) throws Exception {
    String jar = new File(BoutEnBout.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    String java = ProcessHandle.current().info().command().orElse("java");
    String xmx = System.getProperty("bout.xmx", "-Xmx4g");
    System.out.println("machine : " + Runtime.getRuntime().availableProcessors() + " cœurs, java " + System.getProperty("java.version")
        + ", JVM des processus : " + xmx + ", charge " + charge());
    for (String travail : travaux) {
      Path fichier = travail.equals("assiette") ? dossier.resolve("rpls.csv") : dossier.resolve("sne.csv");
      BoutEnBout.chauffer(fichier);
      String argument = travail.equals("assiette") ? fichier.toString() : dossier.toString();
      List<Mesure> fl = new ArrayList<>();
      List<Mesure> dk = new ArrayList<>();
      System.out.printf(Locale.ROOT, "%n== %s (%s, %d octets) ==%n", travail, fichier, Files.size(fichier));
      System.out.println("paire | ordre | flux mur (s) | flux CPU (s) | flux RSS (Mio) | DuckDB mur (s) | DuckDB CPU (s) | DuckDB RSS (Mio) "
          + "| flux ÷ DuckDB (mur) | charge");
      for (int i = 0; i < paires; i++) {
        Mesure f;
        Mesure d;
        String c = charge();
        if (i % 2 == 0) {
          f = executer(java, xmx, jar, "flux-" + travail, argument);
          d = executer(java, xmx, jar, "duckdb-" + travail, argument);
        } else {
          d = executer(java, xmx, jar, "duckdb-" + travail, argument);
          f = executer(java, xmx, jar, "flux-" + travail, argument);
        }
        fl.add(f);
        dk.add(d);
        System.out.printf(Locale.ROOT, "%d | %s | %.2f | %.2f | %d | %.2f | %.2f | %d | %.2f | %s%n", i + 1, i % 2 == 0 ? "flux, DuckDB"
            : "DuckDB, flux", f.mur, f.cpu, f.rssKo / 1024, d.mur, d.cpu, d.rssKo / 1024, f.mur / d.mur, c);
        System.out.println("    flux   : " + f.phases);
        System.out.println("    DuckDB : " + d.phases);
        if (!f.resultat.equals(d.resultat)) {
          System.out.println("    RÉSULTATS DIFFÉRENTS :\n      flux   " + f.resultat + "\n      DuckDB " + d.resultat);
        } else {
          System.out.println("    résultats égaux : " + f.resultat);
        }
      }
      double[] ratios = new double[paires];
      for (int i = 0; i < paires; i++) {
        ratios[i] = fl.get(i).mur / dk.get(i).mur;
      }
      System.out.printf(Locale.ROOT, "médianes : flux %.2f s mur, %.2f s CPU, %d Mio ; DuckDB %.2f s mur, %.2f s CPU, %d Mio ; "
          + "flux ÷ DuckDB : %.2f (médiane des paires), %.2f (rapport des médianes)%n", mediane(fl, Mesure::mur), mediane(fl, Mesure::cpu),
          (long) mediane(fl, m -> m.rssKo) / 1024, mediane(dk, Mesure::mur), mediane(dk, Mesure::cpu), (long) mediane(dk, m -> m.rssKo) / 1024,
          mediane(ratios), mediane(fl, Mesure::mur) / mediane(dk, Mesure::mur));
    }
  }

  private static double mediane(List<Mesure> l, java.util.function.ToDoubleFunction<Mesure> f) {
    return mediane(l.stream().mapToDouble(f).toArray());
  }

  private static double mediane(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** La charge de la machine ({@code /proc/loadavg}, trois moyennes). */
  static String charge() {
    try {
      String[] c = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return c[0] + " " + c[1] + " " + c[2];
    } catch (IOException e) {
      return "inconnue";
    }
  }

  private static final Pattern UTILISATEUR = Pattern.compile("User time \\(seconds\\): ([0-9.]+)");
  private static final Pattern SYSTEME = Pattern.compile("System time \\(seconds\\): ([0-9.]+)");
  private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): ([0-9]+)");

  static Mesure executer(String java, String xmx, String jar, String mode, String argument) throws Exception {
    String charge = charge();
    Path sortie = Files.createTempFile("bout-en-bout", ".txt");
    Path erreurs = Files.createTempFile("bout-en-bout", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder("/usr/bin/time", "-v", java, xmx, "-cp", jar, BoutEnBout.class.getName(), mode, argument);
      pb.redirectOutput(sortie.toFile()).redirectError(erreurs.toFile());
      long t0 = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      double mur = (System.nanoTime() - t0) / 1e9;
      String out = Files.readString(sortie, StandardCharsets.UTF_8);
      String err = Files.readString(erreurs, StandardCharsets.UTF_8);
      if (code != 0) {
        throw new IllegalStateException(mode + " a échoué (" + code + ") :\n" + out + err);
      }
      String resultat = "";
      String phases = "";
      for (String l : out.split("\n")) {
        if (l.startsWith("RESULTAT ")) {
          resultat = l.substring(9);
        } else if (l.startsWith("PHASES ")) {
          phases = l.substring(7);
        }
      }
      double cpu = nombre(UTILISATEUR, err) + nombre(SYSTEME, err);
      return new Mesure(mur, cpu, (long) nombre(RSS, err), resultat, phases, charge);
    } finally {
      Files.deleteIfExists(sortie);
      Files.deleteIfExists(erreurs);
    }
  }

  private static double nombre(Pattern p, String texte) {
    Matcher m = p.matcher(texte);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }
}
