package fr.fluxlogement.core.droit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.territoire.Commune;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Droit de réservation (art. 3, R.441-5) : situé par sa commune, en vigueur de son début à sa fin incluse")
class DroitReservationTest {

  @Test
  @DisplayName("7 logements apportés le 1er janvier 2010 à Ornex jusqu'au 31 décembre 2030 : en vigueur le 31/12/2030, plus le 01/01/2031")
  void situeEtDate() {
    DroitReservation d = DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.APPORT_FINANCIER, 7, LocalDate.of(2010, 1, 1))
        .withCommune(Commune.of("01281")).withFin(LocalDate.of(2030, 12, 31));
    assertThat(d.commune()).contains(Commune.of("01281"));
    assertThat(d.programme()).isEmpty();
    assertThat(d.quantite()).isEqualTo(7);
    assertThat(d.isEnVigueur(LocalDate.of(2009, 12, 31))).isFalse();
    assertThat(d.isEnVigueur(LocalDate.of(2010, 1, 1))).isTrue();
    assertThat(d.isEnVigueur(LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(d.isEnVigueur(LocalDate.of(2031, 1, 1))).isFalse();
  }
}
