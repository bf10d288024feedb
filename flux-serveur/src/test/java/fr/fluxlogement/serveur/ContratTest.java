package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Document OpenAPI : valide, et ses schémas refusent ce qui ne leur ressemble pas")
class ContratTest {

  @Test
  @DisplayName("swagger-parser lit le document OpenAPI 3 sans aucun message")
  void valide() {
    Contrat c = Contrat.of();
    assertThat(c.messages()).isEmpty();
    assertThat(c.document().getOpenapi()).startsWith("3.0");
    assertThat(c.document().getPaths()).containsKeys("/sante", "/openapi.yaml", "/v1/exercice", "/v1/cas", "/v1/cas/verification",
        "/v1/parametres", "/v1/references", "/v1/dossier", "/v1/dossier/{nom}");
  }

  @Test
  @DisplayName("le schéma des erreurs refuse une anomalie sans message, un code en minuscules et une liste vide")
  void schemaErreur() {
    var s = Contrat.of().schema("Erreur");
    String bonne = "{\"anomalies\":[{\"code\":\"CORPS_VIDE\",\"chemin\":\"\",\"ligne\":null,\"message\":\"vide\",\"reference\":null,"
        + "\"gravite\":\"ERREUR\"}]}";
    assertThat(s.validate(bonne, InputFormat.JSON)).isEmpty();
    assertThat(s.validate(bonne.replace(",\"message\":\"vide\"", ""), InputFormat.JSON)).isNotEmpty();
    assertThat(s.validate(bonne.replace("CORPS_VIDE", "corps vide"), InputFormat.JSON)).isNotEmpty();
    assertThat(s.validate("{\"anomalies\":[]}", InputFormat.JSON)).isNotEmpty();
    assertThat(s.validate("{\"anomalies\":[], \"trace\": \"at x\"}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  @DisplayName("le schéma de la santé refuse un statut inconnu et un champ de trop")
  void schemaSante() {
    var s = Contrat.of().schema("Sante");
    assertThat(s.validate("{\"statut\":\"disponible\",\"version\":\"1\",\"dossier\":false}", InputFormat.JSON)).isEmpty();
    assertThat(s.validate("{\"statut\":\"en panne\",\"version\":\"1\",\"dossier\":false}", InputFormat.JSON)).isNotEmpty();
    assertThat(s.validate("{\"statut\":\"disponible\",\"version\":\"1\",\"dossier\":false,\"x\":1}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  @DisplayName("le schéma du résultat suit les références internes (une explication sans enfants est refusée)")
  void references() {
    var s = Contrat.of().schema("Explication");
    assertThat(s.validate("{\"libelle\":\"a\",\"valeur\":\"1\",\"formule\":\"\",\"references\":[],\"enfants\":[]}", InputFormat.JSON)).isEmpty();
    assertThat(s.validate("{\"libelle\":\"a\",\"valeur\":\"1\",\"formule\":\"\",\"references\":[]}", InputFormat.JSON)).isNotEmpty();
    assertThat(s.validate("{\"libelle\":\"a\",\"valeur\":\"1\",\"formule\":\"\",\"references\":[{\"texte\":\"CCH\"}],\"enfants\":[]}",
        InputFormat.JSON)).isNotEmpty();
  }
}
