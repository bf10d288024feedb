package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.rules.assiette.ParcColonnes;
import fr.fluxlogement.rules.exercice.ChaineConvention;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
 * Taux, flux et objectifs de chaque convention du parc national : une convention par couple
 * bailleur × commune du {@link GenerateurNational} (140 000 à 5,4 millions de logements). Pour
 * chacune, dans la mesure, par la chaîne d'une convention ({@link ChaineConvention}, celle de l'exercice) : les taux des réservataires au 1er janvier (état des droits ÷ assiette),
 * le flux annuel (rotation moyenne des trois années passées, 10 % de mutations, un arrondi) et la
 * répartition du flux en objectifs (plus forts restes à deux niveaux, plafonds du préfet), chaque
 * chiffre avec son explication. Hors mesure : l'assiette de chaque couple ({@code
 * ParcColonnes.assiettes}, mesurée par {@link AssietteBenchmark}) et les droits, engendrés.
 *
 * <p>Les droits de chaque convention : préfet prioritaires 25 % et agents publics 5 % de
 * l'assiette, Action Logement 10 à 30 %, la commune 0 à 20 % (garanties d'emprunt), arrondis à
 * l'inférieur ; l'un d'eux sur cinq a pris fin en cours d'année passée (droit expiré, à écarter).
 * Les taux de rotation départementaux des trois années passées : 6 à 10 %, au millième.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConventionBenchmark {

  private static final int ANNEE = 2025;
  private static final LocalDate PREMIER_JANVIER = LocalDate.of(ANNEE, 1, 1);

  @Param({"10000", "1000000", "5400000"})
  public int taille;

  private long[] assiettes;
  private List<List<DroitReservation>> droits;
  private Map<Integer, Taux>[] rotations;
  private Bailleur[] bailleurs;
  private Parametres parametres;

  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void preparer() {
    GenerateurNational parc = new GenerateurNational(taille, 42);
    long[][] a = ParcColonnes.of(parc.groupes, parc.groupe, parc.drapeaux, parc.anneeLocation).assiettes(ANNEE);
    int n = parc.groupes;
    assiettes = new long[n];
    droits = new ArrayList<>(n);
    rotations = new Map[n];
    bailleurs = new Bailleur[n];
    parametres = Parametres.nationaux();
    int[] communeDuGroupe = new int[n];
    for (int i = 0; i < parc.n; i++) {
      communeDuGroupe[parc.groupe[i]] = parc.commune[i];
    }
    SplittableRandom r = new SplittableRandom(7);
    LocalDate debut = LocalDate.of(2019, 1, 1);
    for (int g = 0; g < n; g++) {
      long as = a[g][0];
      assiettes[g] = as;
      Collectivite commune = Collectivite.commune(Commune.of(String.format("%02d%03d", 1 + communeDuGroupe[g] / 999 % 19, 1 + communeDuGroupe[g] % 999)), "commune " + g);
      List<DroitReservation> l = new ArrayList<>();
      l.add(DroitReservation.of(Etat.PRIORITAIRES, OrigineDroit.CONTINGENT_PREFECTORAL, as * 25 / 100, debut));
      l.add(DroitReservation.of(Etat.AGENTS_PUBLICS, OrigineDroit.CONTINGENT_PREFECTORAL, as * 5 / 100, debut));
      l.add(DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, as * (10 + r.nextInt(21)) / 100, debut));
      DroitReservation garantie = DroitReservation.of(commune, OrigineDroit.GARANTIE_EMPRUNT, as * r.nextInt(21) / 100, debut);
      l.add(r.nextInt(5) == 0 ? garantie.withFin(LocalDate.of(ANNEE - 1, 6, 30)) : garantie);
      droits.add(List.copyOf(l));
      Map<Integer, Taux> rot = new LinkedHashMap<>();
      for (int y = ANNEE - 3; y < ANNEE; y++) {
        rot.put(y, Taux.of(60 + r.nextInt(41), 1000));
      }
      rotations[g] = rot;
      bailleurs[g] = new Bailleur("B" + (g % 4), "bailleur " + (g % 4));
    }
  }

  /** Taux, flux et objectifs de chaque convention ; rend la somme des objectifs (égale à la somme des flux). */
  @Benchmark
  public long flux() {
    long total = 0;
    for (int g = 0; g < assiettes.length; g++) {
      ChaineConvention c = ChaineConvention.calculer(ChaineConvention.Entrees.of(ANNEE, bailleurs[g], parametres).withAssiette(assiettes[g])
          .withDroits(droits.get(g), Set.of()).withFlux(EntreesFlux.of(ANNEE, assiettes[g], rotations[g])).withRepartition(Map.of()));
      RepartitionDuFlux o = c.objectifs().orElseThrow().valeurOuLever();
      for (var x : o.objectifs()) {
        total += x.logements();
      }
    }
    return total;
  }

  /** Le nombre de conventions (pour convertir le temps en conventions par seconde). */
  public int conventions() {
    return assiettes.length;
  }
}
