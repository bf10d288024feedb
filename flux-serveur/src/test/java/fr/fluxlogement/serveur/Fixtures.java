package fr.fluxlogement.serveur;

import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rendu.json.ExerciceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Les données des tests : l'exercice d'Ornex, les dossiers de cas et d'exercice livrés. */
final class Fixtures {

  private Fixtures() {}

  /** La racine du dépôt. */
  static Path racine() {
    return Path.of(System.getProperty("flux.racine", "..")).toAbsolutePath().normalize();
  }

  /** Le dossier des dossiers de cas livrés. */
  static Path cas() {
    return racine().resolve("flux-examples/cas");
  }

  /** Un dossier d'exercice livré. */
  static Path dossier(String nom) {
    return racine().resolve("flux-examples/dossiers").resolve(nom);
  }

  /** La description {@code flux-exercice} de l'exemple d'Ornex. */
  static String ornex() {
    return ExerciceJson.ecrire(DonneesOrnex.exercice());
  }

  static String lire(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Une configuration de test : boucle locale, port libre, journal muet, délais courts. */
  static Configuration configuration() {
    return Configuration.of().withPort(0).withJournal(l -> {}).withDelais(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(2));
  }
}
