package fr.fluxlogement.examples.cas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Les fichiers d'exemple : le parc RPLS du dossier illustratif de l'Ain ({@code
 * flux-examples/dossiers/ain-illustratif-2025/rpls.csv}) et les réservations identifiées de {@code
 * flux-examples/etat-des-lieux/reservations.csv}. À Bourg-en-Bresse (01053) : 150 logements, dont 3
 * en vente (HE3R-BGA000 à 002, {@code MISCOMMERCIAL} = 1), soit 147 dans l'assiette 2024.
 */
@DisplayName("flux etat-des-lieux : l'état des lieux des réservations en stock et leur conversion (décret n° 2020-145, art. 2 II)")
class CommandeEtatDesLieuxTest {

  private static final String RPLS = "dossiers/ain-illustratif-2025/rpls.csv";
  private static final String RESERVATIONS = "etat-des-lieux/reservations.csv";

  @Test
  @DisplayName("décret 2020-145 art. 2 II : la commune a 4 logements en vigueur sur 147 (4/147), Action Logement et le préfet 1 chacun, le département un droit échu ; 141/147 non réservés")
  void csvParReservataire() {
    Commande.Sorties s = Commande.executer("etat-des-lieux", "--rpls", RPLS, "--reservations", RESERVATIONS, "--date", "2023-11-24",
        "--commune", "01053", "--format", "csv", "--nom", "01053=Bourg-en-Bresse", "--nom", "01=l'Ain");
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.out()).contains("COMMUNE-01053;commune de Bourg-en-Bresse;4;0;1;2035-12-31;2040-12-31;2,72 %;4/147;3;0;1;0;0;0;0\r\n");
    assertThat(s.out()).contains("ACTION-LOGEMENT;Action Logement Services;1;0;1;;;0,68 %;1/147;0;0;0;0;1;0;0\r\n");
    assertThat(s.out()).contains("DEPARTEMENT-01;département de l'Ain;0;1;0;;;0 %;0;");
    assertThat(s.out()).contains("ETAT-PRIORITAIRES;État (ménages prioritaires);1;0;1;;;0,68 %;1/147;");
    assertThat(s.err()).contains("lues 7, acceptées 7, rejetées 0");
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II : en JSON, les deux niveaux, la méthode, la date et la part non réservée 141/147")
  void json() throws Exception {
    Commande.Sorties s = Commande.executer("etat-des-lieux", "--rpls", RPLS, "--reservations", RESERVATIONS, "--date", "2023-11-24",
        "--commune", "01053", "--format", "json");
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(s.out());
    assertThat(r.get("format").asText()).isEqualTo("flux-etat-des-lieux");
    assertThat(r.get("methode").asText()).isEqualTo("ratio_du_stock");
    assertThat(r.get("annee_assiette").asInt()).isEqualTo(2024);
    assertThat(r.get("logements_assiette").asLong()).isEqualTo(147);
    assertThat(r.get("non_reserve").asText()).isEqualTo("47/49");
    assertThat(r.get("logements")).hasSize(7);
    assertThat(r.get("logements").get(5).get("en_vigueur").asText()).isEqualTo("non");
    assertThat(r.get("reservataires")).hasSize(4);
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II, pondération par la rotation : les 7 logements réservés tournent à 20 %, les 140 autres à 10 % ; la commune a 0,8 ÷ 15,4 = 2/77")
  void rotation(@TempDir Path d) throws Exception {
    StringBuilder rot = new StringBuilder("logement;taux\n");
    for (String ligne : Files.readAllLines(Path.of(RPLS))) {
      String[] c = ligne.split(";");
      if (c[1].equals("01053")) {
        boolean reserve = c[0].compareTo("HE3R-REY000") >= 0 && c[0].compareTo("HE3R-REY006") <= 0;
        rot.append(c[0]).append(';').append(reserve ? "20 %" : "10 %").append('\n');
      }
    }
    Path f = d.resolve("rotations.csv");
    Files.writeString(f, rot);
    Commande.Sorties s = Commande.executer("etat-des-lieux", "--rpls", RPLS, "--reservations", RESERVATIONS, "--date", "2023-11-24",
        "--commune", "01053", "--format", "csv", "--methode", "rotation", "--rotations", f.toString());
    assertThat(s.code()).as(s.err()).isZero();
    // Σ rotations de l'assiette : 7 × 0,2 + 140 × 0,1 = 15,4 (les 3 logements en vente, hors assiette, ne comptent pas) ;
    // commune : 4 × 0,2 = 0,8 → 0,8 ÷ 15,4 = 8/154 = 4/77
    assertThat(s.out()).contains("COMMUNE-01053;commune de 01053;4;0;1;2035-12-31;2040-12-31;5,19 %;4/77;");
    // Action Logement : 0,2 ÷ 15,4 = 1/77
    assertThat(s.out()).contains("ACTION-LOGEMENT;Action Logement Services;1;0;1;;;1,3 %;1/77;");
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II : une ligne fautive est rejetée avec sa ligne et sa colonne, les autres comptent ; code 1")
  void anomalies(@TempDir Path d) throws Exception {
    Path f = d.resolve("reservations.csv");
    Files.writeString(f, "logement;titulaire;origine;fin\nHE3R-REY000;COMMUNE-01053;garantie_emprunt;31/04/2030\n"
        + "HE3R-REY001;MAIRIE;garantie_emprunt;\nHE3R-REY002;COMMUNE-01053;don;\nHE3R-REY003;COMMUNE-01053;apport_foncier;\n");
    Commande.Sorties s = Commande.executer("etat-des-lieux", "--rpls", RPLS, "--reservations", f.toString(), "--date", "2023-11-24",
        "--commune", "01053");
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("ligne 2").contains("fin").contains("ligne 3").contains("réservataire « MAIRIE » : clé de réservataire inconnue")
        .contains("ligne 4").contains("origine inconnue « don »");
    assertThat(s.out()).contains("lues 4, acceptées 1, rejetées 3");
    assertThat(s.out()).contains("commune de 01053 : 0,68 % (1 ÷ 147 logements");
  }

  @Test
  @DisplayName("erreurs d'utilisation : méthode inconnue, rotation sans fichier, date impossible ; code 2, message français")
  void usage() {
    assertThat(Commande.executer("etat-des-lieux", "--rpls", RPLS, "--reservations", RESERVATIONS, "--date", "2023-11-24", "--methode", "x")
        .err()).contains("méthode inconnue « x »");
    Commande.Sorties s = Commande.executer("etat-des-lieux", "--rpls", RPLS, "--reservations", RESERVATIONS, "--date", "2023-11-24",
        "--methode", "rotation");
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("--rotations");
    assertThat(Commande.executer("etat-des-lieux", "--rpls", RPLS, "--reservations", RESERVATIONS, "--date", "2023-02-30").code())
        .isEqualTo(2);
  }
}
