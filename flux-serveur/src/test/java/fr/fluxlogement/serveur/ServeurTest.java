package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.examples.cas.DossierCas;
import fr.fluxlogement.examples.cas.ResultatCas;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rendu.json.ResultatJson;
import fr.fluxlogement.rules.exercice.CalculExercice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Service HTTP : chaque route, par HTTP, sur un vrai serveur à port libre")
class ServeurTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Serveur serveur;
  private static Client client;

  @BeforeAll
  static void demarrer() {
    serveur = Serveur.demarrer(Fixtures.configuration());
    client = new Client(serveur);
  }

  @AfterAll
  static void arreter() {
    serveur.close();
  }

  private static JsonNode arbre(Client.Reponse r) throws Exception {
    return JSON.readTree(r.octets());
  }

  @Test
  @DisplayName("le serveur écoute sur la boucle locale, à un port choisi par le système")
  void boucleLocale() {
    assertThat(serveur.port()).isPositive();
    assertThat(serveur.adresse().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  @DisplayName("GET /sante : disponible, sans dossier servi")
  void sante() throws Exception {
    Client.Reponse r = client.conforme("GET", "/sante", client.get("/sante"));
    assertThat(r.statut()).isEqualTo(200);
    assertThat(arbre(r).get("statut").asText()).isEqualTo("disponible");
    assertThat(arbre(r).get("dossier").asBoolean()).isFalse();
    assertThat(arbre(r).get("version").asText()).isEqualTo("0.1.0-SNAPSHOT");
  }

  @Test
  @DisplayName("GET /openapi.yaml : le document servi est celui des ressources")
  void openapi() throws Exception {
    Client.Reponse r = client.get("/openapi.yaml");
    assertThat(r.statut()).isEqualTo(200);
    assertThat(r.type()).startsWith("application/yaml");
    try (var in = getClass().getClassLoader().getResourceAsStream(Contrat.RESSOURCE)) {
      assertThat(r.octets()).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  @DisplayName("POST /v1/exercice : le résultat d'Ornex, octet pour octet celui de la bibliothèque, et ses figures connues")
  void exercice() throws Exception {
    String attendu = ResultatJson.ecrire(CalculExercice.calculer(DonneesOrnex.exercice()).valeurOuLever());
    Client.Reponse r = client.conforme("POST", "/v1/exercice", client.post("/v1/exercice", Fixtures.ornex()));
    assertThat(r.statut()).isEqualTo(200);
    assertThat(r.texte()).isEqualTo(attendu);
    JsonNode ornex = null;
    for (JsonNode c : arbre(r).get("conventions")) {
      if (c.get("cle").asText().equals("COMMUNE-01281@01281")) {
        ornex = c;
      }
    }
    // l'annexe d'Ornex (flux-examples/cas/annexe-ornex.yaml) : 142 logements concernés, flux 11, objectif 2
    assertThat(ornex).isNotNull();
    assertThat(ornex.get("assiette").get("taille").asInt()).isEqualTo(142);
    assertThat(ornex.get("flux").get("flux").asInt()).isEqualTo(11);
    assertThat(ornex.get("objectif").asInt()).isEqualTo(2);
    assertThat(ornex.get("flux").get("explication").get("references")).isNotEmpty();
  }

  @Test
  @DisplayName("POST /v1/exercice : la même requête rend les mêmes octets, d'un appel à l'autre")
  void determinisme() {
    String corps = Fixtures.ornex();
    byte[] premier = client.post("/v1/exercice", corps).octets();
    for (int i = 0; i < 3; i++) {
      assertThat(client.post("/v1/exercice", corps).octets()).isEqualTo(premier);
    }
  }

  @Test
  @DisplayName("POST /v1/exercice : les clés inconnues sont ignorées (politique de version 1), le résultat ne change pas")
  void clesInconnues() throws Exception {
    ObjectNode e = (ObjectNode) JSON.readTree(Fixtures.ornex());
    e.put("cle_future", "sans effet");
    e.putObject("objet_futur").put("x", 1);
    Client.Reponse r = client.post("/v1/exercice", JSON.writeValueAsString(e));
    assertThat(r.statut()).isEqualTo(200);
    assertThat(r.octets()).isEqualTo(client.post("/v1/exercice", Fixtures.ornex()).octets());
  }

  @Test
  @DisplayName("POST /v1/exercice : un exercice faux rend 400 et toutes ses anomalies, chacune à son chemin")
  void exerciceFaux() throws Exception {
    ObjectNode e = (ObjectNode) JSON.readTree(Fixtures.ornex());
    e.put("annee", "deux mille");
    e.put("departement", 1);
    Client.Reponse r = client.conforme("POST", "/v1/exercice", client.post("/v1/exercice", JSON.writeValueAsString(e)));
    assertThat(r.statut()).isEqualTo(400);
    List<String> chemins = new ArrayList<>();
    arbre(r).get("anomalies").forEach(a -> chemins.add(a.get("chemin").asText()));
    assertThat(chemins).contains("annee", "departement");
  }

  @Test
  @DisplayName("POST /v1/cas : les figures d'un dossier de cas, égales à celles de DossierCas, et le flux compté à la main")
  void cas() throws Exception {
    String texte = Fixtures.lire(Fixtures.cas().resolve("art4-flux-arrondi-plancher.yaml"));
    Client.Reponse r = client.conforme("POST", "/v1/cas", client.post("/v1/cas", texte));
    assertThat(r.statut()).isEqualTo(200);
    // 1 234 × 8 % = 98,72 ; moins 12 % de mutations : 86,87 ; au plancher : 86
    assertThat(arbre(r).get("figures").get("flux").asText()).isEqualTo("86");
    ResultatCas direct = DossierCas.calculer(texte);
    TreeMap<String, String> figures = new TreeMap<>();
    arbre(r).get("figures").properties().forEach(f -> figures.put(f.getKey(), f.getValue().asText()));
    assertThat(figures).isEqualTo(new TreeMap<>(direct.figures()));
    assertThat(arbre(r).get("explications")).hasSize(direct.explications().size());
  }

  @Test
  @DisplayName("POST /v1/cas/verification : chaque dossier de cas livré (hors sections du disque) passe, comme flux verifier")
  void verificationDesCasLivres() throws Exception {
    int verifies = 0;
    for (Path p : DossierCas.fichiers(Fixtures.cas())) {
      String texte = Fixtures.lire(p);
      if (texte.lines().anyMatch(l -> l.startsWith("exercice:") || l.startsWith("projection:"))) {
        continue;
      }
      Client.Reponse r = client.conforme("POST", "/v1/cas/verification", client.post("/v1/cas/verification", texte));
      assertThat(r.statut()).as(p.getFileName().toString()).isEqualTo(200);
      assertThat(arbre(r).get("passe").asBoolean()).as(p.getFileName() + " : " + arbre(r).get("differences")).isTrue();
      assertThat(arbre(r).get("passe").asBoolean()).isEqualTo(DossierCas.differences(DossierCas.calculer(p)).isEmpty());
      verifies++;
    }
    assertThat(verifies).isGreaterThan(40);
  }

  @Test
  @DisplayName("POST /v1/cas/verification : une figure attendue fausse ne passe pas, et la différence est dite")
  void verificationEchoue() throws Exception {
    String texte = Fixtures.lire(Fixtures.cas().resolve("art4-flux-arrondi-plancher.yaml")).replace("flux: 86", "flux: 87");
    Client.Reponse r = client.conforme("POST", "/v1/cas/verification", client.post("/v1/cas/verification", texte));
    assertThat(r.statut()).isEqualTo(200);
    assertThat(arbre(r).get("passe").asBoolean()).isFalse();
    assertThat(arbre(r).get("differences").get(0).asText()).contains("87").contains("86");
  }

  @Test
  @DisplayName("POST /v1/cas : les sections qui citent un dossier du disque sont refusées (400 SECTION_REFUSEE)")
  void sectionsDuDisque() throws Exception {
    for (String section : List.of("exercice: {dossier: ../../../etc}", "projection: {dossier: /}")) {
      Client.Reponse r = client.conforme("POST", "/v1/cas", client.post("/v1/cas", "version: 1\nannee: 2025\n" + section + "\n"));
      assertThat(r.statut()).isEqualTo(400);
      assertThat(arbre(r).get("anomalies").get(0).get("code").asText()).isEqualTo("SECTION_REFUSEE");
    }
  }

  @Test
  @DisplayName("GET /v1/parametres : chaque paramètre national avec sa valeur datée et sa source")
  void parametres() throws Exception {
    Client.Reponse r = client.conforme("GET", "/v1/parametres", client.get("/v1/parametres"));
    assertThat(r.statut()).isEqualTo(200);
    JsonNode ps = arbre(r).get("parametres");
    assertThat(ps).hasSize(Parametres.nationaux().cles().size());
    JsonNode plafond = null;
    for (JsonNode p : ps) {
      if (p.get("parametre").asText().equals("plafond_prefet")) {
        plafond = p;
      }
    }
    // R.441-5-2 I : le préfet réserve au plus 30 % du flux
    assertThat(plafond).isNotNull();
    assertThat(plafond.get("valeurs").get(0).get("valeur").asText()).isEqualTo("3/10");
    assertThat(plafond.get("valeurs").get(0).get("source").get("article").asText()).isEqualTo("R.441-5-2");
    assertThat(plafond.get("valeurs").get(0).get("provenance").asText()).isEqualTo("NATIONAL");
  }

  @Test
  @DisplayName("GET /v1/references : tout le catalogue, chaque référence avec sa citation")
  void references() throws Exception {
    Client.Reponse r = client.conforme("GET", "/v1/references", client.get("/v1/references"));
    assertThat(r.statut()).isEqualTo(200);
    JsonNode refs = arbre(r).get("references");
    assertThat(refs).hasSize(References.toutes().size());
    assertThat(refs.get(0).get("citation").asText()).isEqualTo(References.toutes().get(0).citation());
  }

  @Test
  @DisplayName("GET /v1/dossier sans --dossier : 404 en JSON")
  void sansDossier() throws Exception {
    Client.Reponse r = client.conforme("GET", "/v1/dossier", client.get("/v1/dossier"));
    assertThat(r.statut()).isEqualTo(404);
    assertThat(arbre(r).get("anomalies").get(0).get("code").asText()).isEqualTo("RESSOURCE_INCONNUE");
  }

  @Test
  @DisplayName("chaque route du document OpenAPI existe sur le serveur (aucune ne répond 404 ou 405 de routage)")
  void routesDecrites() {
    for (var e : Contrat.of().document().getPaths().entrySet()) {
      String chemin = e.getKey().replace("{nom}", "index.html");
      for (var m : e.getValue().readOperationsMap().keySet()) {
        Client.Reponse r = m.name().equals("GET") ? client.get(chemin) : client.post(chemin, "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statut()).as(m + " " + chemin).isNotEqualTo(405);
        if (r.statut() == 404) {
          assertThat(chemin).startsWith("/v1/dossier");
        }
      }
    }
  }
}
