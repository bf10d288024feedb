package fr.fluxlogement.rendu.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("JSON mal formé : un message français, avec sa ligne et sa colonne, jamais le texte anglais de l'analyseur")
class MessagesJsonTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "{\"format\": \"flux-exercice\", | fin du document inattendue",
      "{\"a\":,} | caractère inattendu « , »",
      "{a: 1} | caractère inattendu « a » là où une clé entre guillemets était attendue",
      "{\"a\": vrai} | mot inconnu « vrai »",
      "{\"a\": 01} | nombre mal écrit",
      "{\"a\": 1, \"a\": 2} | clé répétée dans un même objet"})
  void francais(String json, String attendu) {
    var v = ExerciceJson.lire(json);
    assertThat(!v.isValide()).isTrue();
    List<Anomalie> a = v.erreurs();
    assertThat(a).isNotEmpty();
    Anomalie premiere = a.get(0);
    assertThat(premiere.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(premiere.message()).startsWith("JSON mal formé : " + attendu).contains("(colonne ");
    assertThat(premiere.message()).doesNotContainIgnoringCase("unexpected").doesNotContainIgnoringCase("expecting")
        .doesNotContainIgnoringCase("token").doesNotContain("was ");
    assertThat(premiere.ligne()).isPresent();
  }
}
