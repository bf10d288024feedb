package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Service HTTP : le filet de dernier recours rend 500 en JSON, sans trace ni message d'origine")
class FiletTest {

  @Test
  @DisplayName("une exception ou une erreur imprévue d'une route : 500 ERREUR_INTERNE, ni la trace ni le message, et le service continue")
  void filet() throws Exception {
    List<String> journal = Collections.synchronizedList(new ArrayList<>());
    try (Serveur s = Serveur.demarrer(Fixtures.configuration().withJournal(journal::add), r -> {
      r.get("/v1/panne", ctx -> {
        throw new IllegalStateException("donnée confidentielle 0123456789");
      });
      r.get("/v1/erreur", ctx -> {
        throw new StackOverflowError("pile confidentielle");
      });
    })) {
      Client c = new Client(s);
      for (String chemin : List.of("/v1/panne", "/v1/erreur")) {
        Client.Reponse r = c.get(chemin);
        assertThat(r.statut()).as(chemin).isEqualTo(500);
        assertThat(r.type()).startsWith("application/json");
        assertThat(r.texte()).doesNotContain("confidentielle").doesNotContain("\tat ").doesNotContain("fr.fluxlogement.serveur.");
        var a = new ObjectMapper().readTree(r.octets()).get("anomalies").get(0);
        assertThat(a.get("code").asText()).isEqualTo("ERREUR_INTERNE");
        assertThat(Contrat.of().schema("Erreur").validate(r.texte(), com.networknt.schema.InputFormat.JSON)).isEmpty();
      }
      assertThat(c.get("/sante").statut()).isEqualTo(200);
      assertThat(String.join("\n", journal)).doesNotContain("confidentielle");
    }
  }
}
