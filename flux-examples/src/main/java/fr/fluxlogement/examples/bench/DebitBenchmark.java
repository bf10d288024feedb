package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.simulation.SimulationOrientation;
import fr.fluxlogement.rules.calendrier.Calendrier;
import fr.fluxlogement.rules.calendrier.ZoneCalendaire;
import fr.fluxlogement.rules.orientation.MoteurOrientation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Les débits : décisions d'orientation par seconde (une année de 100 000 libérations), échéances en
 * jours ouvrés par seconde, lecture RPLS (lignes par seconde, à convertir en Mo/s avec la taille
 * moyenne d'une ligne de collecte).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DebitBenchmark {

  static final int LOGEMENTS = 100_000;
  static final int ECHEANCES = 1_000_000;
  static final int LIGNES = 200_000;

  private MoteurOrientation moteur;
  private List<Logement> annee;
  private Calendrier calendrier;
  private LocalDate[] dates;
  private List<String> rpls;

  @Setup
  public void preparer() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(fr.fluxlogement.core.acteur.Etat.PRIORITAIRES, Taux.pourcent(25));
    t.put(fr.fluxlogement.core.acteur.Etat.AGENTS_PUBLICS, Taux.pourcent(5));
    t.put(fr.fluxlogement.core.acteur.ActionLogement.INSTANCE, Taux.pourcent(22));
    t.put(fr.fluxlogement.core.acteur.Collectivite.commune(fr.fluxlogement.core.territoire.Commune.of("01281"), "Ornex"), Taux.pourcent(4));
    t.put(fr.fluxlogement.core.acteur.Collectivite.departement(fr.fluxlogement.core.territoire.Departement.of("01"), "Ain"), Taux.pourcent(2));
    t.put(new Bailleur("B", "b").partNonReservee(), Taux.pourcent(42));
    moteur = MoteurOrientation.of(t, Taux.pourcent(30)).get();
    annee = SimulationOrientation.annee(LOGEMENTS, 42);
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

  /** Décisions d'orientation par seconde (chemin rapide, même algorithme que le pas à pas). */
  @Benchmark
  @OperationsPerInvocation(LOGEMENTS)
  public Object orientation() {
    return moteur.orienterTout(moteur.initial(), annee);
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
