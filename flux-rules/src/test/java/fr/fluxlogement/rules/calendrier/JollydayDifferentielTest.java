package fr.fluxlogement.rules.calendrier;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Essai différentiel : chaque jour du 1er janvier 1900 au 31 décembre 2100 comparé avec jollyday
 * 1.8.0 (test seulement), pour la métropole (Ain), le Bas-Rhin et la Moselle. Les seules
 * divergences admises sont celles qu'explique {@code docs/calendrier.md}.
 */
@DisplayName("Calendrier : comparaison jour par jour avec jollyday, 1900-2100")
class JollydayDifferentielTest {

  private static final HolidayManager JOLLYDAY = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

  private static List<String> divergences(String departement, ZoneCalendaire zone) {
    Calendrier cal = Calendrier.of(zone);
    List<String> ecarts = new ArrayList<>();
    for (int annee = 1900; annee <= 2100; annee++) {
      Set<LocalDate> leurs = new HashSet<>();
      for (Holiday h : JOLLYDAY.getHolidays(Year.of(annee), departement)) {
        leurs.add(h.getDate());
      }
      for (LocalDate d = LocalDate.of(annee, 1, 1); d.getYear() == annee; d = d.plusDays(1)) {
        if (cal.isFerie(d) != leurs.contains(d)) {
          ecarts.add(d + (cal.isFerie(d) ? " férié pour flux seulement" : " férié pour jollyday seulement"));
        }
      }
    }
    return ecarts;
  }

  @Test
  @DisplayName("métropole : seul diffère le lundi de Pentecôte 2004-2007, que jollyday retire (journée de solidarité)")
  void metropole() {
    assertThat(divergences("01", ZoneCalendaire.METROPOLE)).containsExactly(
        "2004-05-31 férié pour flux seulement", "2005-05-16 férié pour flux seulement",
        "2006-06-05 férié pour flux seulement", "2007-05-28 férié pour flux seulement");
  }

  @Test
  @DisplayName("Bas-Rhin : mêmes écarts que la métropole, Vendredi saint et 26 décembre concordent")
  void basRhin() {
    assertThat(divergences("67", ZoneCalendaire.ALSACE_MOSELLE)).hasSize(4).allMatch(s -> s.contains("Pentecôte") || s.contains("flux seulement"));
  }

  @Test
  @DisplayName("Moselle : jollyday 1.8.0 omet le Vendredi saint, chaque année de 1900 à 2100")
  void moselle() {
    List<String> ecarts = divergences("57", ZoneCalendaire.ALSACE_MOSELLE);
    assertThat(ecarts).hasSize(201 + 4);
    long vendredis = ecarts.stream().map(s -> LocalDate.parse(s.substring(0, 10)))
        .filter(d -> d.getDayOfWeek() == DayOfWeek.FRIDAY && d.equals(Paques.dimanche(d.getYear()).minusDays(2))).count();
    assertThat(vendredis).isEqualTo(201);
  }
}
