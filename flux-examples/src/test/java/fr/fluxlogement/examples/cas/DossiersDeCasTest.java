package fr.fluxlogement.examples.cas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dossiers de cas et commande flux")
class DossiersDeCasTest {

  private static final Path CAS = Path.of(System.getProperty("flux.racine", ".."), "flux-examples", "cas");

  private static String[] executer(String... args) {
    Commande.Sorties s = Commande.executer(args);
    return new String[] {s.out(), s.err(), Integer.toString(s.code())};
  }

  @Test
  @DisplayName("flux verifier flux-examples/cas : au moins 30 dossiers, tous passent, dernière ligne « N passed, 0 failed »")
  void tousLesDossiersPassent() {
    String[] r = executer("verifier", CAS.toString());
    String[] lignes = r[0].strip().split("\n");
    String derniere = lignes[lignes.length - 1];
    assertThat(derniere).as(r[0]).matches("\\d+ passed, 0 failed");
    assertThat(Integer.parseInt(derniere.split(" ")[0])).isGreaterThanOrEqualTo(30);
    assertThat(r[2]).isEqualTo("0");
  }

  @Test
  @DisplayName("un dossier dont la figure attendue est fausse échoue, avec la différence")
  void echecAvecDifference() {
    ResultatCas r = DossierCas.calculer("version: 1\nannee: 2025\nflux:\n  assiette: 1000\n  rotations: {2022: 8 %, 2023: 8 %, 2024: 8 %}\n"
        + "attendu:\n  flux: 73\n");
    assertThat(DossierCas.differences(r)).containsExactly("flux : attendu « 73 », obtenu « 72 »");
  }

  @Test
  @DisplayName("un dossier mal formé rend toutes ses anomalies avec chemin et ligne, jamais une trace de pile")
  void dossierMalForme() {
    ResultatCas r = DossierCas.calculer("version: 1\nannee: x\nassiette:\n  territoire: {commune: \"999\"}\n  parc: -3\n"
        + "flux:\n  rotations: {2024: 120 %}\n");
    assertThat(r.anomalies()).extracting(Anomalie::chemin)
        .contains("annee", "assiette.territoire.commune", "assiette.parc", "flux.rotations.2024");
    assertThat(r.anomalies()).allMatch(a -> a.ligne().isPresent());
    ResultatCas yaml = DossierCas.calculer("version: 1\nflux: [1\n");
    assertThat(yaml.anomalies()).singleElement().satisfies(a -> assertThat(a.message()).startsWith("YAML invalide"));
    assertThat(DossierCas.calculer("").anomalies()).hasSize(1);
  }

  @Test
  @DisplayName("flux calculer imprime les figures en JSON, ou l'explication française avec --explication")
  void calculer() {
    String[] json = executer("calculer", CAS.resolve("art3-garanties-60-40.yaml").toString());
    assertThat(json[0]).contains("\"droits.P40.COMMUNE-01281\" : \"5\"");
    String[] texte = executer("calculer", "--explication", CAS.resolve("art4-flux-cus.yaml").toString());
    assertThat(texte[0]).contains("flux annuel 2025 : 87");
    assertThat(executer("calculer", "/inexistant.yaml")[1]).contains("fichier introuvable").doesNotContain("Exception");
  }

  @Test
  @DisplayName("chaque commande a son aide ; une option inconnue donne un message sans trace de pile")
  void aide() {
    for (String c : List.of("exemple", "calculer", "verifier")) {
      assertThat(executer(c, "--aide")[0]).contains("Utilisation : ").contains(c).contains("Affiche cette aide");
    }
    String[] inconnue = executer("verifier", "--nimporte");
    assertThat(inconnue[1]).contains("flux : option ou argument inconnu : [--nimporte]").doesNotContain("at fr.");
    assertThat(executer("verifier")[1]).contains("paramètre obligatoire manquant : [FICHIER|DOSSIER]");
    assertThat(executer("aide", "calculer")[0]).contains("--explication");
    assertThat(executer()[0]).contains("exemple", "calculer", "verifier");
  }
}
