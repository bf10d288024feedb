package fr.fluxlogement.rendu.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.reference.References;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Explications en JSON : un seul écrivain, références en objets avec leur identifiant Légifrance (R.441-5-1)")
class ExplicationJsonTest {

  private final Explication arbre = Explication.builder("flux annuel", 630)
      .formule("libérations − mutations − relogements")
      .reference(References.CCH_R441_5_1)
      .enfant(Explication.donnee("libérations", 800))
      .enfant(Explication.of("déductions \"ANRU\"\n", 170, "120 + 45 + 5", List.of(References.CCH_R441_5), List.of()))
      .build();

  @Test
  @DisplayName("ordre de clés fixe ; chaque référence est un objet (texte, article, alinéa, LEGIARTI, adresse, clause) ; texte échappé")
  void objets() {
    // la forme compacte du nœud, dans l'ordre de ses clés
    assertThat(CatalogueJson.explication(arbre).toString()).isEqualTo(
        "{\"libelle\":\"flux annuel\",\"valeur\":\"630\",\"formule\":\"libérations − mutations − relogements\","
            + "\"references\":[{\"texte\":\"CCH\",\"article\":\"R.441-5-1\",\"alinea\":null,\"legiarti\":\"LEGIARTI000041612753\","
            + "\"url\":null,\"clause\":null}],"
            + "\"enfants\":[{\"libelle\":\"libérations\",\"valeur\":\"800\",\"formule\":\"\",\"references\":[],\"enfants\":[]},"
            + "{\"libelle\":\"déductions \\\"ANRU\\\"\\n\",\"valeur\":\"170\",\"formule\":\"120 + 45 + 5\","
            + "\"references\":[{\"texte\":\"CCH\",\"article\":\"R.441-5\",\"alinea\":null,\"legiarti\":null,\"url\":null,\"clause\":null}],"
            + "\"enfants\":[]}]}");
  }

  @Test
  @DisplayName("un même arbre donne les mêmes octets")
  void deterministe() {
    assertThat(CatalogueJson.texte(CatalogueJson.explication(arbre))).isEqualTo(CatalogueJson.texte(CatalogueJson.explication(arbre)));
  }
}
