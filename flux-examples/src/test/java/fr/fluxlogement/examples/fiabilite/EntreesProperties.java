package fr.fluxlogement.examples.fiabilite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.LecteurSne;
import fr.fluxlogement.core.format.LectureFichier;
import fr.fluxlogement.examples.dossier.LecteurDossier;
import fr.fluxlogement.examples.cas.DossierCas;
import fr.fluxlogement.examples.cas.ResultatCas;
import java.nio.ByteBuffer;
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
  static final String[] MORCEAUX = {"1e100000000", "1e-1000000", "9".repeat(60), "+999999999-12-31", "2025-02-30", "31/04/2025",
      "4294969321", "&a x", "*a", "*b", "{", "}", "[", "]", ":", ": ", "\n", "\t", "\"", "'", "%", "/0", "\u0000", "\r", "\u00e9",
      "mutatoins: 3", "asiette:", "- ", "---", "!!binary", "? ", "annee: 2025", "2147483648", "-1", "0/0", "NaN"};

  static final String CAS = "version: 1\nannee: 2025\ntitre: essai\nbailleur: {id: B, nom: bailleur}\n"
      + "assiette:\n  territoire: {commune: \"01281\"}\n  parc: 10000\n  exclusions: {PLI: 180, FOYER_OU_ASSOCIATION: 120}\n"
      + "flux:\n  rotations: {2022: 8 %, 2023: 8 %, 2024: 8 %}\n  mutations: 120\n"
      + "reservataires:\n  - {reservataire: ETAT-PRIORITAIRES, taux: 25 %}\n"
      + "convention: {signature: 2025-06-10, denonciation: 2029-01-01, statuts: [2028-06-10]}\n"
      + "attributions:\n  - {logement: {id: L1, commune: \"01281\"}, contingent: ETAT-PRIORITAIRES, menage: {ressources: 21000, uc: 2},"
      + " caleol: 2025-03-02, bail: 2025-04-01}\nattendu: {flux: 735, assiette: 9700}\n";

  static final String RPLS = "IDENT_REP;DEPCOM;EPCI;NBPIECE;FINAN;MODE;QPV;LOCAT\n"
      + "A;01053;200071751;3;13;1;0;2020\nB;01053;200071751;2;16;1;0;1999\nC;01004;240100883;2;13;1;0;\n";

  static final String SNE = "DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN\n"
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
      CompteRenduLecture b = LecteurRpls.lire(List.of(abimer(RPLS, graine).split("\n", -1)).iterator(), x -> { });
      CompteRenduLecture s = LecteurSne.lire(List.of(abimer(SNE, graine).split("\n", -1)).iterator(), id -> Optional.empty(), new Bailleur("B", "b"),
          x -> { });
      for (CompteRenduLecture x : List.of(b, s)) {
        assertThat(x.lues()).isEqualTo(x.acceptees() + x.rejetees());
        assertThat(x.anomalies()).allMatch(a -> a.ligne().isPresent());
      }
    }));
  }

  /** Un fichier abîmé en octets : le texte abîmé (latin-1 une fois sur quatre), puis 0 à 3 octets quelconques remplacés. */
  static byte[] octetsAbimes(String texte, long graine) {
    String t = abimer(texte, graine);
    byte[] b = ((graine & 3) == 0 ? t.getBytes(StandardCharsets.ISO_8859_1) : t.getBytes(StandardCharsets.UTF_8));
    Random r = new Random(~graine);
    for (int k = r.nextInt(4); k > 0 && b.length > 0; k--) {
      b[r.nextInt(b.length)] = (byte) r.nextInt(256);
    }
    return b;
  }

  @Test
  @DisplayName("lecteurs RPLS et SNE depuis les octets : 10 000 fichiers abîmés chacun (UTF-8, latin-1, octets quelconques), jamais "
      + "d'exception, lues = acceptées + rejetées, chaque anomalie à sa ligne")
  void lecteursOctets() {
    assertTimeoutPreemptively(GARDE, () -> qt(10_000).forAll(longs().all()).checkAssert(graine -> {
      LectureFichier r = LecteurRpls.lire(ByteBuffer.wrap(octetsAbimes(RPLS, graine)), Runnable::run, 1, x -> { });
      LectureFichier s = LecteurSne.lire(ByteBuffer.wrap(octetsAbimes(SNE, graine)), id -> Optional.empty(), new Bailleur("B", "b"),
          Runnable::run, 1, x -> { });
      for (LectureFichier f : List.of(r, s)) {
        CompteRenduLecture x = f.compteRendu();
        assertThat(x.lues()).isEqualTo(x.acceptees() + x.rejetees());
        assertThat(x.anomalies()).allMatch(a -> a.ligne().isPresent());
        assertThat(f.lignesUtf8() + f.lignesLatin1()).isGreaterThanOrEqualTo(0);
      }
    }));
  }

  private static final Path ORNEX = Path.of(System.getProperty("flux.racine", ".."), "flux-examples", "dossiers", "ornex-2025");

  private static final List<String> FICHIERS_DOSSIER = List.of("dossier.yaml", "rpls.csv", "programmes.csv", "droits.csv", "rotations.csv",
      "seuils.csv");

  @Test
  @DisplayName("lecteur de dossier d'exercice : 1 000 dossiers d'Ornex dont un fichier est abîmé (flux.robustesse.dossiers : 10 000 pour la "
      + "mesure complète), jamais d'exception, chaque anomalie "
      + "rattachée à son fichier, chaque fichier CSV lu compté (lues = acceptées + rejetées)")
  void lecteurDossier(@TempDir Path d) throws Exception {
    List<String> textes = new java.util.ArrayList<>();
    for (String f : FICHIERS_DOSSIER) {
      textes.add(Files.readString(ORNEX.resolve(f), StandardCharsets.UTF_8));
    }
    int n = Integer.getInteger("flux.robustesse.dossiers", 1_000);
    assertTimeoutPreemptively(GARDE.plusMillis(n * 20L), () -> qt(n).forAll(longs().all()).checkAssert(graine -> {
      int abime = (int) Math.floorMod(graine, (long) FICHIERS_DOSSIER.size());
      for (int i = 0; i < FICHIERS_DOSSIER.size(); i++) {
        Executer.ecrire(d, FICHIERS_DOSSIER.get(i), i == abime ? octetsAbimes(textes.get(i), graine)
            : textes.get(i).getBytes(StandardCharsets.UTF_8));
      }
      LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
      assertThat(lu.anomalies()).allMatch(a -> !a.fichier().isEmpty() && !a.anomalie().message().isBlank());
      lu.lectures().values().forEach(b -> assertThat(b.lues()).isEqualTo(b.acceptees() + b.rejetees()));
      if (abime != 0 && lu.anomalies().isEmpty()) {
        assertThat(lu.exercice()).isPresent();
      }
    }));
  }
}
