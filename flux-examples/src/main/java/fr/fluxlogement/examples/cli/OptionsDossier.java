package fr.fluxlogement.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Les options communes aux commandes qui lisent un dossier d'exercice et écrivent dans un dossier de sortie. */
final class OptionsDossier {

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "le dossier qui contient dossier.yaml")
  Path dossier;

  @Option(names = "--sortie", paramLabel = "DIR", description = "le dossier des sorties (défaut : DOSSIER/sortie)")
  Path sortie;

  /**
   * Le dossier de sortie, s'il est utilisable ; sinon le message d'erreur d'utilisation est écrit.
   *
   * @param err la sortie d'erreur
   * @return le dossier de sortie, vide si {@code --sortie} existe et n'est pas un dossier
   */
  Optional<Path> sortie(PrintWriter err) {
    Path dir = sortie != null ? sortie : dossier.resolve("sortie");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println("flux : --sortie " + dir + " existe et n'est pas un dossier");
      return Optional.empty();
    }
    return Optional.of(dir);
  }
}
