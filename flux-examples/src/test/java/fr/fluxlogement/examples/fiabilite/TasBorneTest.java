package fr.fluxlogement.examples.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * La mémoire bornée de {@code flux assiette} et {@code flux bilan} : la commande tourne dans une JVM
 * fille à {@code -Xmx256m} sur des fichiers de plusieurs centaines de Mio engendrés à la volée
 * ({@link JvmFille}). Hors de la suite par défaut (étiquette {@code tas}) ; tailles en Mio par
 * {@code flux.tas.mio} (RPLS) et {@code flux.tas.bilan.mio} (SNE), 400 par défaut ; dossier des
 * fichiers par {@code flux.tas.dossier} (un dossier temporaire par défaut), effacés à la fin :
 * {@code mvn -B verify -pl flux-examples -am -Dgroups=tas -Dflux.groupes.exclus=aucun
 * -Dtest=TasBorneTest -Dsurefire.failIfNoSpecifiedTests=false -Dflux.tas.mio=2048}.
 */
@Tag("tas")
@DisplayName("Tas borné : flux assiette et flux bilan à -Xmx256m sur des fichiers de centaines de Mio")
class TasBorneTest {

  @TempDir
  Path temporaire;

  private Path dossier() throws Exception {
    String d = System.getProperty("flux.tas.dossier");
    return d == null ? temporaire : Files.createDirectories(Path.of(d));
  }

  @Test
  @DisplayName("flux assiette (une commune) finit à -Xmx256m sur flux.tas.mio Mio de RPLS (400 par défaut)")
  void assiette() throws Exception {
    Path d = dossier();
    Path r = JvmFille.rpls(d, Long.getLong("flux.tas.mio", 400) << 20);
    try {
      JvmFille.Mesure m = JvmFille.flux("256m", d.resolve("assiette.out"), "assiette", "--rpls", r.toString(), "--annee", "2025",
          "--format", "csv");
      System.out.println("flux assiette, " + (Files.size(r) >> 20) + " Mio : " + m);
      m.erreurs().forEach(x -> System.out.println("  " + x));
      assertThat(m.code()).isZero();
    } finally {
      Files.deleteIfExists(r);
      Files.deleteIfExists(d.resolve("assiette.out"));
      Files.deleteIfExists(d.resolve("assiette.out.err"));
    }
  }

  @Test
  @DisplayName("flux bilan finit à -Xmx256m sur flux.tas.bilan.mio Mio de SNE (400 par défaut), une attribution par logement distinct ; "
      + "listes de l'art. 6 complètes")
  void bilan() throws Exception {
    Path d = dossier();
    Path s = JvmFille.sne(d, Long.getLong("flux.tas.bilan.mio", 400) << 20);
    Path out = d.resolve("bilan.out");
    try {
      long lignes;
      try (java.util.stream.Stream<String> l = Files.lines(s)) {
        lignes = l.count() - 1;
      }
      JvmFille.Mesure m = JvmFille.flux("256m", out, "bilan", "--attributions", s.toString(), "--annee", "2025", "--format", "csv");
      System.out.println("flux bilan, " + (Files.size(s) >> 20) + " Mio, " + lignes + " attributions : " + m + ", sortie "
          + (Files.size(out) >> 20) + " Mio");
      m.erreurs().forEach(x -> System.out.println("  " + x));
      assertThat(m.code()).isZero();
      assertThat(m.erreurs()).anyMatch(x -> x.contains("lues " + lignes + ", acceptées " + lignes + ", rejetées 0"));
      // la dernière ligne (l'ensemble) liste chaque logement : autant de virgules que d'attributions moins une
      JvmFille.Ligne derniere = JvmFille.derniereLigne(out);
      assertThat(derniere.debut()).startsWith("*;ensemble;0;" + lignes + ";" + lignes + ";");
      assertThat(derniere.virgules()).isEqualTo(lignes - 1);
      try (java.util.stream.Stream<Path> l = Files.list(d)) {
        assertThat(l.filter(p -> p.getFileName().toString().startsWith("flux-bilan-"))).isEmpty();
      }
    } finally {
      Files.deleteIfExists(s);
      Files.deleteIfExists(out);
      Files.deleteIfExists(d.resolve("bilan.out.err"));
    }
  }
}
