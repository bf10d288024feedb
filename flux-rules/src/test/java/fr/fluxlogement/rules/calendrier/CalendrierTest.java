package fr.fluxlogement.rules.calendrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Calendrier des jours fériés et ouvrés (Code du travail L.3133-1, L.3134-13)")
class CalendrierTest {

  private static final Calendrier METROPOLE = Calendrier.of(ZoneCalendaire.METROPOLE);
  private static final Calendrier ALSACE = Calendrier.of(ZoneCalendaire.ALSACE_MOSELLE);

  @ParameterizedTest(name = "Pâques {0} : {1} ; Vendredi saint {2}, lundi de Pâques {3}, Ascension {4}, Pentecôte {5}")
  @CsvSource({
    "2018,2018-04-01,2018-03-30,2018-04-02,2018-05-10,2018-05-21",
    "2019,2019-04-21,2019-04-19,2019-04-22,2019-05-30,2019-06-10",
    "2020,2020-04-12,2020-04-10,2020-04-13,2020-05-21,2020-06-01",
    "2021,2021-04-04,2021-04-02,2021-04-05,2021-05-13,2021-05-24",
    "2022,2022-04-17,2022-04-15,2022-04-18,2022-05-26,2022-06-06",
    "2023,2023-04-09,2023-04-07,2023-04-10,2023-05-18,2023-05-29",
    "2024,2024-03-31,2024-03-29,2024-04-01,2024-05-09,2024-05-20",
    "2025,2025-04-20,2025-04-18,2025-04-21,2025-05-29,2025-06-09",
    "2026,2026-04-05,2026-04-03,2026-04-06,2026-05-14,2026-05-25",
    "2027,2027-03-28,2027-03-26,2027-03-29,2027-05-06,2027-05-17",
    "2028,2028-04-16,2028-04-14,2028-04-17,2028-05-25,2028-06-05",
    "2029,2029-04-01,2029-03-30,2029-04-02,2029-05-10,2029-05-21",
    "2030,2030-04-21,2030-04-19,2030-04-22,2030-05-30,2030-06-10"
  })
  void tableDePaques(int annee, LocalDate paques, LocalDate vendredi, LocalDate lundi, LocalDate ascension, LocalDate pentecote) {
    assertThat(Paques.dimanche(annee)).isEqualTo(paques);
    assertThat(METROPOLE.isFerie(lundi)).isTrue();
    assertThat(METROPOLE.isFerie(ascension)).isTrue();
    assertThat(METROPOLE.isFerie(pentecote)).isTrue();
    assertThat(METROPOLE.isFerie(vendredi)).isFalse();
    assertThat(ALSACE.isFerie(vendredi)).isTrue();
  }

  @ParameterizedTest(name = "Pâques {0} : {1}")
  @CsvSource({
    "1583,1583-04-10", "1818,1818-03-22", "1900,1900-04-15", "1943,1943-04-25", "1961,1961-04-02", "2000,2000-04-23",
    "2008,2008-03-23", "2011,2011-04-24", "2038,2038-04-25", "2100,2100-03-28", "2285,2285-03-22"
  })
  @DisplayName("Pâques aux dates extrêmes connues : le plus tôt (22 mars) et le plus tard (25 avril), sur cinq siècles")
  void paquesExtremes(int annee, LocalDate paques) {
    assertThat(Paques.dimanche(annee)).isEqualTo(paques);
  }

  @Test
  @DisplayName("Code du travail L.3134-13 et loi n° 83-550 : en 2018 l'Alsace-Moselle ajoute le 30 mars et le 26 décembre ; la Martinique le 22 mai")
  void fixture2018() {
    assertThat(JoursFeries.de(2018, ZoneCalendaire.METROPOLE, true)).hasSize(11);
    assertThat(JoursFeries.de(2018, ZoneCalendaire.ALSACE_MOSELLE, true)).extracting(JourFerie::date)
        .contains(LocalDate.of(2018, 3, 30), LocalDate.of(2018, 12, 26)).hasSize(13);
    assertThat(JoursFeries.de(2018, ZoneCalendaire.MARTINIQUE, true)).extracting(JourFerie::date).contains(LocalDate.of(2018, 5, 22)).hasSize(12);
    assertThat(JoursFeries.de(2018, ZoneCalendaire.ALSACE_MOSELLE, false)).extracting(JourFerie::nom).doesNotContain("Vendredi saint");
  }

  @Test
  @DisplayName("la zone se choisit par le département de la commune du logement")
  void zones() {
    assertThat(ZoneCalendaire.de(Commune.of("01281"))).isEqualTo(ZoneCalendaire.METROPOLE);
    assertThat(ZoneCalendaire.de(Commune.of("57463"))).isEqualTo(ZoneCalendaire.ALSACE_MOSELLE);
    assertThat(ZoneCalendaire.de(Departement.of("67"))).isEqualTo(ZoneCalendaire.ALSACE_MOSELLE);
    assertThat(ZoneCalendaire.de(Departement.of("68"))).isEqualTo(ZoneCalendaire.ALSACE_MOSELLE);
    assertThat(ZoneCalendaire.de(Departement.of("971"))).isEqualTo(ZoneCalendaire.GUADELOUPE);
    assertThat(ZoneCalendaire.de(Departement.of("972"))).isEqualTo(ZoneCalendaire.MARTINIQUE);
    assertThat(ZoneCalendaire.de(Departement.of("973"))).isEqualTo(ZoneCalendaire.GUYANE);
    assertThat(ZoneCalendaire.de(Commune.of("97411"))).isEqualTo(ZoneCalendaire.REUNION);
    assertThat(ZoneCalendaire.de(Departement.of("976"))).isEqualTo(ZoneCalendaire.MAYOTTE);
    assertThat(ZoneCalendaire.REUNION.abolition()).isPresent();
    assertThat(ZoneCalendaire.METROPOLE.abolition()).isEmpty();
  }

  @Test
  @DisplayName("jours ouvrés et ouvrables : le samedi est ouvrable mais pas ouvré ; le dimanche et les fériés ne sont ni l'un ni l'autre")
  void ouvresEtOuvrables() {
    LocalDate samedi = LocalDate.of(2025, 5, 3);
    assertThat(METROPOLE.isOuvrable(samedi)).isTrue();
    assertThat(METROPOLE.isOuvre(samedi)).isFalse();
    assertThat(METROPOLE.isOuvrable(samedi.plusDays(1))).isFalse();
    assertThat(METROPOLE.isOuvrable(LocalDate.of(2025, 5, 1))).isFalse();
    // Jeudi 1er mai 2025 : 2 jours ouvrables après le mercredi 30 avril = samedi 3 mai
    assertThat(METROPOLE.plusJoursOuvrables(LocalDate.of(2025, 4, 30), 2)).isEqualTo(samedi);
    assertThat(METROPOLE.plusJoursOuvres(LocalDate.of(2025, 4, 30), 2)).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(METROPOLE.joursOuvresEntre(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 9))).isEqualTo(5);
    assertThat(METROPOLE.prochainJourOuvre(samedi)).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(METROPOLE.prochainJourOuvre(LocalDate.of(2025, 5, 5))).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(METROPOLE.plusJoursOuvres(samedi, 0)).isEqualTo(samedi);
  }

  @Test
  @DisplayName("fin de mois : 31 janvier + 1 mois = 29 février 2024 (bissextile) et 28 février 2025")
  void finDeMois() {
    assertThat(Calendrier.plusMois(LocalDate.of(2024, 1, 31), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Calendrier.plusMois(LocalDate.of(2025, 1, 31), 1)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(METROPOLE.plus(LocalDate.of(2025, 3, 31), Delai.mois(1))).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(METROPOLE.plus(LocalDate.of(2025, 3, 31), Delai.joursCalendaires(3))).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(METROPOLE.moins(LocalDate.of(2025, 9, 1), Delai.mois(3))).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(METROPOLE.moins(LocalDate.of(2025, 9, 1), Delai.joursCalendaires(1))).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(METROPOLE.moins(LocalDate.of(2025, 5, 12), Delai.joursOuvres(5))).isEqualTo(LocalDate.of(2025, 5, 2));
    assertThat(METROPOLE.moins(LocalDate.of(2025, 5, 12), Delai.joursOuvrables(2))).isEqualTo(LocalDate.of(2025, 5, 9));
  }

  @Test
  @DisplayName("erreurs de programmation : date hors du calendrier, nombre négatif, plage vide, Pâques avant 1583")
  void erreurs() {
    assertThatThrownBy(() -> METROPOLE.isOuvre(LocalDate.of(1899, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> METROPOLE.plusJoursOuvres(LocalDate.of(2100, 12, 30), 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> METROPOLE.plusJoursOuvres(LocalDate.of(2025, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Calendrier.of(ZoneCalendaire.METROPOLE, true, 2030, 2020)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paques.dimanche(1500)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Calendriers.of(METROPOLE).de(ZoneCalendaire.REUNION)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Calendrier.of(ZoneCalendaire.REUNION, true, 2025, 2025).isFerie(LocalDate.of(2025, 12, 20))).isTrue();
    assertThat(METROPOLE.toString()).isEqualTo("Calendrier[métropole, 1900-2100]");
  }
}
