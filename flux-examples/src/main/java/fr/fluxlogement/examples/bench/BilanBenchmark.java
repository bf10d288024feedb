package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Le bilan d'une année d'attributions (450 000 au niveau national) : flux ({@code Bilan.Compteur}, ventilation
 * par partie sur sept dimensions et les mesures des objectifs), DuckDB (GROUPING SETS équivalents) et
 * la boucle primitive.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BilanBenchmark {

  @Param({"45000", "450000"})
  public int taille;

  private List<Attribution> attributions;
  private SeuilsQuartile seuils;
  private Connection duck;
  private int[] partie;
  private byte[] typ;
  private byte[] fin;
  private boolean[] qpv;
  private int[] commune;
  private boolean[] prioritaire;
  private boolean[] q1;

  @Setup(Level.Trial)
  public void preparer() throws Exception {
    SplittableRandom r = new SplittableRandom(42);
    Reservataire[] parties = {Etat.PRIORITAIRES, Etat.AGENTS_PUBLICS, ActionLogement.INSTANCE,
        Collectivite.commune(Commune.of("01281"), "Ornex"), Collectivite.departement(fr.fluxlogement.core.territoire.Departement.of("01"), "Ain"),
        new Bailleur("B", "b").partNonReservee()};
    Epci epci = Epci.of("240100750");
    seuils = SeuilsQuartile.vide().avec(epci, 2025, new BigDecimal("10000"));
    List<Logement> pool = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      pool.add(Logement.builder().identifiant("L" + i)
          .localisation(Localisation.of(Commune.of(String.format("01%03d", 1 + i % 400)), epci, i % 10 < 3 ? Qpv.EN_QPV : Qpv.HORS_QPV))
          .typologie(Typologie.values()[i % 6]).financement(Financement.values()[i % 4]).anneeConstruction(1950 + i % 70).build());
    }
    attributions = new ArrayList<>(taille);
    partie = new int[taille];
    typ = new byte[taille];
    fin = new byte[taille];
    qpv = new boolean[taille];
    commune = new int[taille];
    prioritaire = new boolean[taille];
    q1 = new boolean[taille];
    LocalDate d = LocalDate.of(2025, 3, 1);
    for (int i = 0; i < taille; i++) {
      Logement l = pool.get(r.nextInt(pool.size()));
      int p = r.nextInt(parties.length);
      long res = 4_000 + r.nextInt(36_000);
      Menage m = Menage.of(BigDecimal.valueOf(res), Fraction.UN).withDalo(r.nextInt(10) == 0);
      attributions.add(new Attribution(l, parties[p], m, d, Optional.of(d.plusDays(20)), false, false));
      partie[i] = p;
      typ[i] = (byte) l.typologie().ordinal();
      fin[i] = (byte) l.financement().ordinal();
      qpv[i] = l.isEnQpv();
      commune[i] = Integer.parseInt(l.localisation().commune().code().substring(2));
      prioritaire[i] = m.isPrioritaire();
      q1[i] = res < 10_000;
    }
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("CREATE TABLE att (partie INTEGER, typ TINYINT, fin TINYINT, qpv BOOLEAN, commune INTEGER, prio BOOLEAN, q1 BOOLEAN)");
    }
    try (DuckDBAppender a = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "att")) {
      for (int i = 0; i < taille; i++) {
        a.beginRow();
        a.append(partie[i]);
        a.append(typ[i]);
        a.append(fin[i]);
        a.append(qpv[i]);
        a.append(commune[i]);
        a.append(prioritaire[i]);
        a.append(q1[i]);
        a.endRow();
      }
    }
  }

  @TearDown(Level.Trial)
  public void fermer() throws Exception {
    duck.close();
  }

  /** flux : le bilan complet (CALEOL et baux sur sept dimensions, mesures des objectifs, par partie et au total). */
  @Benchmark
  public Bilan flux() {
    Bilan.Compteur c = Bilan.compteur(2025, seuils);
    for (Attribution a : attributions) {
      c.attribution(a);
    }
    return c.toBilan();
  }

  /** DuckDB : les mêmes ventilations (partie × typologie, financement, QPV, commune, et totaux des objectifs). */
  @Benchmark
  public long duckdb() throws Exception {
    long n = 0;
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT partie, typ, fin, qpv, commune, count(*), count(*) FILTER (WHERE prio), "
            + "count(*) FILTER (WHERE NOT qpv), count(*) FILTER (WHERE NOT qpv AND q1), count(*) FILTER (WHERE qpv AND NOT q1) "
            + "FROM att GROUP BY GROUPING SETS ((partie), (partie, typ), (partie, fin), (partie, qpv), (partie, commune), (), (typ), (fin), "
            + "(qpv), (commune))")) {
      while (r.next()) {
        n += r.getLong(6);
      }
    }
    return n;
  }

  /** Le plancher : les mêmes comptes en tableaux. */
  @Benchmark
  public long[] plancher() {
    int p = 7;
    long[] c = new long[p * (1 + 6 + 4 + 2 + 401 + 4)];
    for (int i = 0; i < partie.length; i++) {
      for (int x : new int[] {partie[i], 6}) {
        int base = x * (1 + 6 + 4 + 2 + 401 + 4);
        c[base]++;
        c[base + 1 + typ[i]]++;
        c[base + 7 + fin[i]]++;
        c[base + 11 + (qpv[i] ? 0 : 1)]++;
        c[base + 13 + commune[i]]++;
        c[base + 414] += prioritaire[i] ? 1 : 0;
        c[base + 415] += qpv[i] ? 0 : 1;
        c[base + 416] += !qpv[i] && q1[i] ? 1 : 0;
        c[base + 417] += qpv[i] && !q1[i] ? 1 : 0;
      }
    }
    return c;
  }
}
