package fr.fluxlogement.examples.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Chaque commande de {@code flux}, exécutée en mémoire (picocli, sans JVM fille) sur des fichiers
 * et des arguments abîmés au hasard : code 0, 1 ou 2, jamais de trace de pile ni d'« erreur
 * interne » (une exception imprévue), toujours la ligne finale de {@code verifier}. Le nombre
 * d'exécutions par commande est {@code flux.robustesse.commandes} (50 par défaut ; 10 000 pour la
 * mesure complète, voir {@code docs/quality.md}).
 */
@DisplayName("Robustesse de chaque commande : fichiers et arguments abîmés, codes 0 à 2, jamais de trace de pile ni d'erreur interne")
class CommandesProperties {

  @TempDir
  Path d;

  private static int executions() {
    return Integer.getInteger("flux.robustesse.commandes", 50);
  }

  /** Une garde contre l'attente, proportionnée au nombre d'exécutions (pas une mesure de performance). */
  private static Duration garde(int millisecondesParExecution) {
    return Duration.ofSeconds(120 + (long) executions() * millisecondesParExecution / 1000);
  }

  /** Le dossier d'Ornex, lu une fois. */
  private static final List<String> FICHIERS_DOSSIER = List.of("dossier.yaml", "rpls.csv", "programmes.csv", "droits.csv", "rotations.csv",
      "seuils.csv");

  private static String lire(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Path ORNEX = Path.of(System.getProperty("flux.racine", ".."), "flux-examples", "dossiers", "ornex-2025");

  /**
   * Des arguments abîmés une fois sur trois : une valeur remplacée, un argument ôté, une option
   * inconnue ou répétée. Un dossier de sortie remplacé reste sous {@code base} : rien n'est écrit
   * hors du dossier temporaire.
   */
  static List<String> abimerArguments(List<String> args, Random r, Path base) {
    List<String> l = new ArrayList<>(args);
    if (r.nextInt(3) != 0 || l.size() < 2) {
      return l;
    }
    int i = 1 + r.nextInt(l.size() - 1);
    switch (r.nextInt(5)) {
      case 0 -> l.set(i, (l.get(i - 1).equals("--sortie") ? base + "/" : "") + EntreesProperties.MORCEAUX[r.nextInt(EntreesProperties.MORCEAUX.length)]);
      case 1 -> l.remove(i);
      case 2 -> l.add(i, "--inconnue");
      case 3 -> l.add(l.get(i));
      default -> l.set(i, l.get(i) + EntreesProperties.MORCEAUX[r.nextInt(EntreesProperties.MORCEAUX.length)]);
    }
    return l;
  }

  private static byte[] octets(String texte, long graine) {
    String t = EntreesProperties.abimer(texte, graine);
    return (graine & 3) == 0 ? t.getBytes(StandardCharsets.ISO_8859_1) : t.getBytes(StandardCharsets.UTF_8);
  }

  private final AtomicInteger executees = new AtomicInteger();

  private Executer.Sorties verifier(List<String> args) {
    Executer.Sorties s = Executer.flux(args.toArray(String[]::new));
    assertThat(s.code()).as(args.toString()).isBetween(0, 2);
    assertThat(s.err()).as(args.toString()).doesNotContain("erreur interne");
    executees.incrementAndGet();
    return s;
  }

  private void executer(String nom, int msParExecution, java.util.function.LongFunction<List<String>> arguments) {
    Gen<Long> graines = longs().all();
    executees.set(0);
    assertTimeoutPreemptively(garde(msParExecution), () -> EntreesProperties.qt(executions()).forAll(graines)
        .checkAssert(graine -> {
          Executer.Sorties s = verifier(abimerArguments(arguments.apply(graine), new Random(graine ^ 0x5DEECE66DL), d));
          if (nom.equals("verifier") && s.code() != 2) {
            assertThat(s.out()).containsPattern("\\d+ passed, \\d+ failed\n$");
          }
        }));
    if (System.getProperty("flux.robustesse.commandes") != null) {
      System.out.println("robustesse de flux " + nom + " : " + executees.get() + " exécutions");
    }
    assertThat(executees.get()).isGreaterThanOrEqualTo(Math.min(executions(), 10));
  }

  private Path ecrire(String nom, byte[] octets) {
    return Executer.ecrire(d, nom, octets);
  }

  /** Le dossier d'Ornex copié, un de ses fichiers abîmé. */
  private Path dossierAbime(long graine) throws IOException {
    Path x = Files.createDirectories(d.resolve("dossier"));
    Random r = new Random(graine);
    String abime = FICHIERS_DOSSIER.get(r.nextInt(FICHIERS_DOSSIER.size()));
    for (String f : FICHIERS_DOSSIER) {
      String t = lire(ORNEX.resolve(f));
      Executer.ecrire(x, f, f.equals(abime) ? octets(t, graine) : t.getBytes(StandardCharsets.UTF_8));
    }
    return x;
  }

  @Test
  @DisplayName("flux calculer : dossiers de cas abîmés")
  void calculer() {
    executer("calculer", 100, g -> List.of("calculer", ecrire("cas.yaml", octets(EntreesProperties.CAS, g)).toString()));
  }

  @Test
  @DisplayName("flux verifier : dossiers de cas abîmés, la ligne « N passed, M failed » toujours écrite")
  void verifier() {
    executer("verifier", 100, g -> List.of("verifier", ecrire("cas.yaml", octets(EntreesProperties.CAS, g)).toString()));
  }

  @Test
  @DisplayName("flux assiette : fichiers RPLS abîmés, années quelconques")
  void assiette() {
    executer("assiette", 100, g -> List.of("assiette", "--rpls", ecrire("rpls.csv", octets(EntreesProperties.RPLS, g)).toString(),
        "--annee", "2025", "--format", (g & 4) == 0 ? "csv" : "json"));
  }

  @Test
  @DisplayName("flux bilan : fichiers SNE, RPLS et de seuils abîmés (R.441-5-1)")
  void bilan() {
    executer("bilan", 100, g -> List.of("bilan", "--attributions", ecrire("sne.csv", octets(EntreesProperties.SNE, g)).toString(),
        "--rpls", ecrire("rpls.csv", octets(EntreesProperties.RPLS, g + 1)).toString(), "--seuils",
        ecrire("seuils.csv", octets("epci;annee;seuil\n200071751;2025;10000\n240100883;2025;9000,50\n", g + 2)).toString(), "--annee", "2025",
        "--format", (g & 4) == 0 ? "csv" : "json"));
  }

  @Test
  @DisplayName("flux exercice : dossier d'Ornex dont un fichier est abîmé")
  void exercice() {
    executer("exercice", 300, g -> {
      try {
        return List.of("exercice", dossierAbime(g).toString(), "--sortie", d.resolve("sortie").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  @DisplayName("flux rapport : dossier d'Ornex dont un fichier est abîmé, pages HTML")
  void rapport() {
    executer("rapport", 400, g -> {
      try {
        return List.of("rapport", dossierAbime(g).toString(), "--sortie", d.resolve("pages").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  @DisplayName("flux prevoir : dossier d'Ornex dont un fichier est abîmé, années et rotations quelconques")
  void prevoir() {
    String[] annees = {"2025-2027", "2025-2025", "2027-2025", "1899-2101", "2025-99999", "x", "2025"};
    String[] rotations = {"forte=9 %", "faible=4,5 %", "x=", "=5 %", "a=200 %", "b=-1 %", "c=1e100000000 %"};
    executer("prevoir", 400, g -> {
      try {
        Random r = new Random(g);
        return List.of("prevoir", dossierAbime(g).toString(), "--annees", annees[r.nextInt(annees.length)], "--rotation",
            rotations[r.nextInt(rotations.length)], "--sortie", d.resolve("prevision").toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  @DisplayName("flux etat-des-lieux : fichiers RPLS, de réservations et de rotations abîmés, dates et méthodes quelconques (décret 2020-145)")
  void etatDesLieux() {
    String reservations = "logement;titulaire;origine;fin\nHE3R-REY000;COMMUNE-01053;garantie_emprunt;2035-12-31\n"
        + "HE3R-REY001;ACTION-LOGEMENT;financement_action_logement;\nHE3R-REY002;DEPARTEMENT-01;apport_financier;31/12/2022\n";
    String[] dates = {"2023-11-24", "2023-02-30", "+999999999-12-31", "2100-12-31", "x"};
    String[] methodes = {"ratio_du_stock", "rotation", "x"};
    executer("etat-des-lieux", 100, g -> {
      Random r = new Random(g);
      return List.of("etat-des-lieux", "--rpls", ecrire("rpls.csv", octets(EntreesProperties.RPLS, g)).toString(), "--reservations",
          ecrire("reservations.csv", octets(reservations, g + 1)).toString(), "--rotations",
          ecrire("rotations.csv", octets("logement;taux\nHE3R-REY000;20 %\nHE3R-REY001;1e100000000 %\n", g + 2)).toString(), "--date",
          dates[r.nextInt(dates.length)], "--methode", methodes[r.nextInt(methodes.length)], "--format", (g & 4) == 0 ? "csv" : "json");
    });
  }

  @Test
  @DisplayName("flux simuler : nombres de logements, graines et taux quelconques")
  void simuler() {
    String[] logements = {"0", "1", "50", "-1", "2147483648", "1e9", "x", "100"};
    String[] taux = {"ETAT-PRIORITAIRES=25%", "ETAT-PRIORITAIRES=25%,ACTION-LOGEMENT=80%", "ACTION-LOGEMENT=0%", "X=5%", "=", "A=1e100000000%",
        "ETAT-PRIORITAIRES=25%,ETAT-PRIORITAIRES=5%", "COMMUNE-01281=4,5%"};
    executer("simuler", 100, g -> {
      Random r = new Random(g);
      return List.of("simuler", "--logements", logements[r.nextInt(logements.length)], "--graine", Long.toString(g), "--taux",
          taux[r.nextInt(taux.length)]);
    });
  }

  @Test
  @DisplayName("flux exemple et flux aide : arguments quelconques")
  void exempleEtAide() {
    String[] commandes = {"calculer", "verifier", "assiette", "bilan", "exercice", "rapport", "prevoir", "simuler", "etat-des-lieux", "exemple",
        "aide", "x", ""};
    executer("exemple", 100, g -> List.of("exemple", commandes[(int) Math.floorMod(g, (long) commandes.length)]).subList(0, 1 + (int) (g & 1)));
    executer("aide", 100, g -> List.of("aide", commandes[(int) Math.floorMod(g, (long) commandes.length)]).subList(0, 1 + (int) (g & 1)));
  }
}
