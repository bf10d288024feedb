package fr.fluxlogement.examples.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Dossiers : champs du flux dans le manifeste (art. 2, 4.1, 5.3) et série de dossiers (CCH R.441-5)")
class SerieEtManifesteTest {

  private static Path ornex(Path tmp) throws Exception {
    return Copie.copier(CommandeExerciceTest.DOSSIERS.resolve("ornex-2025"), tmp.resolve("ornex"));
  }

  @Test
  @DisplayName("art. 2 et 4.1 : un taux de mutations de la CUS de 20 % et 2 relogements ANRU font un flux de 8 à Ornex (compté à la main)")
  void mutationsEtRelogements(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    Path m = d.resolve("dossier.yaml");
    Files.writeString(m, Files.readString(m, StandardCharsets.UTF_8).replace("noms:",
        "taux_mutations_cus: \"20 %\"\nrelogements: {\"01281\": {RENOUVELLEMENT_URBAIN: 2}}\nnoms:"), StandardCharsets.UTF_8);
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.anomalies()).isEmpty();
    ResultatExercice r = CalculExercice.calculer(lu.exercice().orElseThrow()).valeurOuLever();
    // libérations 142 × 8,4667 % = 12,023 ; mutations 20 % = 2,405 ; relogements 2 ; 12,023 − 2,405 − 2 = 7,619 → 8
    assertThat(r.convention(DonneesOrnex.COMMUNE).orElseThrow().flux().flux()).isEqualTo(8);
    assertThat(r.convention(DonneesOrnex.COMMUNE).orElseThrow().flux().relogements()).isEqualTo(2);
  }

  @Test
  @DisplayName("art. 5.3 : sans parts de financeurs, P-COEUR revient à l'État (7) et au bailleur (17) ; une faute dans le manifeste est signalée à sa ligne")
  void premieresLocations(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    Path m = d.resolve("dossier.yaml");
    String sans = Files.readString(m, StandardCharsets.UTF_8).replace("  P-COEUR: {COMMUNE-01281: \"20 %\"}\n", "  P-COEUR: {}\n");
    Files.writeString(m, sans, StandardCharsets.UTF_8);
    ResultatExercice r = CalculExercice.calculer(LecteurDossier.lire(d).exercice().orElseThrow()).valeurOuLever();
    // 24 × 30 % = 7,2 → 7 ; 24 × 70 % = 16,8 → 16, plus le logement restant (plus fort reste 0,8) : 17
    assertThat(r.premieresLocations().get(0).logements()).containsEntry(Etat.PRIORITAIRES, 7L)
        .containsEntry(DonneesOrnex.ALLIADE.partNonReservee(), 17L);
    Files.writeString(m, sans.replace("noms:", "relogements: {\"01281\": {DEMENAGEMENT: 1}}\nnoms:"), StandardCharsets.UTF_8);
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.anomalies()).extracting(a -> a.anomalie().code().name()).containsExactly("CODE_INCONNU");
    assertThat(lu.anomalies().get(0).anomalie().ligne()).isPresent();
  }

  @Test
  @DisplayName("R.441-5 : un dossier de dossiers (un par bailleur et par département) se calcule en série, avec sa synthèse")
  void serie(@TempDir Path tmp) throws Exception {
    Path racine = tmp.resolve("serie");
    Copie.copier(CommandeExerciceTest.DOSSIERS.resolve("ornex-2025"), racine.resolve("a-ornex"));
    Copie.copier(CommandeExerciceTest.DOSSIERS.resolve("ain-illustratif-2025"), racine.resolve("b-ain"));
    Files.createDirectories(racine.resolve("c-pas-un-dossier"));
    Path sortie = tmp.resolve("sortie");
    var s = CommandeExerciceTest.executer("exercice", racine.toString(), "--sortie", sortie.toString());
    assertThat(s.code()).isZero();
    List<String> serie = Files.readAllLines(sortie.resolve("serie.csv"), StandardCharsets.UTF_8);
    assertThat(serie).hasSize(3);
    assertThat(serie.get(1)).startsWith("a-ornex;0;");
    assertThat(serie.get(2)).startsWith("b-ain;0;");
    assertThat(sortie.resolve("a-ornex/conventions/COMMUNE-01281@01281/annexe.txt")).exists();
    assertThat(sortie.resolve("b-ain/synthese.csv")).exists();
    assertThat(s.err()).contains("2 / 2 dossiers calculés", "2 dossiers, 0 en anomalie");
  }
}
