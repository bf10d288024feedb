package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("La commande flux serveur : options, messages français, refus de démarrer")
class PrincipalTest {

  private record Sortie(int code, String out, String err) {}

  private static Sortie executer(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Principal.executer(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Sortie(code, out.toString(), err.toString());
  }

  @Test
  @DisplayName("--aide dit chaque option, en français")
  void aide() {
    Sortie s = executer("--aide");
    assertThat(s.code()).isZero();
    assertThat(s.out()).contains("--port", "--hote", "--dossier", "--jeton-fichier", "127.0.0.1");
  }

  @Test
  @DisplayName("une option inconnue ou une valeur invalide : code 2, message français")
  void utilisation() {
    Sortie inconnue = executer("--jeton", "secret-sur-la-ligne");
    assertThat(inconnue.code()).isEqualTo(2);
    assertThat(inconnue.err()).contains("option ou argument inconnu").doesNotContain("Unknown");
    Sortie port = executer("--port", "quatre");
    assertThat(port.code()).isEqualTo(2);
    assertThat(port.err()).contains("valeur invalide pour l'option --port");
    assertThat(executer("--port", "70000").code()).isEqualTo(2);
  }

  @Test
  @DisplayName("hors de la boucle locale sans jeton : refus de démarrer, code 1 ; fichier de jeton absent : code 2")
  void refus(@TempDir Path d) throws Exception {
    Sortie s = executer("--hote", "0.0.0.0", "--port", "0");
    // la variable FLUX_JETON n'est pas donnée aux tests
    assertThat(System.getenv(Jeton.VARIABLE)).isNull();
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("hors de la boucle locale", "sans jeton");
    Sortie absent = executer("--jeton-fichier", d.resolve("absent").toString(), "--port", "0");
    assertThat(absent.code()).isEqualTo(2);
    assertThat(absent.err()).contains("fichier introuvable");
    Path court = d.resolve("court");
    Files.writeString(court, "abc\n");
    Sortie c = executer("--jeton-fichier", court.toString(), "--port", "0");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("jeton trop court").doesNotContain("abc");
    Sortie dossier = executer("--dossier", d.resolve("nulle-part").toString(), "--port", "0");
    assertThat(dossier.code()).isEqualTo(2);
    assertThat(dossier.err()).contains("dossier introuvable");
  }
}
