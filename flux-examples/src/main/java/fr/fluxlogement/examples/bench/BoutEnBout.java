package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.LecteurSne;
import fr.fluxlogement.core.format.LectureFichier;
import fr.fluxlogement.core.format.ParcLu;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.rules.assiette.ParcParCouple;
import fr.fluxlogement.rules.bilan.AttributionsColonnes;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Dimension;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * De bout en bout, depuis les fichiers : flux et DuckDB côte à côte, chacun dans son propre
 * processus (démarrage de la JVM compris), sur les mêmes fichiers engendrés, en alternance paire par
 * paire ; les totaux des deux concurrents sont comparés à chaque paire.
 *
 * <ul>
 *   <li><b>assiette</b> : un fichier de collecte RPLS (64 champs et {@code SIREN_BAILLEUR}) →
 *       l'assiette de chaque couple bailleur × commune avec les exclusions (PLI, associations,
 *       vente, démolition, première mise en location). flux : {@link LecteurRpls#colonnes} puis
 *       {@link ParcParCouple} ; DuckDB : {@code read_csv} et {@code GROUP BY} à comptes filtrés ;
 *   <li><b>bilan</b> : un fichier d'attributions du SNE (joint aux logements d'un petit fichier RPLS,
 *       seuils de premier quartile par EPCI) → le bilan complet. flux : {@link LecteurSne} puis
 *       {@link AttributionsColonnes#bilan} ; DuckDB : {@code read_csv}, jointure, puis la requête
 *       {@code GROUPING SETS} de {@link BilanBenchmark} et les listes de logements par partie.
 * </ul>
 *
 * <pre>
 * java -cp flux-examples/target/benchmarks.jar fr.fluxlogement.examples.bench.BoutEnBout generer /tmp/flux-perf 5400000 450000
 * java -cp flux-examples/target/benchmarks.jar fr.fluxlogement.examples.bench.BoutEnBout comparer /tmp/flux-perf 5
 * </pre>
 *
 * Un seul processus : {@code flux-assiette FICHIER}, {@code duckdb-assiette FICHIER},
 * {@code flux-bilan DOSSIER}, {@code duckdb-bilan DOSSIER} ; chacun écrit une ligne
 * {@code RESULTAT …} (les totaux comparés) et une ligne {@code PHASES …} (millisecondes).
 */
public final class BoutEnBout {

  private BoutEnBout() {}

  private static final int ANNEE = 2025;
  private static final int LOGEMENTS_SNE = 20_000;
  private static final int COMMUNES_SNE = 400;
  private static final int EPCIS_SNE = 20;
  private static final String SIREN_SNE = "552100554";
  private static final String[] CONTINGENTS = {"2", "1", "4", "COMMUNE-01281", "DEPARTEMENT-01", "0"};

  /**
   * Le point d'entrée.
   *
   * @param args le mode puis ses arguments (voir la description de la classe)
   * @throws Exception si un fichier ne peut être lu ou écrit
   */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "generer" -> generer(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5_400_000,
          args.length > 3 ? Integer.parseInt(args[3]) : 450_000);
      case "flux-assiette" -> fluxAssiette(Path.of(args[1]), args.length > 2 && args[2].equals("sequentiel") ? 1
          : Runtime.getRuntime().availableProcessors());
      case "duckdb-assiette" -> duckdbAssiette(Path.of(args[1]));
      case "flux-bilan" -> fluxBilan(Path.of(args[1]));
      case "duckdb-bilan" -> duckdbBilan(Path.of(args[1]));
      case "debit" -> debit(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5);
      case "comparer" -> Comparaison.comparer(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5,
          args.length > 3 ? List.of(args[3].split(",")) : List.of("assiette", "bilan"));
      default -> throw new IllegalArgumentException("mode inconnu : " + args[0]);
    }
  }

  // ---------------------------------------------------------------- données

  /** Le code INSEE de la commune {@code c} (94 départements de métropole hors Corse, environ 370 communes chacun). */
  static String commune(int c) {
    int d = c % 94;
    int dep = d < 19 ? d + 1 : d + 2;
    return String.format(Locale.ROOT, "%02d%03d", dep, 1 + c / 94);
  }

  /** Un SIREN valide (clé de Luhn) pour le k-ième EPCI. */
  static String epci(int k) {
    String base = String.format(Locale.ROOT, "2%07d", k);
    for (int c = 0; c < 10; c++) {
      if (Epci.isSirenValide(base + c)) {
        return base + c;
      }
    }
    throw new IllegalStateException("aucune clé de Luhn pour " + base);
  }

  /** Engendre les fichiers : {@code rpls.csv} (le parc national), {@code logements.csv}, {@code seuils.csv} et {@code sne.csv}. */
  static void generer(Path dossier, int n, int attributions) throws IOException {
    Files.createDirectories(dossier);
    long t0 = System.nanoTime();
    SplittableRandom r = new SplittableRandom(42);
    int communes = Math.max(10, Math.min(35_000, n / 150));
    String[] codes = new String[communes];
    for (int c = 0; c < communes; c++) {
      codes[c] = commune(c);
    }
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(dossier.resolve("rpls.csv")), 1 << 20)) {
      o.write((FichierRpls.ENTETE + ";SIREN_BAILLEUR\n").getBytes(StandardCharsets.US_ASCII));
      StringBuilder b = new StringBuilder(256);
      // les champs constants de FichierRpls.ligne, puis SIREN_BAILLEUR
      String[] gabarit = (FichierRpls.ligne(0) + ";").split(";", -1);
      for (int i = 0; i < n; i++) {
        // communes en loi de puissance, jusqu'à 4 bailleurs par commune parmi les 15 du département
        int c = (int) (communes * Math.pow(r.nextDouble(), 2.2));
        int choix = r.nextInt(4);
        int bailleur = (c % 94) * 15 + (c / 94 + choix * 4) % 15;
        int mode = r.nextInt(592_144) < 4_741 ? 4 : 1 + r.nextInt(2);
        String finan = r.nextInt(100) < 2 ? "16" : r.nextInt(5) == 0 ? "11" : "13";
        int sortie = r.nextInt(1000);
        String sortiePatrim = sortie < 8 ? "1" : sortie < 13 ? "4" : "9";
        int locat = r.nextInt(1000) < 15 ? 2025 : 1960 + r.nextInt(64);
        int pieces = 1 + Math.min(5, (int) Math.abs(r.nextGaussian() * 1.2 + 2.2));
        boolean qpv = r.nextInt(100) < 30;
        String[] f = gabarit.clone();
        f[0] = String.format(Locale.ROOT, "%010d", i);
        f[1] = "INT" + i;
        // une ligne sur 10 007 au code de commune invalide : rejetée, avec son anomalie
        f[3] = i % 10_007 == 10_006 ? "ZZ999" : codes[c];
        f[6] = Integer.toString(1 + i % 120);
        f[14] = Integer.toString(i % 6);
        f[21] = qpv ? "1" : "2";
        f[23] = Integer.toString(pieces);
        f[24] = Integer.toString(30 + i % 70);
        f[25] = Integer.toString(locat - 1);
        f[26] = Integer.toString(locat);
        f[27] = Integer.toString(locat);
        f[31] = finan;
        f[36] = sortiePatrim;
        f[39] = Integer.toString(mode);
        f[46] = finan;
        f[62] = Integer.toString(1 + i % 7);
        f[64] = String.format(Locale.ROOT, "%09d", 300_000_000 + bailleur);
        b.setLength(0);
        for (int k = 0; k < f.length; k++) {
          if (k > 0) {
            b.append(';');
          }
          b.append(f[k]);
        }
        b.append('\n');
        for (int k = 0; k < b.length(); k++) {
          o.write(b.charAt(k));
        }
      }
    }
    // les logements des attributions, les seuils par EPCI, les attributions (comme BilanBenchmark)
    String[] epcis = new String[EPCIS_SNE];
    StringBuilder s = new StringBuilder("epci;annee;seuil\n");
    for (int e = 0; e < EPCIS_SNE; e++) {
      epcis[e] = epci(e);
      s.append(epcis[e]).append(';').append(ANNEE).append(';').append(9_000 + 100 * e).append('\n');
    }
    Files.writeString(dossier.resolve("seuils.csv"), s);
    String[] finans = {"11", "13", "14", "16"};
    StringBuilder l = new StringBuilder("IDENT_REP;DEPCOM;EPCI;QPV;NBPIECE;FINAN;CONSTRUCT\n");
    for (int i = 0; i < LOGEMENTS_SNE; i++) {
      l.append(String.format(Locale.ROOT, "L%05d;01%03d;%s;%s;%d;%s;%d%n", i, 1 + i % COMMUNES_SNE, epcis[i % COMMUNES_SNE % EPCIS_SNE],
          i % 10 < 3 ? "1" : "2", 1 + i % 6, finans[i % 4], 1940 + i % 85));
    }
    Files.writeString(dossier.resolve("logements.csv"), l);
    SplittableRandom ra = new SplittableRandom(43);
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(dossier.resolve("sne.csv")), 1 << 20)) {
      o.write("SIREN_BAILLEUR;DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;PRIORITAIRE;CONTINGENT;RESSOURCES;UC\n".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < attributions; i++) {
        int li = ra.nextInt(LOGEMENTS_SNE);
        String contingent = CONTINGENTS[ra.nextInt(CONTINGENTS.length)];
        int ressources = 4_000 + ra.nextInt(36_000);
        int uc = 2 + ra.nextInt(5);
        boolean dalo = ra.nextInt(10) == 0;
        boolean prio = ra.nextInt(4) == 0;
        int t = ra.nextInt(100);
        // 10 % en CALEOL l'année passée, 5 % en fin d'année au bail de l'année suivante
        java.time.LocalDate caleol = t < 10 ? java.time.LocalDate.of(ANNEE - 1, 12, 1 + ra.nextInt(28))
            : t < 15 ? java.time.LocalDate.of(ANNEE, 12, 25 + ra.nextInt(4)) : java.time.LocalDate.of(ANNEE, 1 + ra.nextInt(11), 1 + ra.nextInt(28));
        java.time.LocalDate bail = caleol.plusDays(10 + ra.nextInt(20));
        String ligne = SIREN_SNE + ";" + date(caleol) + ";" + date(bail) + ";" + (t >= 97 ? "1" : "2")
            + ";" + String.format(Locale.ROOT, "L%05d", li) + ";" + (dalo ? "1" : "2") + ";" + (prio ? "1" : "2") + ";" + contingent + ";"
            + (i % 10_007 == 10_006 ? "n/c" : Integer.toString(ressources)) + ";" + (uc / 2) + (uc % 2 == 1 ? ",5" : "") + "\n";
        o.write(ligne.getBytes(StandardCharsets.US_ASCII));
      }
    }
    System.out.printf(Locale.ROOT, "rpls.csv %d logements (%d octets), sne.csv %d attributions (%d octets), en %.1f s dans %s%n", n,
        Files.size(dossier.resolve("rpls.csv")), attributions, Files.size(dossier.resolve("sne.csv")), (System.nanoTime() - t0) / 1e9,
        dossier);
  }

  private static String date(java.time.LocalDate d) {
    return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  // ---------------------------------------------------------------- assiette

  /** Les totaux comparés : groupes, logements, assiette et chaque exclusion, et une empreinte des assiettes par couple. */
  static String empreinteAssiette(long groupes, long[] totaux, long empreinte) {
    return "groupes=" + groupes + " logements=" + totaux[0] + " assiette=" + totaux[1] + " pli=" + totaux[2] + " foyer=" + totaux[3]
        + " vente=" + totaux[4] + " demolition=" + totaux[5] + " premiere=" + totaux[6] + " empreinte=" + empreinte;
  }

  private static long cle(String bailleur, String commune, long assiette) {
    return (bailleur + ";" + commune).hashCode() * (assiette + 1);
  }

  static void fluxAssiette(Path fichier, int parallelisme) throws Exception {
    long t0 = System.nanoTime();
    ExecutorService ex = Executors.newFixedThreadPool(parallelisme);
    ParcLu parc;
    try (FileChannel canal = FileChannel.open(fichier, StandardOpenOption.READ)) {
      parc = LecteurRpls.colonnes(canal, ex, parallelisme);
    } finally {
      ex.shutdown();
    }
    long t1 = System.nanoTime();
    ParcParCouple couples = ParcParCouple.of(parc);
    long[][] a = couples.assiettes(ANNEE);
    long t2 = System.nanoTime();
    // colonnes de ParcColonnes : 0 assiette, 1 + motif (PLI, foyer, stock, vente, démolition, NPNRU, première mise en location)
    long[] totaux = new long[7];
    long empreinte = 0;
    for (int g = 0; g < a.length; g++) {
      long[] x = a[g];
      totaux[1] += x[0];
      totaux[2] += x[1];
      totaux[3] += x[2];
      totaux[4] += x[4];
      totaux[5] += x[5];
      totaux[6] += x[7];
      for (long v : x) {
        totaux[0] += v;
      }
      empreinte += cle(couples.bailleur(g), couples.commune(g), x[0]);
    }
    System.out.println("RESULTAT " + empreinteAssiette(a.length, totaux, empreinte));
    System.out.printf(Locale.ROOT, "PHASES lecture=%d calcul=%d lues=%d acceptees=%d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
        parc.lecture().compteRendu().lues(), parc.lecture().compteRendu().acceptees());
  }

  static void duckdbAssiette(Path fichier) throws Exception {
    long t0 = System.nanoTime();
    long[] totaux = new long[7];
    long empreinte = 0;
    long groupes = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT b, d, count(*), "
            + "count(*) FILTER (WHERE NOT pli AND NOT foyer AND NOT vente AND NOT demolition AND coalesce(locat, 0) < " + ANNEE + "), "
            + "count(*) FILTER (WHERE pli), count(*) FILTER (WHERE NOT pli AND foyer), "
            + "count(*) FILTER (WHERE NOT pli AND NOT foyer AND vente), count(*) FILTER (WHERE NOT pli AND NOT foyer AND NOT vente AND demolition), "
            + "count(*) FILTER (WHERE NOT pli AND NOT foyer AND NOT vente AND NOT demolition AND coalesce(locat, 0) >= " + ANNEE + ") "
            + "FROM (SELECT SIREN_BAILLEUR AS b, DEPCOM AS d, coalesce(CUS = '16' OR (CUS IS NULL AND FINAN = '16'), false) AS pli, "
            + "coalesce(MODE = '4', false) AS foyer, coalesce(SORTIEPATRIM IN ('1', '2', '3') OR MISCOMMERCIAL = '1', false) AS vente, "
            + "coalesce(SORTIEPATRIM = '4', false) AS demolition, LOCAT AS locat "
            + "FROM read_csv('" + fichier + "', delim = ';', header = true, quote = '\"', "
            + "types = {'SIREN_BAILLEUR': 'VARCHAR', 'DEPCOM': 'VARCHAR', 'CUS': 'VARCHAR', 'FINAN': 'VARCHAR', 'MODE': 'VARCHAR', "
            + "'SORTIEPATRIM': 'VARCHAR', 'MISCOMMERCIAL': 'VARCHAR', 'LOCAT': 'INTEGER'})) WHERE regexp_full_match(d, '[0-9]{5}|2[AB][0-9]{3}') GROUP BY b, d")) {
      while (r.next()) {
        groupes++;
        for (int k = 0; k < 7; k++) {
          totaux[k] += r.getLong(3 + k);
        }
        empreinte += cle(r.getString(1), r.getString(2), r.getLong(4));
      }
    }
    long t1 = System.nanoTime();
    System.out.println("RESULTAT " + empreinteAssiette(groupes, totaux, empreinte));
    System.out.printf(Locale.ROOT, "PHASES requete=%d%n", (t1 - t0) / 1_000_000);
  }

  // ---------------------------------------------------------------- bilan

  private static final Mesure[] MESURES = {Mesure.ATTRIBUTIONS_CALEOL, Mesure.BAUX_SIGNES, Mesure.HORS_FLUX, Mesure.PRIORITAIRES,
      Mesure.DALO, Mesure.BAUX_HORS_QPV, Mesure.Q1_HORS_QPV, Mesure.BAUX_EN_QPV, Mesure.Q2_Q4_EN_QPV};

  static void fluxBilan(Path dossier) throws Exception {
    long t0 = System.nanoTime();
    int p = Runtime.getRuntime().availableProcessors();
    ExecutorService ex = Executors.newFixedThreadPool(p);
    Map<String, Logement> logements = new HashMap<>();
    List<Attribution> attributions = new ArrayList<>();
    LectureFichier lu;
    try {
      try (FileChannel canal = FileChannel.open(dossier.resolve("logements.csv"), StandardOpenOption.READ)) {
        LecteurRpls.lire(canal, ex, p, l -> logements.put(l.identifiant(), l));
      }
      SeuilsQuartile seuils = SeuilsQuartile.vide();
      for (String ligne : Files.readAllLines(dossier.resolve("seuils.csv")).subList(1, EPCIS_SNE + 1)) {
        String[] c = ligne.split(";");
        seuils = seuils.withSeuil(Epci.of(c[0]), Integer.parseInt(c[1]), new BigDecimal(c[2]));
      }
      Map<String, Logement> index = java.util.Collections.unmodifiableMap(logements);
      try (FileChannel canal = FileChannel.open(dossier.resolve("sne.csv"), StandardOpenOption.READ)) {
        lu = LecteurSne.lire(canal, id -> Optional.ofNullable(index.get(id)), new Bailleur(SIREN_SNE, "bailleur"), ex, p, attributions::add);
      }
      long t1 = System.nanoTime();
      Bilan b = AttributionsColonnes.of(attributions).bilan(ANNEE, seuils).valeur().orElseThrow();
      long t2 = System.nanoTime();
      long listes = b.logements(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS).size();
      for (String partie : b.parties()) {
        listes += b.logements(Mesure.ATTRIBUTIONS_CALEOL, partie).size();
      }
      long[] totaux = new long[MESURES.length];
      for (int k = 0; k < MESURES.length; k++) {
        totaux[k] = b.total(MESURES[k], Cle.TOUS);
      }
      long empreinte = 0;
      for (Map.Entry<String, Long> e : b.ventilation(Mesure.BAUX_SIGNES, Cle.TOUS, Dimension.COMMUNE).entrySet()) {
        empreinte += (long) e.getKey().hashCode() * e.getValue();
      }
      System.out.println("RESULTAT " + empreinteBilan(totaux, empreinte, listes));
      System.out.printf(Locale.ROOT, "PHASES lecture=%d calcul=%d lues=%d acceptees=%d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
          lu.compteRendu().lues(), lu.compteRendu().acceptees());
    } finally {
      ex.shutdown();
    }
  }

  static String empreinteBilan(long[] totaux, long empreinte, long listes) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < MESURES.length; k++) {
      s.append(MESURES[k].name().toLowerCase(Locale.ROOT)).append('=').append(totaux[k]).append(' ');
    }
    return s.append("communes=").append(empreinte).append(" listes=").append(listes).toString();
  }

  static void duckdbBilan(Path dossier) throws Exception {
    long t0 = System.nanoTime();
    long[] totaux = new long[MESURES.length];
    long empreinte = 0;
    long listes = 0;
    String annee = Integer.toString(ANNEE);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE att AS SELECT "
          + "CASE a.CONTINGENT WHEN '0' THEN 'bailleur' ELSE a.CONTINGENT END AS partie, l.NBPIECE AS typ, l.FINAN AS fin, "
          + "l.QPV = '1' AS qpv, l.DEPCOM AS commune, l.EPCI AS epci, "
          + "CASE WHEN l.CONSTRUCT < 1949 THEN 0 WHEN l.CONSTRUCT < 1977 THEN 1 WHEN l.CONSTRUCT < 1990 THEN 2 WHEN l.CONSTRUCT < 2000 THEN 3 "
          + "WHEN l.CONSTRUCT < 2010 THEN 4 WHEN l.CONSTRUCT < 2020 THEN 5 ELSE 6 END AS periode, "
          + "year(strptime(a.DATE_CALEOL, '%d/%m/%Y')) = " + annee + " AS caleol, "
          + "coalesce(year(strptime(a.DATE_BAIL, '%d/%m/%Y')) = " + annee + ", false) AS bail, "
          + "a.MUTATION = '1' AS mutation, a.PRIORITAIRE = '1' OR a.DALO = '1' AS prio, a.DALO = '1' AS dalo, "
          + "CAST(a.RESSOURCES AS DECIMAL(18, 2)) < sq.seuil * CAST(replace(a.UC, ',', '.') AS DECIMAL(18, 4)) AS q1, a.RPLS AS logement "
          + "FROM read_csv('" + dossier.resolve("sne.csv") + "', delim = ';', header = true, all_varchar = true) a "
          + "JOIN read_csv('" + dossier.resolve("logements.csv") + "', delim = ';', header = true, "
          + "types = {'IDENT_REP': 'VARCHAR', 'DEPCOM': 'VARCHAR', 'EPCI': 'VARCHAR', 'QPV': 'VARCHAR', 'NBPIECE': 'INTEGER', "
          + "'FINAN': 'VARCHAR', 'CONSTRUCT': 'INTEGER'}) l ON a.RPLS = l.IDENT_REP "
          + "LEFT JOIN read_csv('" + dossier.resolve("seuils.csv") + "', delim = ';', header = true, "
          + "types = {'epci': 'VARCHAR', 'annee': 'INTEGER', 'seuil': 'DECIMAL(18, 2)'}) sq ON l.EPCI = sq.epci AND sq.annee = " + annee
          + " WHERE TRY_CAST(a.RESSOURCES AS DECIMAL(18, 2)) IS NOT NULL");
      try (ResultSet r = s.executeQuery("SELECT grouping(partie, typ, fin, qpv, commune, epci, periode) AS g, commune, "
          + BilanBenchmark.MESURES_PAR_ENSEMBLE)) {
        while (r.next()) {
          int g = r.getInt(1);
          if (g == 127) {
            for (int k = 0; k < MESURES.length; k++) {
              totaux[k] = r.getLong(3 + k);
            }
          } else if (g == 0b1111011) {
            empreinte += (long) r.getString(2).hashCode() * r.getLong(4);
          }
        }
      }
      try (ResultSet r = s.executeQuery("SELECT partie, list(DISTINCT logement ORDER BY logement) FROM att WHERE caleol AND NOT mutation "
          + "GROUP BY ROLLUP (partie)")) {
        while (r.next()) {
          Array a = r.getArray(2);
          listes += ((Object[]) a.getArray()).length;
        }
      }
    }
    long t1 = System.nanoTime();
    System.out.println("RESULTAT " + empreinteBilan(totaux, empreinte, listes));
    System.out.printf(Locale.ROOT, "PHASES requete=%d%n", (t1 - t0) / 1_000_000);
  }

  // ---------------------------------------------------------------- débit des lecteurs

  /** Le débit de lecture RPLS en colonnes depuis un fichier en cache, séquentiel puis parallèle, en alternance. */
  static void debit(Path fichier, int tours) throws Exception {
    long octets = Files.size(fichier);
    int p = Runtime.getRuntime().availableProcessors();
    ExecutorService ex = Executors.newFixedThreadPool(p);
    try {
      double[][] mbs = new double[2][tours];
      double[][] cpus = new double[2][tours];
      for (int t = -1; t < tours; t++) {
        for (int mode = 0; mode < 2; mode++) {
          int par = mode == 0 ? 1 : p;
          long c0 = cpuLecteurs();
          long t0 = System.nanoTime();
          ParcLu parc;
          try (FileChannel canal = FileChannel.open(fichier, StandardOpenOption.READ)) {
            parc = LecteurRpls.colonnes(canal, mode == 0 ? Runnable::run : ex, par);
          }
          long ns = System.nanoTime() - t0;
          long cpu = cpuLecteurs() - c0;
          if (t >= 0) {
            mbs[mode][t] = octets / 1e6 / (ns / 1e9);
            cpus[mode][t] = octets / 1e6 / (cpu / 1e9);
          }
          System.out.printf(Locale.ROOT, "%s tour %d : %.0f Mo/s (%d logements, %.2f s ; %.2f s de CPU des lecteurs, %.0f Mo par seconde de CPU) "
              + "charge %s%n", mode == 0 ? "séquentiel" : "parallèle " + p, t, octets / 1e6 / (ns / 1e9), parc.taille(), ns / 1e9, cpu / 1e9,
              octets / 1e6 / (cpu / 1e9), Comparaison.charge());
        }
      }
      for (int mode = 0; mode < 2; mode++) {
        double[] m = mbs[mode].clone();
        Arrays.sort(m);
        double[] c = cpus[mode].clone();
        Arrays.sort(c);
        System.out.printf(Locale.ROOT, "médiane %s : %.0f Mo/s, %.0f Mo par seconde de CPU%n", mode == 0 ? "séquentielle" : "parallèle",
            m[m.length / 2], c[c.length / 2]);
      }
    } finally {
      ex.shutdown();
    }
  }

  /** Le temps CPU cumulé du fil principal et des fils de l'exécuteur des lecteurs, en nanosecondes. */
  static long cpuLecteurs() {
    java.lang.management.ThreadMXBean m = java.lang.management.ManagementFactory.getThreadMXBean();
    long n = 0;
    for (java.lang.management.ThreadInfo i : m.getThreadInfo(m.getAllThreadIds())) {
      if (i != null && (i.getThreadName().equals("main") || i.getThreadName().startsWith("pool-"))) {
        n += Math.max(0, m.getThreadCpuTime(i.getThreadId()));
      }
    }
    return n;
  }

  /** Lit tout un fichier une fois (il entre dans le cache des pages). */
  static void chauffer(Path fichier) throws IOException {
    try (FileChannel canal = FileChannel.open(fichier, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);
      while (canal.read(b) >= 0) {
        b.clear();
      }
    }
  }
}
