package fr.fluxlogement.examples.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.examples.cli.Flux;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exécute la commande {@code flux} en mémoire et vérifie qu'aucune trace de pile ni message anglais n'en sort. */
final class Executer {

  private Executer() {}

  /** Les sorties d'une exécution. */
  record Sorties(String out, String err, int code) {
    String tout() {
      return out + err;
    }
  }

  static Sorties flux(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Flux.executer(new PrintWriter(out, true), new PrintWriter(err, true), args);
    Sorties s = new Sorties(out.toString(), err.toString(), code);
    sansTrace(s.tout());
    return s;
  }

  /** Aucune trace de pile, aucun nom d'exception Java, aucun message anglais courant de la JVM. */
  static void sansTrace(String texte) {
    assertThat(texte).doesNotContain("\tat ", "Exception:", "Error:", "java.lang.", "Input length", "Invalid value", "Caused by");
  }

  static Path ecrire(Path dir, String nom, String texte) {
    return ecrire(dir, nom, texte.getBytes(StandardCharsets.UTF_8));
  }

  static Path ecrire(Path dir, String nom, byte[] octets) {
    try {
      Path p = dir.resolve(nom);
      Files.write(p, octets);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
