package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.rules.calendrier.Calendrier;
import fr.fluxlogement.rules.calendrier.ZoneCalendaire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Les débits : échéances en jours ouvrés par seconde, lecture RPLS (lignes par seconde, à convertir en Mo/s avec la taille
 * moyenne d'une ligne de collecte).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DebitBenchmark {

  static final int ECHEANCES = 1_000_000;
  static final int LIGNES = 200_000;

  private Calendrier calendrier;
  private LocalDate[] dates;
  private List<String> rpls;

  @Setup
  public void preparer() {
    calendrier = Calendrier.of(ZoneCalendaire.ALSACE_MOSELLE);
    dates = new LocalDate[ECHEANCES];
    for (int i = 0; i < ECHEANCES; i++) {
      dates[i] = LocalDate.of(2000, 1, 1).plusDays(i % 30_000);
    }
    rpls = new ArrayList<>();
    rpls.add(FichierRpls.ENTETE);
    for (int i = 0; i < LIGNES; i++) {
      rpls.add(FichierRpls.ligne(i));
    }
  }

  /** Échéances « n jours ouvrés après d » par seconde. */
  @Benchmark
  @OperationsPerInvocation(ECHEANCES)
  public void echeances(Blackhole b) {
    Delai cinq = Delai.joursOuvres(5);
    for (LocalDate d : dates) {
      b.consume(calendrier.plus(d, cinq));
    }
  }

  /** Lignes RPLS (collecte, 64 champs) lues par seconde. */
  @Benchmark
  @OperationsPerInvocation(LIGNES)
  public long lectureRpls() {
    long[] n = new long[1];
    LecteurRpls.lire(rpls.iterator(), l -> n[0]++);
    return n[0];
  }
}
