package fr.fluxlogement.examples.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * La garde de la mémoire de {@code flux bilan} dans la suite par défaut, en réduit : 40 Mio
 * d'attributions du SNE (740 000, chacune sur un logement distinct) à {@code -Xmx64m} dans une JVM
 * fille. Les listes de l'art. 6 gardées en mémoire (une soixantaine d'octets par logement listé)
 * n'y tiennent pas ; triées hors mémoire, si. Le délai est une garde contre l'attente, non une
 * mesure de performance. La mesure en grand (400 Mio et 2 Gio à {@code -Xmx256m}) est
 * {@link TasBorneTest}.
 */
@DisplayName("Tas borné en réduit : flux bilan sur 40 Mio du SNE à -Xmx64m (R.441-5-1, listes de l'art. 6 complètes)")
class TasBilanTest {

  @Test
  @DisplayName("740 000 attributions sur autant de logements : code 0, rien de perdu, chaque logement listé, fichiers temporaires effacés")
  void bilanA64Mio(@TempDir Path d) throws Exception {
    Path s = JvmFille.sne(d, 40L << 20);
    long lignes;
    try (java.util.stream.Stream<String> l = Files.lines(s)) {
      lignes = l.count() - 1;
    }
    Path out = d.resolve("bilan.out");
    JvmFille.Mesure m = assertTimeoutPreemptively(Duration.ofSeconds(180),
        () -> JvmFille.flux("64m", out, "bilan", "--attributions", s.toString(), "--annee", "2025", "--format", "csv"));
    assertThat(m.code()).as(m.erreurs().toString()).isZero();
    assertThat(m.erreurs()).anyMatch(x -> x.endsWith(" : lues " + lignes + ", acceptées " + lignes + ", rejetées 0"));
    JvmFille.Ligne ensemble = JvmFille.derniereLigne(out);
    assertThat(ensemble.debut()).startsWith("*;ensemble;0;" + lignes + ";" + lignes + ";");
    assertThat(ensemble.virgules()).isEqualTo(lignes - 1);
    try (java.util.stream.Stream<Path> l = Files.list(d)) {
      assertThat(l.filter(p -> p.getFileName().toString().startsWith("flux-bilan-"))).isEmpty();
    }
  }
}
