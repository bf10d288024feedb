package fr.fluxlogement.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rendu.json.ExerciceJson;
import fr.fluxlogement.rendu.json.ResultatJson;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON de l'exercice d'Ornex : aller-retour exact, résultat identique octet pour octet")
class OrnexJsonTest {

  private static final Exercice ORNEX = DonneesOrnex.exercice();

  @Test
  @DisplayName("lire(ecrire(exercice)) rend l'exercice d'Ornex, et sa réécriture les mêmes octets")
  void allerRetour() {
    String json = ExerciceJson.ecrire(ORNEX);
    Resultat<Exercice> lu = ExerciceJson.lire(json);
    assertThat(lu.isValide()).as("anomalies : %s", !lu.isValide() ? lu.erreurs() : "").isTrue();
    assertThat(lu.valeurOuLever()).isEqualTo(ORNEX);
    assertThat(ExerciceJson.ecrire(lu.valeurOuLever())).isEqualTo(json);
  }

  @Test
  @DisplayName("le document porte format, version, clés stables des réservataires et taux exacts en texte")
  void forme() {
    String json = ExerciceJson.ecrire(ORNEX);
    assertThat(json).startsWith("{\n  \"format\" : \"flux-exercice\",\n  \"version\" : 1,");
    assertThat(json).contains("\"reservataire\" : \"COMMUNE-01281\"", "\"nom_reservataire\" : \"Ornex\"",
        "\"reservataire\" : \"ETAT-PRIORITAIRES\"", "\"2022\" : \"89/1000\"", "\"territoire\" : \"DEPARTEMENT-01\"");
  }

  @Test
  @DisplayName("le résultat calculé sur l'exercice relu s'écrit octet pour octet comme celui de l'original")
  void resultatIdentique() {
    ResultatExercice r = CalculExercice.calculer(ORNEX).valeurOuLever();
    String json = ResultatJson.ecrire(r);
    Exercice relu = ExerciceJson.lire(ExerciceJson.ecrire(ORNEX)).valeurOuLever();
    assertThat(ResultatJson.ecrire(CalculExercice.calculer(relu).valeurOuLever())).isEqualTo(json);
    assertThat(ResultatJson.ecrire(CalculExercice.calculer(ORNEX).valeurOuLever())).isEqualTo(json);
    assertThat(json).startsWith("{\n  \"format\" : \"flux-resultat\",\n  \"version\" : 1,");
    assertThat(json).contains("\"legiarti\" : ", "\"clause\" : \"FLUX_ANNUEL\"",
        "\"texte\" : \"Convention de gestion en flux – commune d'Ornex et Alliade Habitat\"");
  }

  @Test
  @DisplayName("un taux en pourcentage français (« 8,9 % ») est accepté en entrée")
  void pourcentFrancais() {
    String json = ExerciceJson.ecrire(ORNEX).replace("\"89/1000\"", "\"8,9 %\"");
    assertThat(ExerciceJson.lire(json).valeurOuLever()).isEqualTo(ORNEX);
  }
}
