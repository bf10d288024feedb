package fr.fluxlogement.examples.fiabilite;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Les fichiers RPLS et SNE de grande taille engendrés à la volée, et l'exécution de {@code flux} dans
 * une JVM fille à tas borné dont on relève le code de sortie, la durée et le pic de mémoire
 * résidente (lu dans {@code /proc}).
 */
final class JvmFille {

  private JvmFille() {}

  /** Le résultat d'une exécution. */
  record Mesure(int code, long picMio, long millisecondes, List<String> erreurs) {
    @Override
    public String toString() {
      return "code " + code + ", pic de mémoire résidente " + picMio + " Mio, " + millisecondes / 1000.0 + " s";
    }
  }

  /** Un fichier RPLS d'au moins {@code octets} octets : une commune, un logement par ligne. */
  static Path rpls(Path d, long octets) throws IOException {
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

  /**
   * Un fichier SNE d'au moins {@code octets} octets : une attribution de 2025 par ligne, chacune sur
   * un logement distinct (identifiant RPLS {@code Ln} décrit par la ligne), contingents 0 à 5 en
   * rotation : le cas le plus lourd pour les listes de l'art. 6, qui ont chacune autant d'entrées que
   * d'attributions.
   *
   * @return le fichier
   */
  static Path sne(Path d, long octets) throws IOException {
    Path p = d.resolve("sne.csv");
    try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      w.write("DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN\n");
      long n = 0;
      for (long i = 0; n < octets; i++) {
        String l = "2025-03-01;2025-04-01;2;L" + i + ";2;" + (i % 6) + ";" + (9000 + i % 5000) + ";1,5;01053;3;13\n";
        w.write(l);
        n += l.length();
      }
    }
    return p;
  }

  /**
   * Exécute {@code flux} dans une JVM fille au tas donné, sa sortie dans {@code journal} et ses
   * erreurs à côté, ses fichiers temporaires dans le dossier du journal.
   */
  static Mesure flux(String tas, Path journal, String... args) throws Exception {
    List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + tas,
        "-Djava.io.tmpdir=" + journal.toAbsolutePath().getParent(), "-cp", System.getProperty("java.class.path"),
        "fr.fluxlogement.examples.cli.Flux"));
    c.addAll(List.of(args));
    Path erreurs = journal.resolveSibling(journal.getFileName() + ".err");
    long debut = System.nanoTime();
    Process p = new ProcessBuilder(c).redirectOutput(journal.toFile()).redirectError(erreurs.toFile()).start();
    long pic = 0;
    while (p.isAlive()) {
      pic = Math.max(pic, rss(p.pid()));
      Thread.sleep(100);
    }
    long duree = (System.nanoTime() - debut) / 1_000_000;
    List<String> e;
    try (java.util.stream.Stream<String> l = Files.lines(erreurs)) {
      e = l.limit(20).toList();
    }
    return new Mesure(p.exitValue(), pic >> 10, duree, e);
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

  /** La dernière ligne non vide d'un fichier : ses 200 premiers caractères et son nombre de virgules, lus sans la garder entière. */
  record Ligne(String debut, long virgules) {}

  static Ligne derniereLigne(Path fichier) throws IOException {
    StringBuilder debut = new StringBuilder();
    StringBuilder precedent = new StringBuilder();
    long virgules = 0;
    long virgulesPrecedentes = 0;
    try (java.io.Reader r = new java.io.BufferedReader(Files.newBufferedReader(fichier, StandardCharsets.UTF_8), 1 << 16)) {
      int c;
      while ((c = r.read()) >= 0) {
        if (c == '\n') {
          if (debut.length() > 0) {
            precedent = debut;
            virgulesPrecedentes = virgules;
          }
          debut = new StringBuilder();
          virgules = 0;
        } else if (c != '\r') {
          if (debut.length() < 200) {
            debut.append((char) c);
          }
          if (c == ',') {
            virgules++;
          }
        }
      }
    }
    return debut.length() > 0 ? new Ligne(debut.toString(), virgules) : new Ligne(precedent.toString(), virgulesPrecedentes);
  }
}
