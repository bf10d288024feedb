package fr.fluxlogement.examples.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.format.BilanLecture;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.LecteurSne;
import fr.fluxlogement.examples.cas.DossierCas;
import fr.fluxlogement.examples.cas.ResultatCas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

@DisplayName("Robustesse des points d'entrée : des entrées abîmées au hasard ne lèvent jamais d'exception et rendent des anomalies françaises situées")
class EntreesProperties {

  /** Les morceaux injectés : nombres énormes, dates hors calendrier, alias, clés répétées, caractères de contrôle. */
  private static final String[] MORCEAUX = {"1e100000000", "1e-1000000", "9".repeat(60), "+999999999-12-31", "2025-02-30", "31/04/2025",
      "4294969321", "&a x", "*a", "*b", "{", "}", "[", "]", ":", ": ", "\n", "\t", "\"", "'", "%", "/0", "\u0000", "\r", "\u00e9",
      "mutatoins: 3", "asiette:", "- ", "---", "!!binary", "? ", "annee: 2025", "2147483648", "-1", "0/0", "NaN"};

  private static final String CAS = "version: 1\nannee: 2025\ntitre: essai\nbailleur: {id: B, nom: bailleur}\n"
      + "assiette:\n  territoire: {commune: \"01281\"}\n  parc: 10000\n  exclusions: {PLI: 180, FOYER_OU_ASSOCIATION: 120}\n"
      + "flux:\n  rotations: {2022: 8 %, 2023: 8 %, 2024: 8 %}\n  mutations: 120\n"
      + "reservataires:\n  - {reservataire: ETAT-PRIORITAIRES, taux: 25 %}\n"
      + "convention: {signature: 2025-06-10, denonciation: 2029-01-01, statuts: [2028-06-10]}\n"
      + "attributions:\n  - {logement: {id: L1, commune: \"01281\"}, contingent: ETAT-PRIORITAIRES, menage: {ressources: 21000, uc: 2},"
      + " caleol: 2025-03-02, bail: 2025-04-01}\nattendu: {flux: 735, assiette: 9700}\n";

  private static final String RPLS = "IDENT_REP;DEPCOM;EPCI;NBPIECE;FINAN;MODE;QPV;LOCAT\n"
      + "A;01053;200071751;3;13;1;0;2020\nB;01053;200071751;2;16;1;0;1999\nC;01004;240100883;2;13;1;0;\n";

  private static final String SNE = "DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN\n"
      + "02/03/2025;01/04/2025;2;A;2;2;9000;1;;;\n2025-03-01;2025-04-01;1;;1;3;12000,50;1,5;01053;3;13\n";

  /** Un texte abîmé : des morceaux insérés, des caractères remplacés, une coupure. */
  static String abimer(String texte, long graine) {
    Random r = new Random(graine);
    StringBuilder sb = new StringBuilder(texte);
    int n = 1 + r.nextInt(6);
    for (int k = 0; k < n; k++) {
      int i = r.nextInt(sb.length() + 1);
      switch (r.nextInt(4)) {
        case 0 -> sb.insert(i, MORCEAUX[r.nextInt(MORCEAUX.length)]);
        case 1 -> {
          if (i < sb.length()) {
            sb.setCharAt(i, (char) r.nextInt(256));
          }
        }
        case 2 -> sb.delete(i, Math.min(sb.length(), i + r.nextInt(8)));
        default -> sb.insert(i, (char) (0x20 + r.nextInt(0x60)));
      }
    }
    return sb.toString();
  }

  private static final Duration GARDE = Duration.ofSeconds(120);

  /** Graine fixe (propriété flux.proprietes.graine) et nombre d'exemples mis à l'échelle (flux.proprietes.echelle). */
  static QuickTheory qt(int exemples) {
    long graine = Long.getLong("flux.proprietes.graine", 20250101L);
    int echelle = Integer.getInteger("flux.proprietes.echelle", 100);
    return QuickTheory.qt().withFixedSeed(graine).withExamples(Math.max(10, (int) ((long) exemples * echelle / 100)));
  }

  @Test
  @DisplayName("dossiers de cas : 10 000 dossiers abîmés, jamais d'exception, chaque anomalie en français avec son code")
  void dossiersDeCas() {
    assertTimeoutPreemptively(GARDE, () -> qt(10_000).forAll(longs().all()).checkAssert(graine -> {
      ResultatCas r = DossierCas.calculer(abimer(CAS, graine));
      DossierCas.differences(r);
      r.anomalies().forEach(a -> assertThat(a.message()).isNotBlank().doesNotContain("Exception", "expected", "found"));
      assertThat(r.anomalies()).hasSizeLessThanOrEqualTo(1001);
    }));
  }

  @Test
  @DisplayName("lecteurs RPLS et SNE : 10 000 fichiers abîmés chacun, jamais d'exception, lues = acceptées + rejetées, chaque anomalie à sa ligne")
  void lecteurs() {
    assertTimeoutPreemptively(GARDE, () -> qt(10_000).forAll(longs().all()).checkAssert(graine -> {
      BilanLecture b = LecteurRpls.lire(List.of(abimer(RPLS, graine).split("\n", -1)).iterator(), x -> { });
      BilanLecture s = LecteurSne.lire(List.of(abimer(SNE, graine).split("\n", -1)).iterator(), id -> Optional.empty(), new Bailleur("B", "b"),
          x -> { });
      for (BilanLecture x : List.of(b, s)) {
        assertThat(x.lues()).isEqualTo(x.acceptees() + x.rejetees());
        assertThat(x.anomalies()).allMatch(a -> a.ligne().isPresent());
      }
    }));
  }

  /** Le nombre d'exécutions de chaque commande (propriété {@code flux.robustesse.commandes}, 300 par défaut ; 10 000 pour la mesure complète). */
  private static int executions() {
    return Integer.getInteger("flux.robustesse.commandes", 300);
  }

  @Test
  @DisplayName("commandes calculer, verifier, assiette, bilan et exercice sur des fichiers abîmés : codes 0, 1 ou 2, jamais de trace de pile")
  void commandes(@TempDir Path d) {
    assertTimeoutPreemptively(GARDE, () -> qt(executions()).forAll(longs().all(), integers().between(0, 4))
        .checkAssert((graine, quoi) -> {
          try {
            Executer.Sorties s = switch (quoi) {
              case 0 -> Executer.flux("calculer", Executer.ecrire(d, "cas.yaml", bruit(CAS, graine)).toString());
              case 1 -> Executer.flux("verifier", Executer.ecrire(d, "cas.yaml", bruit(CAS, graine)).toString());
              case 2 -> Executer.flux("assiette", "--rpls", Executer.ecrire(d, "rpls.csv", bruit(RPLS, graine)).toString(), "--annee", "2025");
              case 3 -> Executer.flux("bilan", "--attributions", Executer.ecrire(d, "sne.csv", bruit(SNE, graine)).toString(), "--rpls",
                  Executer.ecrire(d, "rpls.csv", bruit(RPLS, graine + 1)).toString(), "--annee", "2025", "--format", "json");
              default -> {
                Path x = Files.createDirectories(d.resolve("dossier"));
                Executer.ecrire(x, "dossier.yaml", bruit("version: 1\nannee: 2025\nbailleur: {id: B, nom: b}\n", graine));
                yield Executer.flux("exercice", x.toString(), "--sortie", d.resolve("sortie").toString());
              }
            };
            assertThat(s.code()).isBetween(0, 2);
            if (quoi == 1) {
              assertThat(s.out()).containsPattern("\\d+ passed, \\d+ failed\n$");
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }));
  }

  /** Un texte abîmé, en octets : latin-1 une fois sur quatre. */
  private static byte[] bruit(String texte, long graine) {
    String t = abimer(texte, graine);
    return (graine & 3) == 0 ? t.getBytes(StandardCharsets.ISO_8859_1) : t.getBytes(StandardCharsets.UTF_8);
  }
}
