package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.examples.simulation.SimulationOrientation;
import fr.fluxlogement.rules.orientation.MoteurOrientation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * L'orientation d'une année de libérations ({@code MoteurOrientation.orienterTout}, 6 parties dont
 * le préfet et la part du bailleur), de 800 libérations (un parc de 10 000 logements à 8 % de
 * rotation) à 430 000 (le parc national). Décisions par seconde = taille ÷ temps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OrientationBenchmark {

  @Param({"800", "100000", "430000"})
  public int taille;

  private MoteurOrientation moteur;
  private List<Logement> annee;

  @Setup(Level.Trial)
  public void preparer() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(Etat.PRIORITAIRES, Taux.pourcent(25));
    t.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
    t.put(ActionLogement.INSTANCE, Taux.pourcent(22));
    t.put(Collectivite.commune(Commune.of("01281"), "Ornex"), Taux.pourcent(4));
    t.put(Collectivite.departement(Departement.of("01"), "Ain"), Taux.pourcent(2));
    t.put(new Bailleur("B", "b").partNonReservee(), Taux.pourcent(42));
    moteur = MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
    annee = SimulationOrientation.annee(taille, 42);
  }

  /** Oriente toute l'année (chemin rapide, mêmes décisions que le pas à pas). */
  @Benchmark
  public Object orientation() {
    return moteur.orienterTout(moteur.initial(), annee);
  }
}
