package fr.fluxlogement.examples.fiabilite;

import static fr.fluxlogement.examples.fiabilite.Executer.ecrire;
import static fr.fluxlogement.examples.fiabilite.Executer.flux;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.examples.cas.DossierCas;
import fr.fluxlogement.examples.cas.ResultatCas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Fiabilité des entrées : bornées, sans arrêt ni trace de pile, rien de perdu ni de mal lu (dossiers de cas, RPLS, SNE, commandes)")
class EntreesBorneesTest {

  private static final Duration GARDE = Duration.ofSeconds(30);

  private static final String RPLS = "IDENT_REP;DEPCOM;EPCI;NBPIECE;FINAN;MODE;QPV\n"
      + "A;01053;200071751;3;13;1;0\nB;01053;200071751;2;16;1;0\nC;01004;240100883;2;13;1;0\n";

  private static final String SNE = "DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN\n";

  private static ResultatCas cas(String texte) {
    return assertTimeoutPreemptively(GARDE, () -> DossierCas.calculer(texte));
  }

  private static List<CodeAnomalie> codes(ResultatCas r) {
    return r.anomalies().stream().map(Anomalie::code).toList();
  }

  @Test
  @DisplayName("un nombre à exposant énorme ou à un million de chiffres, dans un champ ou dans « attendu », est une anomalie immédiate (DEBORDEMENT)")
  void nombresBornes() {
    for (String n : List.of("1e100000000", "1e-1000000", "1" + "0".repeat(1_000_000))) {
      ResultatCas r = cas("version: 1\nannee: 2025\nflux:\n  assiette: 1000\n  rotations: {2022: " + n + ", 2023: 8 %, 2024: 8 %}\n"
          + "attendu:\n  flux: 72\n");
      assertThat(codes(r)).contains(CodeAnomalie.DEBORDEMENT);
      assertThat(r.anomalies()).anyMatch(a -> a.chemin().equals("flux.rotations.2022") && a.ligne().isPresent());
      ResultatCas attendu = cas("version: 1\nannee: 2025\nflux:\n  assiette: 1000\n  rotations: {2022: 8 %, 2023: 8 %, 2024: 8 %}\n"
          + "attendu:\n  flux: " + n + "\n");
      assertThat(assertTimeoutPreemptively(GARDE, () -> DossierCas.differences(attendu))).hasSize(1);
    }
  }

  @Test
  @DisplayName("une clé répétée 3 000 fois est signalée une fois par répétition, non à chaque lecture ; au-delà de 1 000, les anomalies sont comptées sans être listées")
  void clesRepetees() {
    StringBuilder sb = new StringBuilder("version: 1\nannee: 2025\nflux:\n");
    for (int i = 0; i < 3000; i++) {
      sb.append("  mutations: ").append(i).append('\n');
    }
    ResultatCas r = cas(sb.toString());
    assertThat(r.anomalies()).hasSize(1001);
    assertThat(r.anomalies().get(1000).message()).matches("\\d+ autres anomalies non listées \\(\\d+ en tout\\)");
    assertThat(r.anomalies().stream().filter(a -> a.code() == CodeAnomalie.DOUBLON)).hasSize(1000);
    assertThat(r.figures().get("anomalies")).endsWith("en tout)");
  }

  @Test
  @DisplayName("un alias de scalaire répété, ou des alias de collections imbriqués, ne développent jamais le document au-delà de la limite")
  void aliasBornes() {
    String gros = "x".repeat(1_000_000);
    StringBuilder sb = new StringBuilder("version: 1\nannee: 2025\nbase: &a \"" + gros + "\"\nflux:\n  rotations: [");
    for (int i = 0; i < 100; i++) {
      sb.append(i > 0 ? ", " : "").append("*a");
    }
    sb.append("]\n");
    ResultatCas r = cas(sb.toString());
    assertThat(codes(r)).containsExactly(CodeAnomalie.DEBORDEMENT);
    assertThat(r.anomalies().get(0).message()).contains("alias développés");
    StringBuilder rires = new StringBuilder("version: 1\nannee: 2025\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 9; i++) {
      rires.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append(", *a")
          .append(i - 1).append("]\n");
    }
    ResultatCas r2 = cas(rires.toString());
    assertThat(r2.anomalies()).isNotEmpty().allMatch(a -> a.message().matches("[^A-Za-z]*[\\p{L}\\s\\d,()«»:'.-]*"));
  }

  @Test
  @DisplayName("les messages de l'analyseur YAML sont en français, avec la ligne et la colonne")
  void yamlEnFrancais() {
    ResultatCas r = cas("version: 1\nannee: 2025\nflux: {assiette: 1000\n");
    assertThat(r.anomalies()).hasSize(1);
    assertThat(r.anomalies().get(0).message()).startsWith("YAML invalide (ligne ").doesNotContain("expected", "while", "found");
    assertThat(r.anomalies().get(0).ligne()).isPresent();
    ResultatCas r2 = cas("a: b: c\n");
    assertThat(r2.anomalies().get(0).message()).contains("« : » inattendu");
  }

  @Test
  @DisplayName("des entiers au-delà de 32 bits et des dates comme +999999999-12-31 sont des anomalies, jamais une exception ni une année repliée")
  void entiersEtDates() {
    ResultatCas r = cas("version: 1\nannee: 4294969321\nflux:\n  assiette: 1000\n  rotations: {2022: 8 %, 2023: 8 %, 2024: 8 %}\n");
    assertThat(r.anomalies()).anyMatch(a -> a.chemin().equals("annee") && a.code() == CodeAnomalie.HORS_DOMAINE);
    ResultatCas d = cas("version: 1\nannee: 2025\nconvention: {signature: +999999999-12-31}\n");
    assertThat(d.anomalies()).anyMatch(a -> a.chemin().equals("convention.signature"));
    ResultatCas f = cas("version: 1\nannee: 2025\nconvention: {signature: 2025-02-30}\n");
    assertThat(f.anomalies()).anyMatch(a -> a.chemin().equals("convention.signature") && a.message().contains("inexistante"));
    ResultatCas p = cas("version: 1\nannee: 2025\nparametres: {nombre_candidats: 4294967299}\n");
    assertThat(p.anomalies()).anyMatch(a -> a.chemin().equals("parametres.nombre_candidats"));
  }

  @Test
  @DisplayName("un champ ou une section mal orthographiés sont des anomalies CODE_INCONNU, avec le nom connu le plus proche")
  void champsInconnus() {
    ResultatCas r = cas("version: 1\nannee: 2025\nflux:\n  assiette: 1000\n  rotations: {2022: 8 %, 2023: 8 %, 2024: 8 %}\n"
        + "  mutatoins: 500\nattendu:\n  flux: 72\n");
    assertThat(r.anomalies()).anySatisfy(a -> {
      assertThat(a.code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
      assertThat(a.chemin()).isEqualTo("flux.mutatoins");
      assertThat(a.message()).contains("« mutations »");
      assertThat(a.ligne()).hasValue(6);
    });
    assertThat(DossierCas.differences(r)).isNotEmpty();
    ResultatCas s = cas("version: 1\nannee: 2025\nasiette: {territoire: {commune: \"01281\"}, parc: 10}\nattendu: {assiette: 10}\n");
    assertThat(s.anomalies()).anyMatch(a -> a.chemin().equals("asiette") && a.message().contains("« assiette »"));
  }

  @Test
  @DisplayName("flux verifier : un fichier trop gros, sans fin ou qui n'est pas en UTF-8 est un cas en échec ; la dernière ligne est toujours « N passed, M failed »")
  void verifierToujoursConclu(@TempDir Path d) throws Exception {
    ecrire(d, "a.yaml", "version: 1\nannee: 2025\nflux:\n  assiette: 1000\n  rotations: {2022: 8 %, 2023: 8 %, 2024: 8 %}\nattendu: {flux: 72}\n");
    ecrire(d, "b.yaml", "version: 1\ntitre: \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
    ecrire(d, "c.yaml", "version: 1\n".getBytes(StandardCharsets.UTF_16));
    Executer.Sorties s = assertTimeoutPreemptively(GARDE, () -> flux("verifier", d.toString()));
    assertThat(s.out()).contains("n'est pas en UTF-8 : octet invalide à la ligne 2").endsWith("1 passed, 2 failed\n");
    assertThat(s.code()).isEqualTo(1);
    Executer.Sorties z = assertTimeoutPreemptively(GARDE, () -> flux("verifier", "/dev/zero"));
    assertThat(z.out()).contains("plus de 10 Mio").endsWith("0 passed, 1 failed\n");
  }

  @Test
  @DisplayName("flux bilan et flux assiette : une année hors de 1900-2100 est refusée (code 2) ; l'année est donnée, les attributions d'une autre année sont comptées à part")
  void anneeDuBilan(@TempDir Path d) {
    Path rpls = ecrire(d, "rpls.csv", RPLS);
    Path sne = ecrire(d, "sne.csv", SNE + "2024-03-01;2024-04-01;2;A;2;2;9000;1;;;\n2025-03-01;2025-04-01;2;A;2;2;9000;1;;;\n"
        + "2025-03-01;2025-04-01;2;B;2;2;9000;1;;;\n2025-03-01;2025-04-01;2;C;2;2;9000;1;;;\n");
    assertThat(flux("bilan", "--attributions", sne.toString(), "--annee", "999999999").code()).isEqualTo(2);
    assertThat(flux("bilan", "--attributions", sne.toString(), "--annee", "-5").code()).isEqualTo(2);
    assertThat(flux("assiette", "--rpls", rpls.toString(), "--annee", "999999999").code()).isEqualTo(2);
    Executer.Sorties s = flux("bilan", "--attributions", sne.toString(), "--rpls", rpls.toString(), "--annee", "2025", "--format", "json");
    assertThat(s.out()).contains("\"annee\":2025").contains("\"attributions_caleol\":3,\"baux_signes\":3");
    assertThat(s.err()).contains("hors de l'année 2025").contains("non comptées) 1");
  }

  @Test
  @DisplayName("SNE : des lignes sans identifiant RPLS donnent des logements distincts ; 31/04/2025 et 2025-02-30 sont refusées, non ajustées")
  void sneIdentifiantsEtDates(@TempDir Path d) {
    Path sne = ecrire(d, "sne.csv", SNE + "2025-03-01;2025-04-01;2;;2;2;9000;1;01053;3;13\n2025-03-01;2025-04-01;2;;2;2;9000;1;01053;3;13\n"
        + "31/03/2025;31/04/2025;2;;2;2;9000;1;01053;3;13\n2025-02-01;2025-02-30;2;;2;2;9000;1;01053;3;13\n");
    Executer.Sorties s = flux("bilan", "--attributions", sne.toString(), "--annee", "2025", "--format", "json");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("ligne 4").contains("ligne 5").contains("DATE_BAIL").contains("lues 4, acceptées 2, rejetées 2");
    assertThat(s.out()).contains("sne-ligne-2").contains("sne-ligne-3");
  }

  @Test
  @DisplayName("flux simuler : un réservataire répété dans --taux et plus de 100 000 logements sont refusés (code 2), sans erreur interne ni attente")
  void simulerBorne() {
    Executer.Sorties s = assertTimeoutPreemptively(GARDE, () -> flux("simuler", "--logements", "100", "--taux",
        "ETAT-PRIORITAIRES=25%,ETAT-PRIORITAIRES=5%"));
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("réservataire répété").contains("ETAT-PRIORITAIRES").doesNotContain("erreur interne");
    Executer.Sorties t = assertTimeoutPreemptively(GARDE, () -> flux("simuler", "--logements", "2000000000"));
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).contains("au plus 100000 logements");
  }

  @Test
  @DisplayName("flux prevoir et simuler : des années hors de 1900-2100 (--annees 2025-9999) et un taux à exposant énorme (1e100000000 %) sont "
      + "refusés tout de suite (code 2), sans calcul")
  void prevoirBorne(@TempDir Path d) {
    Path ornex = Path.of(System.getProperty("flux.racine", ".."), "flux-examples", "dossiers", "ornex-2025");
    Executer.Sorties s = assertTimeoutPreemptively(GARDE, () -> flux("prevoir", ornex.toString(), "--annees", "2025-9999"));
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("hors du domaine 1900-2100").contains("2025-9999");
    assertThat(s.out()).isEmpty();
    Executer.Sorties r = assertTimeoutPreemptively(GARDE, () -> flux("prevoir", ornex.toString(), "--rotation", "c=1e100000000 %"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--rotation attend NOM=TAUX");
    Executer.Sorties t = assertTimeoutPreemptively(GARDE, () -> flux("simuler", "--taux", "ETAT-PRIORITAIRES=1e100000000%"));
    assertThat(t.code()).isEqualTo(2);
    assertThat(t.err()).contains("taux invalide");
  }

  @Test
  @DisplayName("l'aide de flux prevoir rend « 8,5 % » tel quel, sans avertissement anglais de picocli sur la sortie d'erreur du processus")
  void aideSansAvertissement() {
    java.io.PrintStream avant = System.err;
    java.io.ByteArrayOutputStream capte = new java.io.ByteArrayOutputStream();
    Executer.Sorties s;
    try {
      System.setErr(new java.io.PrintStream(capte, true, StandardCharsets.UTF_8));
      s = flux("aide", "prevoir");
    } finally {
      System.setErr(avant);
    }
    assertThat((s.out() + s.err()).replaceAll("\\s+", " ")).contains("central=8,5 % (répétable");
    assertThat(capte.toString(StandardCharsets.UTF_8)).doesNotContain("picocli", "WARN");
  }

  @Test
  @DisplayName("données personnelles : une colonne décalée ne fait jamais citer un nom ni des ressources dans une anomalie")
  void valeursMasquees(@TempDir Path d) {
    Path sne = ecrire(d, "sne.csv", SNE + "2025-03-01;2025-04-01;2;;2;DUPONTEL;JEANNOT;1;01053;3;13\n"
        + "2025-03-01;2025-04-01;2;;2;2;23456,78x;1;01053;3;13\n");
    Executer.Sorties s = flux("bilan", "--attributions", sne.toString(), "--annee", "2025");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("CONTINGENT", "RESSOURCES").doesNotContain("DUPONTEL", "JEANNOT", "23456");
  }

  @Test
  @DisplayName("flux assiette : fichier vide, lignes toutes rejetées ou octets quelconques rendent un code non nul, chaque ligne physique comptée à son numéro")
  void codesDeSortie(@TempDir Path d) {
    assertThat(flux("assiette", "--rpls", ecrire(d, "vide.csv", "").toString(), "--annee", "2025").code()).isEqualTo(1);
    assertThat(flux("assiette", "--rpls", ecrire(d, "entete.csv", "IDENT_REP;DEPCOM;NBPIECE;FINAN\n").toString(), "--annee", "2025").code())
        .isEqualTo(1);
    byte[] bruit = new byte[5000];
    new java.util.Random(7).nextBytes(bruit);
    Executer.Sorties b = flux("assiette", "--rpls", ecrire(d, "bruit.bin", bruit).toString(), "--annee", "2025");
    assertThat(b.code()).isEqualTo(1);
    // ligne 3 : caractères de contrôle seuls ; ligne 4 : un retour chariot dans un champ ; ligne 5 : guillemet ouvert ;
    // ligne 6 : un guillemet au milieu d'une cellule (admis) ; ligne 7 : normale
    Executer.Sorties c = flux("assiette", "--rpls", ecrire(d, "ctl.csv", "IDENT_REP;DEPCOM;NBPIECE;FINAN\nA;01053;3;13\n\u0001\u0002\n"
        + "B;01\r053;3;13\n\"C;01053;3;13\nfin\"x;01053;3;13\nD;01053;3;13\n").toString(), "--annee", "2025");
    assertThat(c.code()).isEqualTo(1);
    assertThat(c.tout()).contains("ligne 3,", "ligne 4,", "ligne 5,").doesNotContain("ligne 6,", "ligne 7,").contains("lues 6, acceptées 3, rejetées 3");
  }

  @Test
  @DisplayName("une ligne plus longue que la limite (ou un fichier sans saut de ligne) est rejetée, la lecture continue à la ligne suivante")
  void ligneTropLongue(@TempDir Path d) {
    String longue = "A;01053;3;13;" + "x".repeat(300_000);
    Executer.Sorties s = assertTimeoutPreemptively(GARDE, () -> flux("assiette", "--rpls", ecrire(d, "long.csv",
        "IDENT_REP;DEPCOM;NBPIECE;FINAN\n" + longue + "\nB;01053;3;13\n").toString(), "--annee", "2025"));
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.tout()).contains("ligne 2", "ligne de plus de 65536 caractères", "lues 2, acceptées 1, rejetées 1");
  }

  @Test
  @DisplayName("un fichier mêlant UTF-8 et latin-1 est lu ligne à ligne dans son encodage, et les lignes latin-1 sont signalées par leur numéro")
  void encodageMele(@TempDir Path d) {
    byte[] utf8 = "IDENT_REP;DEPCOM;NBPIECE;FINAN;LIBELLE\nA;01053;3;13;caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin = "B;01053;3;13;caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] tout = new byte[utf8.length + latin.length];
    System.arraycopy(utf8, 0, tout, 0, utf8.length);
    System.arraycopy(latin, 0, tout, utf8.length, latin.length);
    Executer.Sorties s = flux("assiette", "--rpls", ecrire(d, "mele.csv", tout).toString(), "--annee", "2025");
    assertThat(s.err()).contains("encodage mêlé", "lues en latin-1 (lignes 3)");
  }

  @Test
  @DisplayName("picocli : l'expansion des arguments @fichier est désactivée, le contenu d'un fichier n'est jamais cité")
  void pasDArobase(@TempDir Path d) {
    Path secret = ecrire(d, "secret.txt", "--contenu-secret-123\n");
    Executer.Sorties s = flux("assiette", "@" + secret, "--annee", "2025");
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.tout()).doesNotContain("contenu-secret-123");
  }
}
