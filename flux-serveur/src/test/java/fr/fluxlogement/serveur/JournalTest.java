package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.examples.dossier.LecteurDossier;
import fr.fluxlogement.rendu.json.ExerciceJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Service HTTP : le journal des accès ne contient aucune donnée des ménages ni aucun corps")
class JournalTest {

  @Test
  @DisplayName("une ligne par requête (méthode, route, statut, durée) ; ni ressources, ni numéro unique, ni corps, ni jeton")
  void journal() throws Exception {
    List<String> lignes = Collections.synchronizedList(new ArrayList<>());
    String secret = "jeton-du-journal-0123456789";
    // l'exercice de l'Ain a des attributions : ressources et compositions des ménages
    String exercice = ExerciceJson.ecrire(LecteurDossier.lire(Fixtures.dossier("ain-illustratif-2025")).exercice().orElseThrow());
    assertThat(exercice).contains("ressources_annuelles");
    ObjectNode e = (ObjectNode) new ObjectMapper().readTree(exercice);
    e.put("numero_unique_egare", "001012500012345678");
    try (Serveur s = Serveur.demarrer(Fixtures.configuration().withJournal(lignes::add).withJeton(Jeton.of(secret)))) {
      Client c = new Client(s);
      var ok = c.envoyer(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.adresse() + "/v1/exercice"))
          .header("Authorization", "Bearer " + secret).POST(java.net.http.HttpRequest.BodyPublishers.ofString(e.toString())));
      assertThat(ok.statut()).isEqualTo(200);
      var faux = c.envoyer(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.adresse() + "/v1/exercice?menage=001012500099999999"))
          .header("Authorization", "Bearer " + secret).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ressources\": 24600,,}")));
      assertThat(faux.statut()).isEqualTo(400);
      c.get("/v1/dossier/001012500077777777");
      // le journal note un accès après l'envoi de la réponse : il peut suivre de peu
      long limite = System.nanoTime() + 5_000_000_000L;
      while (lignes.size() < 3 && System.nanoTime() < limite) {
        Thread.sleep(10);
      }
    }
    assertThat(lignes).hasSize(3);
    assertThat(lignes.get(0)).startsWith("POST /v1/exercice 200 ");
    assertThat(lignes.get(1)).startsWith("POST /v1/exercice 400 ");
    String tout = String.join("\n", lignes);
    assertThat(tout).doesNotContain("001012500012345678").doesNotContain("001012500099999999").doesNotContain("001012500077777777")
        .doesNotContain("24600").doesNotContain("ressources").doesNotContain(secret).doesNotContain("Bearer");
    for (String montant : List.of("9900", "24600")) {
      assertThat(tout).doesNotContain(montant);
    }
  }
}
