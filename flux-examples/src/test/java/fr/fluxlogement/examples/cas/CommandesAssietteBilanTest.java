package fr.fluxlogement.examples.cas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.format.Csv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Commandes flux assiette et flux bilan : plusieurs communes, formats, seuils, contingent hors territoire (R.441-5, R.441-5-1)")
class CommandesAssietteBilanTest {

  /** Trois communes : deux logements à Bourg (dont un PLI), un à Ambérieu, un à Oyonnax en QPV. */
  private static final String RPLS = "IDENT_REP;DEPCOM;EPCI;NBPIECE;FINAN;MODE;QPV\n"
      + "A;01053;200071751;3;13;1;0\nB;01053;200071751;2;16;1;0\nC;01004;240100883;2;13;1;0\nD;01283;200042935;4;10;1;1\n";

  private static Path fichier(Path dossier, String nom, String contenu) throws Exception {
    Path f = dossier.resolve(nom);
    Files.writeString(f, contenu, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  @DisplayName("convention art. 2 : sans --commune, chaque commune du fichier ; en CSV, une ligne par commune avec ses exclusions")
  void toutesLesCommunesEnCsv(@TempDir Path d) throws Exception {
    Path rpls = fichier(d, "rpls.csv", RPLS);
    Commande.Sorties s = Commande.executer("assiette", "--rpls", rpls.toString(), "--annee", "2025", "--format", "csv");
    assertThat(s.code()).isZero();
    List<Map<String, String>> lignes = Csv.lire(s.out());
    assertThat(lignes).extracting(l -> l.get("commune")).containsExactly("01004", "01053", "01283");
    Map<String, String> bourg = lignes.get(1);
    assertThat(bourg).containsEntry("parc", "2").containsEntry("assiette", "1").containsEntry("exclus_pli", "1");
    assertThat(lignes.get(2)).containsEntry("en_qpv", "1").containsEntry("assiette", "1");
    assertThat(s.err()).contains("lues 4, acceptées 4, rejetées 0");
  }

  @Test
  @DisplayName("convention art. 2 : deux communes nommées, en JSON, chacune avec son explication ; un format inconnu est refusé (code 2)")
  void deuxCommunesEnJson(@TempDir Path d) throws Exception {
    Path rpls = fichier(d, "rpls.csv", RPLS);
    Commande.Sorties s = Commande.executer("assiette", "--rpls", rpls.toString(), "--commune", "01053", "--commune", "01283",
        "--annee", "2025", "--format", "json");
    assertThat(s.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(s.out());
    assertThat(json.get("annee").asInt()).isEqualTo(2025);
    assertThat(json.get("assiettes")).extracting(a -> a.get("commune").asText()).containsExactly("01053", "01283");
    assertThat(json.get("assiettes").get(0).get("assiette").isIntegralNumber()).isTrue();
    assertThat(json.get("assiettes").get(0).get("explication").get("libelle").asText()).isEqualTo("assiette 2025 (commune 01053)");
    assertThat(json.get("assiettes").get(0).get("explication").get("references").get(0).has("legiarti")).isTrue();
    assertThat(Commande.executer("assiette", "--rpls", rpls.toString(), "--annee", "2025", "--format", "xml").code()).isEqualTo(2);
    assertThat(Commande.executer("assiette", "--rpls", rpls.toString(), "--annee", "2025", "--commune", "99999").code()).isEqualTo(2);
  }

  @Test
  @DisplayName("une ligne RPLS rejetée rend le code 1, les autres communes restent calculées")
  void ligneRejetee(@TempDir Path d) throws Exception {
    Path rpls = fichier(d, "rpls.csv", RPLS + "E;0105;200071751;2;13;1;0\n");
    Commande.Sorties s = Commande.executer("assiette", "--rpls", rpls.toString(), "--annee", "2025");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.out()).contains("assiette 2025 (commune 01053) : 1", "lues 5, acceptées 4, rejetées 1");
    assertThat(s.err()).contains("ligne 6, DEPCOM");
  }

  @Test
  @DisplayName("arrêté RPLS : un identifiant répété est signalé (seconde lecture des suspects), sa commune n'a pas d'assiette, les autres si (code 1)")
  void doublon(@TempDir Path d) throws Exception {
    Path rpls = fichier(d, "rpls.csv", RPLS + "A;01053;200071751;3;13;1;0\n");
    Commande.Sorties s = Commande.executer("assiette", "--rpls", rpls.toString(), "--annee", "2025", "--format", "csv");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("le logement « A » apparaît deux fois dans le parc [DOUBLON]");
    assertThat(Csv.lire(s.out())).extracting(l -> l.get("commune")).containsExactly("01004", "01283");
  }

  /** Attributions : Bourg au contingent de Bourg (bien), D à Oyonnax au contingent de Bourg (hors territoire). */
  private static final String SNE = "DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC\n"
      + "02/03/2025;01/04/2025;2;A;2;COMMUNE-01053;9000;1\n"
      + "03/03/2025;02/04/2025;2;D;2;COMMUNE-01053;30000;2\n"
      + "03/03/2024;02/04/2024;2;C;2;4;30000;2\n";

  @Test
  @DisplayName("R.441-5 I : une attribution au contingent d'une commune sur un logement d'une autre commune est refusée (code 1)")
  void contingentHorsTerritoire(@TempDir Path d) throws Exception {
    Path rpls = fichier(d, "rpls.csv", RPLS);
    Path sne = fichier(d, "sne.csv", SNE);
    Path seuils = fichier(d, "seuils.csv", "epci;annee;seuil\n200071751;2025;10500\n200042935;2025;9800,50\n");
    Commande.Sorties s = Commande.executer("bilan", "--attributions", sne.toString(), "--rpls", rpls.toString(), "--seuils",
        seuils.toString(), "--annee", "2025", "--bailleur", "123456782", "--nom-bailleur", "Habitat Exemple", "--format", "csv");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("hors de son territoire", "logement « D »", "refusées hors du territoire du contingent 1");
    List<Map<String, String>> lignes = Csv.lire(s.out());
    Map<String, String> bourg = lignes.stream().filter(l -> l.get("partie").equals("COMMUNE-01053")).findFirst().orElseThrow();
    // A seul compte pour Bourg ; C est de 2024 (hors de l'année) ; D est refusé
    assertThat(bourg.get("baux_signes")).isEqualTo("1");
  }

  @Test
  @DisplayName("R.441-5-1 : seuls les logements attribués sont joints ; un identifiant répété parmi eux est retiré et signalé, un doublon d'un logement non attribué n'a pas d'effet")
  void jointureBornee(@TempDir Path d) throws Exception {
    StringBuilder autres = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      autres.append("Z").append(i).append(";01053;200071751;3;13;1;0\n");
    }
    // Z7 répété : non attribué, sans effet sur le bilan ; A répété : attribué, retiré de la jointure
    Path sansDoublonUtile = fichier(d, "rpls1.csv", RPLS + autres + "Z7;01004;240100883;3;13;1;0\n");
    Path sne = fichier(d, "sne.csv", SNE);
    Path seuils = fichier(d, "seuils.csv", "epci;annee;seuil\n200071751;2025;10500\n200042935;2025;9800,50\n");
    Commande.Sorties s = Commande.executer("bilan", "--attributions", sne.toString(), "--rpls", sansDoublonUtile.toString(), "--seuils",
        seuils.toString(), "--annee", "2025", "--format", "csv");
    assertThat(s.err()).doesNotContain("« Z7 »").contains("lues 505, acceptées 505, rejetées 0");
    Path doublonUtile = fichier(d, "rpls2.csv", RPLS + "A;01004;240100883;3;13;1;0\n");
    Commande.Sorties t = Commande.executer("bilan", "--attributions", sne.toString(), "--rpls", doublonUtile.toString(), "--seuils",
        seuils.toString(), "--annee", "2025", "--format", "csv");
    assertThat(t.code()).isEqualTo(1);
    assertThat(t.err()).contains("le logement « A » apparaît plusieurs fois ; retiré de la jointure [DOUBLON]");
  }

  @Test
  @DisplayName("R.441-5-1 : l'année du bilan est une donnée obligatoire et bornée ; un fichier de seuils faux est signalé à la ligne")
  void anneeEtSeuils(@TempDir Path d) throws Exception {
    Path sne = fichier(d, "sne.csv", SNE);
    assertThat(Commande.executer("bilan", "--attributions", sne.toString()).code()).isEqualTo(2);
    assertThat(Commande.executer("bilan", "--attributions", sne.toString(), "--annee", "-5").code()).isEqualTo(2);
    Path seuils = fichier(d, "seuils.csv", "epci;annee;seuil\n200071751;2025;abc\n123;2025;100\n");
    Commande.Sorties s = Commande.executer("bilan", "--attributions", sne.toString(), "--seuils", seuils.toString(), "--annee", "2025");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("ligne 2, seuil", "ligne 3, epci");
  }
}
