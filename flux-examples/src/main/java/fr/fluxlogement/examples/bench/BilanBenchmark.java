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
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.bilan.AttributionsColonnes;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Le bilan d'une année d'attributions (450 000 au niveau national). Deux travaux, chacun par trois
 * concurrents dans la même exécution :
 *
 * <ul>
 *   <li><b>le bilan complet</b>, ce que rend flux : attributions en CALEOL et baux signés de l'année,
 *       par partie et au total, ventilés sur sept dimensions (total, typologie, financement, QPV,
 *       commune, EPCI, période de construction), les comptes des objectifs (prioritaires, DALO, hors
 *       QPV, premier quartile hors QPV, QPV, quartiles 2 à 4 en QPV), les hors flux, et la liste triée
 *       des logements attribués par partie (art. 6). flux en objets ({@link #flux()}), flux en colonnes
 *       ({@link #fluxColonnes()}), DuckDB ({@link #duckdbComplet()}) et la boucle primitive
 *       ({@link #plancherComplet()}) ;
 *   <li><b>les comptes seuls</b> de la première mesure : baux par partie sur cinq dimensions et quatre
 *       comptes d'objectifs, sans listes ({@link #duckdb()}, {@link #plancher()}) — moins de travail
 *       que le bilan, gardés pour comparaison.
 * </ul>
 *
 * <p>Les données : 6 parties, 20 000 logements répartis sur 400 communes et 20 EPCI (30 % en QPV),
 * environ 22 attributions par logement ; 10 % des attributions passées en CALEOL en 2024 avec un bail
 * en 2025, 5 % sans bail, 3 % de mutations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BilanBenchmark {

  /**
   * Les mesures du bilan et ses ensembles de regroupement, en SQL pour DuckDB : la fin de la requête
   * du bilan complet, commune au banc JMH et au banc de bout en bout.
   */
  static final String MESURES_PAR_ENSEMBLE = "count(*) FILTER (WHERE caleol AND NOT mutation), count(*) FILTER (WHERE bail AND NOT mutation), "
      + "count(*) FILTER (WHERE caleol AND mutation), count(*) FILTER (WHERE bail AND NOT mutation AND prio), "
      + "count(*) FILTER (WHERE bail AND NOT mutation AND dalo), count(*) FILTER (WHERE bail AND NOT mutation AND NOT qpv), "
      + "count(*) FILTER (WHERE bail AND NOT mutation AND NOT qpv AND q1), count(*) FILTER (WHERE bail AND NOT mutation AND qpv), "
      + "count(*) FILTER (WHERE bail AND NOT mutation AND qpv AND NOT q1) "
      + "FROM att WHERE caleol OR bail GROUP BY GROUPING SETS ((partie), (partie, typ), (partie, fin), (partie, qpv), (partie, commune), "
      + "(partie, epci), (partie, periode), (), (typ), (fin), (qpv), (commune), (epci), (periode))";

  private static final int ANNEE = 2025;
  private static final int COMMUNES = 400;
  private static final int EPCIS = 20;
  private static final int PERIODES = 7;

  @Param({"800", "80000", "450000"})
  public int taille;

  private List<Attribution> attributions;
  private AttributionsColonnes colonnes;
  private SeuilsQuartile seuils;
  private Connection duck;
  private int parties;
  // colonnes primitives du plancher, rangées dans l'ordre des logements comme celles de flux
  private int[] partie;
  private byte[] typ;
  private byte[] fin;
  private boolean[] qpv;
  private int[] commune;
  private int[] epci;
  private byte[] periode;
  private boolean[] caleol;
  private boolean[] bail;
  private boolean[] mutation;
  private boolean[] prioritaire;
  private boolean[] dalo;
  private boolean[] q1;
  private int[] logement;
  private int logements;

  /** Un SIREN valide (clé de Luhn) pour le k-ième EPCI. */
  private static Epci epci(int k) {
    String base = String.format("2000%04d", k);
    for (int c = 0; c < 10; c++) {
      if (Epci.isSirenValide(base + c)) {
        return Epci.of(base + c);
      }
    }
    throw new IllegalStateException("aucune clé de Luhn pour " + base);
  }

  @Setup(Level.Trial)
  public void preparer() throws Exception {
    SplittableRandom r = new SplittableRandom(42);
    Reservataire[] lesParties = {Etat.PRIORITAIRES, Etat.AGENTS_PUBLICS, ActionLogement.INSTANCE,
        Collectivite.commune(Commune.of("01281"), "Ornex"), Collectivite.departement(fr.fluxlogement.core.territoire.Departement.of("01"), "Ain"),
        new Bailleur("B", "b").partNonReservee()};
    parties = lesParties.length;
    Epci[] lesEpci = new Epci[EPCIS];
    SeuilsQuartile s = SeuilsQuartile.vide();
    for (int e = 0; e < EPCIS; e++) {
      lesEpci[e] = epci(e);
      s = s.withSeuil(lesEpci[e], ANNEE, new BigDecimal(9_000 + 100 * e));
    }
    seuils = s;
    logements = 20_000;
    List<Logement> pool = new ArrayList<>();
    for (int i = 0; i < logements; i++) {
      pool.add(Logement.builder().identifiant(String.format("L%05d", i))
          .localisation(Localisation.of(Commune.of(String.format("01%03d", 1 + i % COMMUNES)), lesEpci[i % COMMUNES % EPCIS],
              i % 10 < 3 ? Qpv.EN_QPV : Qpv.HORS_QPV))
          .typologie(Typologie.values()[i % 6]).financement(Financement.values()[i % 4]).anneeConstruction(1940 + i % 85).build());
    }
    List<Attribution> brutes = new ArrayList<>(taille);
    int[] logementBrut = new int[taille];
    for (int i = 0; i < taille; i++) {
      int li = r.nextInt(logements);
      Logement l = pool.get(li);
      int p = r.nextInt(parties);
      long res = 4_000 + r.nextInt(36_000);
      Menage m = Menage.of(BigDecimal.valueOf(res), Fraction.of(2 + r.nextInt(5), 2)).withDalo(r.nextInt(10) == 0)
          .withMotifs(r.nextInt(4) == 0 ? Set.of(MotifPriorite.actuels().get(0)) : Set.of());
      int t = r.nextInt(100);
      LocalDate dCaleol = t < 10 ? LocalDate.of(ANNEE - 1, 12, 1 + r.nextInt(28)) : LocalDate.of(ANNEE, 1 + r.nextInt(11), 1 + r.nextInt(28));
      Optional<LocalDate> dBail = t >= 10 && t < 15 ? Optional.empty() : Optional.of(dCaleol.plusDays(10 + r.nextInt(20)));
      brutes.add(new Attribution(l, lesParties[p], m, dCaleol, dBail, t >= 97, false));
      logementBrut[i] = li;
    }
    colonnes = AttributionsColonnes.of(brutes);
    // le plancher reçoit les mêmes attributions, dans l'ordre des logements, comme flux en colonnes
    Integer[] ordre = new Integer[taille];
    for (int i = 0; i < taille; i++) {
      ordre[i] = i;
    }
    Arrays.sort(ordre, (a, b) -> logementBrut[a] != logementBrut[b] ? Integer.compare(logementBrut[a], logementBrut[b]) : Integer.compare(a, b));
    attributions = brutes;
    partie = new int[taille];
    typ = new byte[taille];
    fin = new byte[taille];
    qpv = new boolean[taille];
    commune = new int[taille];
    epci = new int[taille];
    periode = new byte[taille];
    caleol = new boolean[taille];
    bail = new boolean[taille];
    mutation = new boolean[taille];
    prioritaire = new boolean[taille];
    dalo = new boolean[taille];
    q1 = new boolean[taille];
    logement = new int[taille];
    for (int j = 0; j < taille; j++) {
      int i = ordre[j];
      Attribution a = brutes.get(i);
      Logement l = a.logement();
      int li = logementBrut[i];
      partie[j] = Arrays.asList(lesParties).indexOf(a.contingent());
      typ[j] = (byte) l.typologie().ordinal();
      fin[j] = (byte) l.financement().ordinal();
      qpv[j] = l.isEnQpv();
      commune[j] = li % COMMUNES;
      epci[j] = li % COMMUNES % EPCIS;
      int annee = l.anneeConstruction().getAsInt();
      periode[j] = (byte) (annee < 1949 ? 0 : annee < 1977 ? 1 : annee < 1990 ? 2 : annee < 2000 ? 3 : annee < 2010 ? 4 : annee < 2020 ? 5 : 6);
      caleol[j] = a.dateCaleol().getYear() == ANNEE;
      bail[j] = a.dateBail().map(d -> d.getYear() == ANNEE).orElse(false);
      mutation[j] = a.mutation();
      prioritaire[j] = a.menage().isPrioritaire();
      dalo[j] = a.menage().dalo();
      q1[j] = SeuilsQuartile.isPremierQuartile(a.menage(), new BigDecimal(9_000 + 100 * epci[j]));
      logement[j] = li;
    }
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = duck.createStatement()) {
      st.execute("CREATE TABLE att (partie INTEGER, typ TINYINT, fin TINYINT, qpv BOOLEAN, commune INTEGER, epci INTEGER, periode TINYINT, "
          + "caleol BOOLEAN, bail BOOLEAN, mutation BOOLEAN, prio BOOLEAN, dalo BOOLEAN, q1 BOOLEAN, logement VARCHAR)");
    }
    try (DuckDBAppender a = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "att")) {
      for (int j = 0; j < taille; j++) {
        a.beginRow();
        a.append(partie[j]);
        a.append(typ[j]);
        a.append(fin[j]);
        a.append(qpv[j]);
        a.append(commune[j]);
        a.append(epci[j]);
        a.append(periode[j]);
        a.append(caleol[j]);
        a.append(bail[j]);
        a.append(mutation[j]);
        a.append(prioritaire[j]);
        a.append(dalo[j]);
        a.append(q1[j]);
        a.append(String.format("L%05d", logement[j]));
        a.endRow();
      }
    }
  }

  @TearDown(Level.Trial)
  public void fermer() throws Exception {
    duck.close();
  }

  /** flux en objets du domaine : {@code Bilan.Compteur} nourri des attributions une à une. */
  @Benchmark
  public Bilan flux() {
    Bilan.Compteur c = Bilan.compteur(ANNEE, seuils);
    for (Attribution a : attributions) {
      c.attribution(a);
    }
    return c.toBilan();
  }

  /** flux en colonnes : le même bilan (égal, vérifié par propriété), sur les attributions rangées en colonnes au chargement. */
  @Benchmark
  public Bilan fluxColonnes() {
    return colonnes.bilan(ANNEE, seuils).valeur().orElseThrow();
  }

  /** DuckDB, bilan complet : les mêmes comptes et les mêmes listes triées de logements, rapatriés en JDBC. */
  @Benchmark
  public long duckdbComplet() throws Exception {
    long n = 0;
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT partie, typ, fin, qpv, commune, epci, periode, "
            + MESURES_PAR_ENSEMBLE)) {
      while (r.next()) {
        n += r.getLong(8) + r.getLong(9);
      }
    }
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("SELECT partie, list(DISTINCT logement ORDER BY logement) FROM att WHERE caleol AND NOT mutation "
            + "GROUP BY ROLLUP (partie)")) {
      while (r.next()) {
        Array a = r.getArray(2);
        n += ((Object[]) a.getArray()).length;
      }
    }
    return n;
  }

  /** Le plancher du bilan complet : les mêmes comptes et listes, en tableaux de primitives (listes en indices de logement). */
  @Benchmark
  public Object plancherComplet() {
    int p = parties + 1;
    int largeur = 1 + 6 + 4 + 2 + COMMUNES + EPCIS + PERIODES;
    long[] ventilations = new long[p * largeur * 2];
    long[] objectifs = new long[p * 8];
    int[][] listes = new int[p][Math.min(logements, partie.length)];
    int[] longueurs = new int[p];
    int[] dernier = new int[p];
    Arrays.fill(dernier, -1);
    for (int j = 0; j < partie.length; j++) {
      if (!caleol[j] && !bail[j]) {
        continue;
      }
      int x = partie[j];
      if (mutation[j]) {
        objectifs[x * 8 + 7] += caleol[j] ? 1 : 0;
        objectifs[parties * 8 + 7] += caleol[j] ? 1 : 0;
        continue;
      }
      for (int y : new int[] {x, parties}) {
        for (int m = 0; m < 2; m++) {
          if (m == 0 ? caleol[j] : bail[j]) {
            int base = (y * 2 + m) * largeur;
            ventilations[base]++;
            ventilations[base + 1 + typ[j]]++;
            ventilations[base + 7 + fin[j]]++;
            ventilations[base + 11 + (qpv[j] ? 0 : 1)]++;
            ventilations[base + 13 + commune[j]]++;
            ventilations[base + 13 + COMMUNES + epci[j]]++;
            ventilations[base + 13 + COMMUNES + EPCIS + periode[j]]++;
          }
        }
        if (bail[j]) {
          int o = y * 8;
          objectifs[o] += prioritaire[j] ? 1 : 0;
          objectifs[o + 1] += dalo[j] ? 1 : 0;
          objectifs[o + 2] += qpv[j] ? 0 : 1;
          objectifs[o + 3] += !qpv[j] && q1[j] ? 1 : 0;
          objectifs[o + 4] += qpv[j] ? 1 : 0;
          objectifs[o + 5] += qpv[j] && !q1[j] ? 1 : 0;
        }
        if (caleol[j] && dernier[y] != logement[j]) {
          dernier[y] = logement[j];
          listes[y][longueurs[y]++] = logement[j];
        }
      }
    }
    return new Object[] {ventilations, objectifs, listes, longueurs};
  }

  /** DuckDB, comptes seuls : baux par partie × typologie, financement, QPV, commune, et quatre comptes d'objectifs. */
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

  /** Le plancher des comptes seuls. */
  @Benchmark
  public long[] plancher() {
    int p = parties + 1;
    int largeur = 1 + 6 + 4 + 2 + COMMUNES + 4;
    long[] c = new long[p * largeur];
    for (int i = 0; i < partie.length; i++) {
      for (int x : new int[] {partie[i], parties}) {
        int base = x * largeur;
        c[base]++;
        c[base + 1 + typ[i]]++;
        c[base + 7 + fin[i]]++;
        c[base + 11 + (qpv[i] ? 0 : 1)]++;
        c[base + 13 + commune[i]]++;
        c[base + 13 + COMMUNES] += prioritaire[i] ? 1 : 0;
        c[base + 14 + COMMUNES] += qpv[i] ? 0 : 1;
        c[base + 15 + COMMUNES] += !qpv[i] && q1[i] ? 1 : 0;
        c[base + 16 + COMMUNES] += qpv[i] && !q1[i] ? 1 : 0;
      }
    }
    return c;
  }
}
