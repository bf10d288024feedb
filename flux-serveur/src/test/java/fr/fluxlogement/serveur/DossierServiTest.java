package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.fluxlogement.examples.dossier.ExerciceDuDossier;
import fr.fluxlogement.examples.dossier.SortiesExercice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Service HTTP : les rapports d'un dossier d'exercice calculé au démarrage, et rien d'autre du disque")
class DossierServiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Serveur serveur;
  private static Client client;

  @BeforeAll
  static void demarrer() {
    serveur = Serveur.demarrer(Fixtures.configuration().withDossier(Fixtures.dossier("ornex-2025")));
    client = new Client(serveur);
  }

  @AfterAll
  static void arreter() {
    serveur.close();
  }

  private static List<String> noms() throws Exception {
    Client.Reponse r = client.conforme("GET", "/v1/dossier", client.get("/v1/dossier"));
    assertThat(r.statut()).isEqualTo(200);
    List<String> noms = new ArrayList<>();
    JSON.readTree(r.octets()).get("fichiers").forEach(f -> noms.add(f.get("nom").asText()));
    return noms;
  }

  @Test
  @DisplayName("l'index liste les pages (index, annexes, bilans, projection) et leurs CSV et JSON")
  void index() throws Exception {
    List<String> noms = noms();
    assertThat(noms).contains("index.html", "projection.html", "bilan.csv", "bilan.json", "synthese.csv", "anomalies.txt");
    assertThat(noms).anyMatch(n -> n.startsWith("conventions/") && n.endsWith("/annexe.html"));
    assertThat(noms).anyMatch(n -> n.startsWith("bilans/") && n.endsWith(".html"));
    assertThat(noms).anyMatch(n -> n.startsWith("bilans/") && n.endsWith(".csv"));
    JsonNode index = JSON.readTree(client.get("/v1/dossier").octets());
    assertThat(index.get("annee").asInt()).isEqualTo(2025);
    assertThat(JSON.readTree(client.get("/sante").octets()).get("dossier").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("chaque fichier servi a les octets que flux exercice écrit sur le disque pour le même dossier")
  void memesOctetsQueLeDisque(@TempDir Path sortie) throws Exception {
    ExerciceDuDossier calcule = ExerciceDuDossier.of(Fixtures.dossier("ornex-2025"));
    List<String> ecrits = new ArrayList<>(SortiesExercice.ecrire(calcule.resultat().orElseThrow(), calcule.lu().prevision(), sortie));
    ecrits.add(SortiesExercice.ecrireAnomalies(sortie, calcule.lu().lectures(), calcule.anomalies()));
    assertThat(noms()).containsExactlyInAnyOrderElementsOf(ecrits);
    for (String nom : ecrits) {
      Client.Reponse r = client.get("/v1/dossier/" + nom);
      assertThat(r.statut()).as(nom).isEqualTo(200);
      assertThat(r.octets()).as(nom).isEqualTo(Files.readAllBytes(sortie.resolve(nom)));
      client.conforme("GET", "/v1/dossier/{nom}", r);
    }
  }

  @Test
  @DisplayName("une page HTML est servie en text/html, sans script permis (Content-Security-Policy)")
  void pageHtml() {
    Client.Reponse r = client.conforme("GET", "/v1/dossier/{nom}", client.get("/v1/dossier/index.html"));
    assertThat(r.type()).startsWith("text/html");
    assertThat(r.texte()).contains("<html");
    var h = client.envoyer(java.net.http.HttpRequest.newBuilder(java.net.URI.create(serveur.adresse() + "/v1/dossier/index.html")).GET());
    assertThat(h.statut()).isEqualTo(200);
  }

  @Test
  @DisplayName("traversée de chemins refusée : aucun fichier hors de la liste blanche, 400 ou 404 en JSON")
  void traversee() throws Exception {
    String pom = Files.readString(Fixtures.racine().resolve("pom.xml"));
    for (String chemin : List.of("/v1/dossier/../../pom.xml", "/v1/dossier/%2e%2e/%2e%2e/pom.xml", "/v1/dossier/..%2F..%2Fpom.xml",
        "/v1/dossier/conventions/../../../pom.xml", "/v1/dossier//etc/passwd", "/v1/dossier/%2Fetc%2Fpasswd", "/v1/dossier/..%5C..%5Cpom.xml",
        "/v1/dossier/dossier.yaml", "/v1/dossier/rpls.csv", "/v1/dossier/index.html%00.txt", "/v1/dossier/./index.html/..")) {
      String brute = client.brut(("GET " + chemin + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
          false, Duration.ofSeconds(5));
      int statut = Client.statut(brute);
      assertThat(statut).as(chemin).isIn(400, 404);
      assertThat(Client.corps(brute)).as(chemin).contains("\"anomalies\"").doesNotContain("<project").doesNotContain("root:");
      assertThat(pom).isNotEmpty();
    }
  }

  @Test
  @DisplayName("un dossier dont l'exercice ne se calcule pas empêche le démarrage, sans rien dire de ses données")
  void dossierFaux(@TempDir Path d) throws Exception {
    Files.writeString(d.resolve("dossier.yaml"), "version: 1\nannee: deux mille\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Serveur.demarrer(Fixtures.configuration().withDossier(d)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("n'a pu être calculé").hasMessageNotContaining("deux mille");
  }
}
