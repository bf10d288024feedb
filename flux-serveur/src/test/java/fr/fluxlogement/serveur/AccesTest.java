package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Service HTTP : accès par jeton, comparé en temps constant, exigé hors de la boucle locale")
class AccesTest {

  private static final String SECRET = "s3cret-de-test-0123456789";

  @Test
  @DisplayName("avec un jeton : sans lui ou avec un faux, 401 en JSON ; avec lui, 200 ; /sante reste ouverte")
  void jeton() throws Exception {
    try (Serveur s = Serveur.demarrer(Fixtures.configuration().withJeton(Jeton.of(SECRET)))) {
      Client c = new Client(s);
      Client.Reponse sans = c.conforme("GET", "/v1/parametres", c.get("/v1/parametres"));
      assertThat(sans.statut()).isEqualTo(401);
      assertThat(new ObjectMapper().readTree(sans.octets()).get("anomalies").get(0).get("code").asText()).isEqualTo("JETON_REFUSE");
      assertThat(c.get("/v1/parametres", SECRET + "x").statut()).isEqualTo(401);
      assertThat(c.get("/v1/parametres", SECRET.substring(1)).statut()).isEqualTo(401);
      assertThat(c.get("/v1/parametres", "").statut()).isEqualTo(401);
      assertThat(c.envoyer(HttpRequest.newBuilder(URI.create(s.adresse() + "/v1/parametres")).header("Authorization", "Basic " + SECRET).GET())
          .statut()).isEqualTo(401);
      assertThat(c.get("/v1/parametres", SECRET).statut()).isEqualTo(200);
      assertThat(c.get("/v1/dossier/index.html").statut()).isEqualTo(401);
      Client.Reponse post = c.envoyer(HttpRequest.newBuilder(URI.create(s.adresse() + "/v1/exercice"))
          .POST(HttpRequest.BodyPublishers.ofString(Fixtures.ornex())));
      assertThat(post.statut()).isEqualTo(401);
      assertThat(c.get("/sante").statut()).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("sans jeton, un POST au corps d'un mégaoctet reçoit bien son 401, vingt fois de suite sur la même connexion réutilisable")
  void refusAvantLeCorps() throws Exception {
    byte[] corps = new byte[1024 * 1024];
    java.util.Arrays.fill(corps, (byte) ' ');
    try (Serveur s = Serveur.demarrer(Fixtures.configuration().withJeton(Jeton.of(SECRET)))) {
      Client c = new Client(s);
      for (int i = 0; i < 20; i++) {
        assertThat(c.post("/v1/exercice", corps).statut()).as("essai %d", i).isEqualTo(401);
        assertThat(c.get("/v1/parametres", SECRET).statut()).as("essai %d", i).isEqualTo(200);
      }
    }
  }

  @Test
  @DisplayName("hors de la boucle locale sans jeton : démarrage refusé ; avec un jeton, permis")
  void horsBoucleLocale() {
    Configuration toutes = Fixtures.configuration().withHote("0.0.0.0");
    assertThat(toutes.isBoucleLocale()).isFalse();
    assertThat(toutes.refus()).singleElement().asString().contains("sans jeton");
    assertThatThrownBy(() -> Serveur.demarrer(toutes)).isInstanceOf(IllegalStateException.class).hasMessageContaining("FLUX_JETON");
    assertThat(toutes.withJeton(Jeton.of(SECRET)).refus()).isEmpty();
    assertThat(Fixtures.configuration().withHote("localhost").isBoucleLocale()).isTrue();
    assertThat(Fixtures.configuration().withHote("::1").isBoucleLocale()).isTrue();
  }

  @Test
  @DisplayName("le jeton : 16 caractères au moins, ASCII visible, lu de la première ligne d'un fichier, jamais affiché")
  void regles(@TempDir Path d) throws Exception {
    assertThatThrownBy(() -> Jeton.of("court")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jeton.of("avec des espaces dedans")).isInstanceOf(IllegalArgumentException.class);
    Path f = d.resolve("jeton");
    Files.writeString(f, SECRET + "\nligne ignorée\n");
    Jeton j = Jeton.lire(f);
    assertThat(j.isPresentePar("Bearer " + SECRET)).isTrue();
    assertThat(j.isPresentePar("bearer " + SECRET)).isTrue();
    assertThat(j.isPresentePar("Bearer ligne ignorée")).isFalse();
    assertThat(j.isPresentePar(null)).isFalse();
    assertThat(j.toString()).doesNotContain(SECRET);
    Files.write(f, new byte[Jeton.TAILLE_MAXIMALE_FICHIER + 1]);
    assertThatThrownBy(() -> Jeton.lire(f)).isInstanceOf(IllegalArgumentException.class);
  }
}
