package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Service HTTP : une entrée fausse ou hostile ne rend jamais 500, toujours des anomalies en JSON")
class EntreesHostilesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TAILLE = 256 * 1024;
  private static Serveur serveur;
  private static Client client;

  @BeforeAll
  static void demarrer() {
    serveur = Serveur.demarrer(Fixtures.configuration().withTailleMaximale(TAILLE)
        .withDelais(Duration.ofMillis(1500), Duration.ofMillis(800)));
    client = new Client(serveur);
  }

  @AfterAll
  static void arreter() {
    serveur.close();
  }

  /** Vérifie une réponse d'erreur : statut attendu, JSON conforme, le code attendu, aucune trace de pile. */
  private static JsonNode erreur(String methode, String gabarit, Client.Reponse r, int statut, String code) throws Exception {
    assertThat(r.statut()).as(r.texte()).isEqualTo(statut);
    client.conforme(methode, gabarit, r);
    sansTrace(r.texte());
    JsonNode a = JSON.readTree(r.octets()).get("anomalies");
    assertThat(a).isNotEmpty();
    if (code != null) {
      assertThat(a.get(0).get("code").asText()).isEqualTo(code);
    }
    for (JsonNode x : a) {
      assertThat(x.get("message").asText()).isNotBlank();
    }
    return a;
  }

  private static void sansTrace(String texte) {
    assertThat(texte).doesNotContain("\tat ").doesNotContain("at fr.fluxlogement").doesNotContain("at io.javalin")
        .doesNotContain("at org.eclipse").doesNotContain("Exception:").doesNotContain("<html");
  }

  @Test
  @DisplayName("JSON mal formé : 400 FORMAT_INVALIDE avec sa ligne")
  void malForme() throws Exception {
    JsonNode a = erreur("POST", "/v1/exercice", client.post("/v1/exercice", "{\"format\": \"flux-exercice\",\n \"version\": 1,,}"), 400,
        "FORMAT_INVALIDE");
    assertThat(a.get(0).get("ligne").asInt()).isEqualTo(2);
  }

  @Test
  @DisplayName("types faux, nombres énormes et exposants démesurés : 400, chaque anomalie à son chemin")
  void typesEtNombres() throws Exception {
    String ornex = Fixtures.ornex();
    for (String corps : List.of(
        ornex.replaceFirst("\"annee\" : 2025", "\"annee\" : [2025]"),
        ornex.replaceFirst("\"annee\" : 2025", "\"annee\" : 1e999999999"),
        ornex.replaceFirst("\"annee\" : 2025", "\"annee\" : 123456789012345678901234567890123456789012345678901234567890"),
        ornex.replaceFirst("\"version\" : 1", "\"version\" : true"),
        "[]", "\"texte\"", "null", "{}")) {
      erreur("POST", "/v1/exercice", client.post("/v1/exercice", corps), 400, null);
    }
  }

  @Test
  @DisplayName("imbrication profonde : 400 DEBORDEMENT, sans débordement de pile")
  void profondeur() throws Exception {
    String corps = "[".repeat(50_000) + "]".repeat(50_000);
    erreur("POST", "/v1/exercice", client.post("/v1/exercice", corps), 400, "DEBORDEMENT");
    String yaml = "a: ".repeat(1) + "[".repeat(20_000) + "]".repeat(20_000);
    erreur("POST", "/v1/cas", client.post("/v1/cas", yaml), 400, null);
  }

  @Test
  @DisplayName("corps au-delà de la taille permise : 413, annoncé ou non (envoi par morceaux)")
  void tropGrand() throws Exception {
    byte[] gros = new byte[(int) TAILLE + 1];
    java.util.Arrays.fill(gros, (byte) ' ');
    erreur("POST", "/v1/exercice", client.post("/v1/exercice", gros), 413, "CORPS_TROP_GRAND");
    // sans Content-Length : le corps arrive par morceaux, la lecture s'arrête à la taille permise
    var morceaux = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(gros));
    Client.Reponse r = client.envoyer(HttpRequest.newBuilder(URI.create(serveur.adresse() + "/v1/cas")).POST(morceaux));
    erreur("POST", "/v1/cas", r, 413, "CORPS_TROP_GRAND");
    // une longueur annoncée démesurée est refusée avant toute lecture
    String brute = client.brut(("POST /v1/exercice HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n{").getBytes(StandardCharsets.UTF_8),
        false, Duration.ofSeconds(5));
    assertThat(Client.statut(brute)).isEqualTo(413);
    sansTrace(brute);
  }

  @Test
  @DisplayName("corps tronqué (connexion fermée avant la longueur annoncée) : 400 CORPS_TRONQUE")
  void tronque() throws Exception {
    String brute = client.brut(("POST /v1/exercice HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"format\":").getBytes(StandardCharsets.UTF_8),
        true, Duration.ofSeconds(5));
    assertThat(Client.statut(brute)).isEqualTo(400);
    assertThat(Client.corps(brute)).contains("CORPS_TRONQUE");
    sansTrace(brute);
  }

  @Test
  @DisplayName("corps trop lent (rien ne vient) : 408 DELAI_DEPASSE, dans le délai d'inactivité")
  void lent() throws Exception {
    long debut = System.nanoTime();
    String brute = client.brut(("POST /v1/exercice HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{\"format\":").getBytes(StandardCharsets.UTF_8),
        false, Duration.ofSeconds(10));
    assertThat(Client.statut(brute)).isEqualTo(408);
    assertThat(Client.corps(brute)).contains("DELAI_DEPASSE");
    assertThat(Duration.ofNanos(System.nanoTime() - debut)).isLessThan(Duration.ofSeconds(9));
  }

  @Test
  @DisplayName("corps qui arrive goutte à goutte au-delà du délai de lecture : 408 DELAI_DEPASSE")
  void goutteAGoutte() throws Exception {
    try (java.net.Socket s = new java.net.Socket(serveur.adresse().getHost(), serveur.port())) {
      s.setSoTimeout(10_000);
      var out = s.getOutputStream();
      out.write("POST /v1/cas HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      String reponse = "";
      for (int i = 0; i < 10 && reponse.isEmpty(); i++) {
        out.write('#');
        out.flush();
        Thread.sleep(400);
        if (s.getInputStream().available() > 0) {
          reponse = new String(s.getInputStream().readNBytes(s.getInputStream().available()), StandardCharsets.UTF_8);
        }
      }
      if (reponse.isEmpty()) {
        reponse = new String(s.getInputStream().readNBytes(12), StandardCharsets.UTF_8);
      }
      assertThat(reponse).startsWith("HTTP/1.1 408");
    }
  }

  @Test
  @DisplayName("corps vide, hors UTF-8 : 400")
  void videEtEncodage() throws Exception {
    erreur("POST", "/v1/exercice", client.post("/v1/exercice", new byte[0]), 400, "CORPS_VIDE");
    erreur("POST", "/v1/cas", client.post("/v1/cas", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28}), 400, "ENCODAGE_INVALIDE");
  }

  @Test
  @DisplayName("YAML mal formé, champ inconnu, alias en bombe : 400 avec les anomalies du dossier de cas")
  void yaml() throws Exception {
    erreur("POST", "/v1/cas", client.post("/v1/cas", "version: 1\nannee: [2025\n"), 400, null);
    JsonNode a = erreur("POST", "/v1/cas", client.post("/v1/cas", "version: 1\nannee: 2025\nflux:\n  assiete: 100\n"), 400, null);
    assertThat(a.toString()).contains("CODE_INCONNU");
    String bombe = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n";
    erreur("POST", "/v1/cas", client.post("/v1/cas", bombe), 400, null);
    erreur("POST", "/v1/cas/verification", client.post("/v1/cas/verification", "{{{"), 400, null);
  }

  @Test
  @DisplayName("route inconnue : 404 ; méthode non permise : 405 ; toujours en JSON")
  void routage() throws Exception {
    Client.Reponse r = client.get("/v1/inconnue");
    assertThat(r.statut()).isEqualTo(404);
    assertThat(r.type()).startsWith("application/json");
    assertThat(JSON.readTree(r.octets()).get("anomalies").get(0).get("code").asText()).isEqualTo("RESSOURCE_INCONNUE");
    Client.Reponse m = client.get("/v1/exercice");
    assertThat(m.statut()).isEqualTo(405);
    assertThat(JSON.readTree(m.octets()).get("anomalies").get(0).get("code").asText()).isEqualTo("METHODE_NON_PERMISE");
    Client.Reponse d = client.envoyer(HttpRequest.newBuilder(URI.create(serveur.adresse() + "/sante")).DELETE());
    assertThat(d.statut()).isEqualTo(405);
    sansTrace(d.texte());
  }

  @Test
  @DisplayName("requête HTTP mal formée ou en-têtes démesurés : l'erreur de Jetty est elle aussi en JSON, sans trace")
  void jetty() throws Exception {
    String brute = client.brut("GET /sante HTTP/1.1\r\nHost: x\r\nX: \u0001\r\nbad header\r\n\r\n".getBytes(StandardCharsets.UTF_8), false,
        Duration.ofSeconds(5));
    assertThat(Client.statut(brute)).isEqualTo(400);
    assertThat(Client.corps(brute)).contains("\"anomalies\"");
    sansTrace(brute);
    String entetes = client.brut(("GET /sante HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(40_000) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8),
        false, Duration.ofSeconds(5));
    assertThat(Client.statut(entetes)).isEqualTo(431);
    assertThat(Client.corps(entetes)).contains("REQUETE_INVALIDE");
    sansTrace(entetes);
  }

  @Test
  @DisplayName("propriété : 300 exercices abîmés (troncature, octet changé, champ retypé) ne rendent jamais 5xx, toujours 200 ou 4xx en JSON")
  void abimes() {
    byte[] ornex = Fixtures.ornex().getBytes(StandardCharsets.UTF_8);
    qt().withExamples(300).withFixedSeed(20250101L)
        .forAll(integers().between(0, ornex.length - 1), integers().between(0, 255), integers().between(0, 2))
        .checkAssert((position, octet, sorte) -> {
          byte[] abime = switch (sorte) {
            case 0 -> java.util.Arrays.copyOf(ornex, position);
            case 1 -> {
              byte[] b = ornex.clone();
              b[position] = (byte) (int) octet;
              yield b;
            }
            default -> {
              String t = new String(ornex, StandardCharsets.UTF_8);
              int i = t.indexOf(':', position % t.length());
              yield (i < 0 ? t : t.substring(0, i + 1) + " [{\"x\": 1e400}] " + t.substring(i + 1)).getBytes(StandardCharsets.UTF_8);
            }
          };
          Client.Reponse r = client.post("/v1/exercice", abime);
          assertThat(r.statut()).isIn(200, 400, 422);
          assertThat(r.type()).startsWith("application/json");
          sansTrace(r.texte());
          if (r.statut() != 200) {
            client.conforme("POST", "/v1/exercice", r);
          }
        });
  }
}
