package fr.fluxlogement.examples.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copie d'un dossier livré dans un dossier temporaire, pour l'abîmer sans toucher l'original. */
final class Copie {

  private Copie() {}

  static Path copier(Path source, Path cible) throws IOException {
    Files.createDirectories(cible);
    List<Path> l;
    try (Stream<Path> s = Files.list(source)) {
      l = s.filter(Files::isRegularFile).toList();
    }
    for (Path p : l) {
      Files.copy(p, cible.resolve(p.getFileName()));
    }
    return cible;
  }
}
