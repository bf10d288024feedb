package fr.fluxlogement.examples.cas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("flux parametres : chaque valeur légale datée, avec sa source")
class CommandeParametresTest {

  @Test
  @DisplayName("R.441-5-2 I : le plafond du préfet, 30 % du flux dont 5 % d'agents, cité avec son article ; L.441-1 : 25 % de prioritaires")
  void texte() {
    Commande.Sorties s = Commande.executer("parametres");
    assertThat(s.code()).isZero();
    assertThat(s.out()).contains("plafond_prefet — part maximale du préfet dans le flux annuel\n  depuis toujours : 30 % (3/10)\n"
        + "    valeur nationale ; CCH, art. R.441-5-2, I\n");
    assertThat(s.out()).contains("plafond_agents — part maximale des agents publics dans le flux annuel\n  depuis toujours : 5 % (1/20)\n");
    assertThat(s.out()).contains("objectif_prioritaires — part des attributions aux ménages prioritaires\n  depuis toujours : 25 % (1/4)\n"
        + "    valeur nationale ; CCH, art. L.441-1, alinéas sur les publics prioritaires\n");
  }

  @Test
  @DisplayName("convention art. 2 : le taux de mutations par défaut (10 %) est une clause de convention, non une valeur nationale ; JSON du service")
  void clause() throws Exception {
    Commande.Sorties s = Commande.executer("parametres", "--format", "json");
    assertThat(s.code()).isZero();
    JsonNode racine = new ObjectMapper().readTree(s.out());
    assertThat(racine.get("format").asText()).isEqualTo("flux-parametres");
    JsonNode mutations = null;
    for (JsonNode p : racine.get("parametres")) {
      if (p.get("parametre").asText().equals("taux_mutations_defaut")) {
        mutations = p;
      }
    }
    assertThat(mutations).isNotNull();
    JsonNode v = mutations.get("valeurs").get(0);
    assertThat(v.get("valeur").asText()).isEqualTo("1/10");
    assertThat(v.get("provenance").asText()).isEqualTo("CONVENTION");
    assertThat(racine.get("parametres").size()).isEqualTo(Parametres.nationaux().cles().size());
    JsonNode refs = new ObjectMapper().readTree(Commande.executer("parametres", "--references", "--format", "json").out());
    assertThat(refs.get("format").asText()).isEqualTo("flux-references");
    assertThat(refs.get("references").size()).isEqualTo(References.toutes().size());
    JsonNode jour = new ObjectMapper().readTree(Commande.executer("parametres", "--date", "2025-01-01", "--format", "json").out());
    for (JsonNode p : jour.get("parametres")) {
      assertThat(p.get("valeurs").size()).as(p.get("parametre").asText()).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("R.441-5-1 : la référence du bilan porte son identifiant Légifrance et son lien")
  void references() {
    Commande.Sorties s = Commande.executer("parametres", "--references");
    assertThat(s.code()).isZero();
    assertThat(s.out()).contains("CCH, art. R.441-5-1 — https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041612753\n");
    assertThat(s.out().lines().count()).isEqualTo(References.toutes().size());
  }

  @Test
  @DisplayName("CSV pour tableur français : BOM, séparateur « ; », une ligne par paramètre à la date demandée")
  void csv() {
    Commande.Sorties s = Commande.executer("parametres", "--format", "csv", "--date", "2025-01-01");
    assertThat(s.code()).isZero();
    List<String> lignes = s.out().lines().toList();
    assertThat(lignes.get(0)).startsWith("\uFEFFcle;libelle;type;debut;");
    assertThat(lignes).hasSize(1 + Parametres.nationaux().cles().size());
    assertThat(lignes).anyMatch(l -> l.startsWith("nombre_candidats;nombre de candidats par logement;entier;1900-01-01;3;"));
  }

  @Test
  @DisplayName("une date invalide ou hors du domaine est une erreur d'usage (code 2), en français")
  void dateInvalide() {
    assertThat(Commande.executer("parametres", "--date", "2025-13-01").code()).isEqualTo(2);
    Commande.Sorties s = Commande.executer("parametres", "--date", "2101-01-01");
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("hors du domaine");
    assertThat(Commande.executer("parametres", "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  @DisplayName("chaque paramètre a une valeur à chaque jour du domaine (1900-2100), et chaque valeur cite un texte national ou une clause")
  void couverture() {
    Parametres p = Parametres.nationaux();
    List<String> manques = new ArrayList<>();
    for (Parametre<?> cle : p.cles()) {
      if (!p.chronologie(cle).couvre(Parametres.DOMAINE_DEBUT, Parametres.DOMAINE_FIN)) {
        manques.add(cle.nom());
      }
      for (ValeurDatee<?> v : p.chronologie(cle).valeurs()) {
        Reference r = v.source();
        assertThat(r.isClause() || References.toutes().contains(r)).as(cle.nom()).isTrue();
      }
    }
    assertThat(manques).isEmpty();
    assertThat(p.valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2025, 6, 1))).isEqualTo(3);
  }
}
