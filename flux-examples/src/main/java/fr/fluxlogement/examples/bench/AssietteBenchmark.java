package fr.fluxlogement.examples.bench;

import fr.fluxlogement.rules.assiette.ParcColonnes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
 * L'assiette de chaque couple bailleur × commune du parc national : flux (colonnes denses), DuckDB
 * (table chargée avant la mesure, GROUP BY, résultats rapatriés en JDBC) et la boucle primitive
 * écrite à la main (le plancher). Même données, même règle de priorité des exclusions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssietteBenchmark {

  @Param({"10000", "100000", "1000000", "5400000"})
  public int taille;

  private GenerateurNational g;
  private ParcColonnes parc;
  private Connection duck;

  @Setup(Level.Trial)
  public void preparer() throws Exception {
    g = new GenerateurNational(taille, 42);
    parc = ParcColonnes.of(g.groupes, g.groupe, g.drapeaux, g.anneeLocation);
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("CREATE TABLE parc (groupe INTEGER, drapeaux TINYINT, annee SMALLINT)");
    }
    try (DuckDBAppender a = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "parc")) {
      for (int i = 0; i < g.n; i++) {
        a.beginRow();
        a.append(g.groupe[i]);
        a.append(g.drapeaux[i]);
        a.append(g.anneeLocation[i]);
        a.endRow();
      }
    }
  }

  @TearDown(Level.Trial)
  public void fermer() throws Exception {
    duck.close();
  }

  /** flux : {@link ParcColonnes#assiettes(int)}. */
  @Benchmark
  public long[][] flux() {
    return parc.assiettes(2025);
  }

  /** Le plancher : la même règle écrite à la main sur les mêmes tableaux. */
  @Benchmark
  public long[] plancher() {
    long[] c = new long[g.groupes * 8];
    int[] groupe = g.groupe;
    byte[] d = g.drapeaux;
    short[] a = g.anneeLocation;
    for (int i = 0; i < groupe.length; i++) {
      int x = d[i];
      int col = x == 0 ? (a[i] >= 2025 ? 7 : 0) : 1 + Integer.numberOfTrailingZeros(x);
      c[groupe[i] * 8 + col]++;
    }
    return c;
  }

  /** DuckDB : GROUP BY avec comptes conditionnels, résultats lus en JDBC. */
  @Benchmark
  public long[] duckdb() throws Exception {
    long[] c = new long[g.groupes * 8];
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT groupe, "
            + "count(*) FILTER (WHERE drapeaux = 0 AND annee < 2025), "
            + "count(*) FILTER (WHERE drapeaux & 1 <> 0), "
            + "count(*) FILTER (WHERE drapeaux & 1 = 0 AND drapeaux & 2 <> 0), "
            + "count(*) FILTER (WHERE drapeaux & 3 = 0 AND drapeaux & 4 <> 0), "
            + "count(*) FILTER (WHERE drapeaux & 7 = 0 AND drapeaux & 8 <> 0), "
            + "count(*) FILTER (WHERE drapeaux & 15 = 0 AND drapeaux & 16 <> 0), "
            + "count(*) FILTER (WHERE drapeaux & 31 = 0 AND drapeaux & 32 <> 0), "
            + "count(*) FILTER (WHERE drapeaux = 0 AND annee >= 2025) "
            + "FROM parc GROUP BY groupe")) {
      while (r.next()) {
        int gr = r.getInt(1);
        for (int k = 0; k < 8; k++) {
          c[gr * 8 + k] = r.getLong(2 + k);
        }
      }
    }
    return c;
  }
}
