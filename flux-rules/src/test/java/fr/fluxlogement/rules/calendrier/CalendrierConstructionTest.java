package fr.fluxlogement.rules.calendrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.territoire.Commune;
import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Un calendrier construit dans chaque test (et non partagé) : l'année 2025 en métropole comptée à
 * la main. 2025 commence un mercredi : 365 jours, 52 dimanches, 52 samedis, 261 jours du lundi au
 * vendredi. Ses 11 fériés (L.3133-1 code du travail) : 1er janvier (mer.), lundi de Pâques 21 avril,
 * 1er mai (jeu.), 8 mai (jeu.), Ascension 29 mai (jeu.), lundi de Pentecôte 9 juin, 14 juillet
 * (lun.), 15 août (ven.), 1er novembre (sam.), 11 novembre (mar.), 25 décembre (jeu.) ; dix tombent
 * du lundi au vendredi. Jours ouvrés : 261 − 10 = 251 ; jours ouvrables : 365 − 52 − 11 = 302.
 */
@DisplayName("Calendrier construit à la demande (L.3133-1 code du travail ; art. 642 CPC)")
class CalendrierConstructionTest {

  @Test
  @DisplayName("2025 en métropole : 11 fériés, 251 jours ouvrés, 302 jours ouvrables")
  void annee2025() {
    Calendrier cal = Calendrier.of(ZoneCalendaire.METROPOLE, true, 2025, 2025);
    int feries = 0;
    int ouvres = 0;
    int ouvrables = 0;
    for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() == 2025; d = d.plusDays(1)) {
      feries += cal.isFerie(d) ? 1 : 0;
      ouvres += cal.isOuvre(d) ? 1 : 0;
      ouvrables += cal.isOuvrable(d) ? 1 : 0;
    }
    assertThat(feries).isEqualTo(11);
    assertThat(ouvres).isEqualTo(251);
    assertThat(ouvrables).isEqualTo(302);
    assertThat(cal.joursOuvresEntre(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(251);
    assertThat(cal.joursOuvresEntre(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1))).isEqualTo(-251);
    // 30 avril + 2 jours ouvrables : le 1er mai est férié ; vendredi 2, samedi 3
    assertThat(cal.plusJoursOuvrables(LocalDate.of(2025, 4, 30), 2)).isEqualTo(LocalDate.of(2025, 5, 3));
    // 30 avril + 2 jours ouvrés : vendredi 2, lundi 5
    assertThat(cal.plusJoursOuvres(LocalDate.of(2025, 4, 30), 2)).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(cal.plusJoursOuvres(LocalDate.of(2025, 12, 30), 1)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(cal.plusJoursOuvres(LocalDate.of(2025, 12, 30), 0)).isEqualTo(LocalDate.of(2025, 12, 30));
    assertThatThrownBy(() -> cal.plusJoursOuvres(LocalDate.of(2025, 12, 31), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cal.isOuvre(LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("plages d'années : de 1583 (premier Pâques grégorien) à 9999 ; une plage vide ou hors de ces bornes est refusée")
  void plages() {
    assertThat(Calendrier.of(ZoneCalendaire.METROPOLE, true, 1583, 1583).isFerie(LocalDate.of(1583, 4, 11))).isTrue();
    assertThat(Calendrier.of(ZoneCalendaire.METROPOLE, true, 9999, 9999).isFerie(LocalDate.of(9999, 12, 25))).isTrue();
    assertThatThrownBy(() -> Calendrier.of(ZoneCalendaire.METROPOLE, true, 1582, 1583)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Calendrier.of(ZoneCalendaire.METROPOLE, true, 2025, 2024)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Calendrier.of(ZoneCalendaire.METROPOLE, true, 9999, 10000)).isInstanceOf(IllegalArgumentException.class);
    Calendrier defaut = Calendrier.of(ZoneCalendaire.REUNION);
    assertThat(defaut.zone()).isEqualTo(ZoneCalendaire.REUNION);
    assertThat(defaut.couvre(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(defaut.couvre(LocalDate.of(2100, 12, 31))).isTrue();
    assertThat(defaut.couvre(LocalDate.of(2101, 1, 1))).isFalse();
    assertThat(defaut.isFerie(LocalDate.of(2025, 12, 20))).isTrue();
  }

  @Test
  @DisplayName("L.3134-13 code du travail : le Vendredi saint alsacien-mosellan est un paramètre ; chaque zone a son calendrier")
  void calendriers() {
    LocalDate vendrediSaint = LocalDate.of(2025, 4, 18);
    assertThat(Calendriers.tous().de(ZoneCalendaire.ALSACE_MOSELLE).isFerie(vendrediSaint)).isTrue();
    assertThat(Calendriers.tous(false).de(ZoneCalendaire.ALSACE_MOSELLE).isFerie(vendrediSaint)).isFalse();
    assertThat(Calendriers.tous().de(Commune.of("67482")).zone()).isEqualTo(ZoneCalendaire.ALSACE_MOSELLE);
    Calendriers seul = Calendriers.of(Calendrier.of(ZoneCalendaire.MAYOTTE, true, 2025, 2025));
    assertThat(seul.de(ZoneCalendaire.MAYOTTE).isFerie(LocalDate.of(2025, 4, 27))).isTrue();
    assertThatThrownBy(() -> seul.de(ZoneCalendaire.METROPOLE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("la liste des fériés d'une année est rangée par date, abolition de l'esclavage comprise (Mayotte, 27 avril ; La Réunion, 20 décembre)")
  void listeRangee() {
    assertThat(JoursFeries.de(2025, ZoneCalendaire.MAYOTTE, true)).extracting(JourFerie::date).isSortedAccordingTo(Comparator.naturalOrder())
        .hasSize(12).contains(LocalDate.of(2025, 4, 27));
    assertThat(JoursFeries.de(2025, ZoneCalendaire.REUNION, true)).extracting(JourFerie::date).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @ParameterizedTest(name = "Pâques {0} : {1}")
  @CsvSource({"1954,1954-04-18", "1981,1981-04-19", "2049,2049-04-18", "2076,2076-04-19"})
  @DisplayName("Pâques, exceptions de la méthode de Gauss : le 18 avril au lieu du 25, le 19 au lieu du 26")
  void exceptionsDeGauss(int annee, LocalDate paques) {
    assertThat(Paques.dimanche(annee)).isEqualTo(paques);
  }
}
