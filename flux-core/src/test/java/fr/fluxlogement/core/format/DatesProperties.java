package fr.fluxlogement.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.fluxlogement.core.Proprietes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** La lecture des dates chiffre à chiffre rend ce que rend l'analyseur strict de {@code java.time}. */
@DisplayName("Dates : lecture chiffre à chiffre égale à l'analyseur strict")
class DatesProperties {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private static Optional<LocalDate> strict(String t, DateTimeFormatter f) {
    try {
      LocalDate d = LocalDate.parse(t, f);
      return Dates.isAnneeAdmise(d.getYear()) ? Optional.of(d) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  @Test
  @DisplayName("jj/mm/aaaa et aaaa-mm-jj, jours et mois de 00 à 99, années de 0000 à 9999 : même date ou même refus")
  void memeDateQueLAnalyseurStrict() {
    Proprietes.qt(20_000).forAll(integers().between(0, 99), integers().between(0, 99), integers().between(0, 9_999))
        .checkAssert((jour, mois, annee) -> {
          String fr = String.format(Locale.ROOT, "%02d/%02d/%04d", jour, mois, annee);
          String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", annee, mois, jour);
          assertThat(Dates.isoOuFrancaise(fr).date()).isEqualTo(strict(fr, FRANCAISE));
          assertThat(Dates.iso(iso).date()).isEqualTo(strict(iso, ISO));
          assertThat(Dates.isoOuFrancaise(iso).date()).isEqualTo(strict(iso, ISO));
        });
  }

  @Test
  @DisplayName("dates réelles de 1900 à 2099 : toutes lues, aux mêmes jour, mois et année")
  void datesReellesLues() {
    Proprietes.qt(5_000).forAll(integers().between(0, 73_000)).checkAssert(k -> {
      LocalDate d = LocalDate.of(1900, 1, 1).plusDays(k);
      assertThat(Dates.isoOuFrancaise(d.format(FRANCAISE)).date()).contains(d);
      assertThat(Dates.iso(d.toString()).date()).contains(d);
    });
  }
}
