package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rules.convention.CycleConvention;
import fr.fluxlogement.rules.convention.StatutConvention;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Article 7 — Durée et actualisation de la convention")
class Article7DureeTest {

  private final CycleConvention cycle = ExempleOrnex.calculer().cycle();

  @Test
  @DisplayName("conclue pour 3 ans à compter du 10 juin 2025 : jusqu'au 9 juin 2028")
  void troisAns() {
    assertThat(cycle.finPeriodeInitiale()).isEqualTo(LocalDate.of(2028, 6, 9));
    assertThat(cycle.statut(LocalDate.of(2027, 1, 1))).isEqualTo(StatutConvention.PERIODE_INITIALE);
  }

  @Test
  @DisplayName("puis reconduite tacitement d'un an, dans la limite de 2 ans : échue après le 9 juin 2030")
  void reconduction() {
    assertThat(cycle.statut(LocalDate.of(2029, 1, 1))).isEqualTo(StatutConvention.RECONDUITE);
    assertThat(cycle.finMaximale()).isEqualTo(LocalDate.of(2030, 6, 9));
    assertThat(cycle.statut(LocalDate.of(2030, 6, 10))).isEqualTo(StatutConvention.ECHUE);
  }
}
