package fr.fluxlogement.rules.calendrier;

import static org.quicktheories.generators.SourceDSL.integers;

import fr.fluxlogement.core.Proprietes;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Calendrier : propriétés de l'arithmétique des jours ouvrés")
class CalendrierProperties {

  private static final Calendrier CAL = Calendrier.of(ZoneCalendaire.ALSACE_MOSELLE);
  private static final LocalDate ORIGINE = LocalDate.of(1990, 1, 1);

  @Test
  @DisplayName("n jours ouvrés après d tombe un jour ouvré strictement après d, à exactement n jours ouvrés")
  void apresEtOuvre() {
    Proprietes.qt(5000).forAll(integers().between(0, 38_000), integers().between(1, 400)).check((j, n) -> {
      LocalDate d = ORIGINE.plusDays(j);
      LocalDate r = CAL.plusJoursOuvres(d, n);
      return r.isAfter(d) && CAL.isOuvre(r) && CAL.joursOuvresEntre(d, r) == n;
    });
  }

  @Test
  @DisplayName("ajouter a puis b jours ouvrés revient à ajouter a + b")
  void associativite() {
    Proprietes.qt(5000).forAll(integers().between(0, 38_000), integers().between(0, 300), integers().between(0, 300)).check((j, a, b) -> {
      LocalDate d = ORIGINE.plusDays(j);
      return CAL.plusJoursOuvres(CAL.plusJoursOuvres(d, a), b).equals(CAL.plusJoursOuvres(d, a + b))
          && CAL.plusJoursOuvrables(CAL.plusJoursOuvrables(d, a), b).equals(CAL.plusJoursOuvrables(d, a + b));
    });
  }

  @Test
  @DisplayName("les échéances sont monotones : d1 ≤ d2 implique échéance(d1) ≤ échéance(d2)")
  void monotonie() {
    Proprietes.qt(5000).forAll(integers().between(0, 38_000), integers().between(0, 60), integers().between(0, 30)).check((j, ecart, n) -> {
      LocalDate d1 = ORIGINE.plusDays(j);
      LocalDate d2 = d1.plusDays(ecart);
      return !CAL.plusJoursOuvres(d1, n).isAfter(CAL.plusJoursOuvres(d2, n))
          && !Calendrier.plusMois(d1, n).isAfter(Calendrier.plusMois(d2, n));
    });
  }

  @Test
  @DisplayName("le prochain jour ouvré est ouvré, jamais avant d, et aucun jour ouvré ne le précède depuis d")
  void prochainJourOuvre() {
    Proprietes.qt(5000).forAll(integers().between(0, 38_000)).check(j -> {
      LocalDate d = ORIGINE.plusDays(j);
      LocalDate p = CAL.prochainJourOuvre(d);
      boolean aucunAvant = true;
      for (LocalDate x = d; x.isBefore(p); x = x.plusDays(1)) {
        aucunAvant &= !CAL.isOuvre(x);
      }
      return CAL.isOuvre(p) && !p.isBefore(d) && aucunAvant;
    });
  }
}
