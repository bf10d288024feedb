package fr.fluxlogement.rendu.html;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.reference.Reference;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Graphiques et citations : géométrie calculée, texte de remplacement, seuls liens vers Légifrance")
class GraphiquesTest {

  @Test
  @DisplayName("barres : maximum rond, hauteurs proportionnelles, motifs distincts sans couleur, alternative qui donne chaque valeur")
  void barres() {
    assertThat(Graphiques.maximumRond(0)).isEqualTo(1);
    assertThat(Graphiques.maximumRond(7)).isEqualTo(10);
    assertThat(Graphiques.maximumRond(20)).isEqualTo(20);
    assertThat(Graphiques.maximumRond(21)).isEqualTo(50);
    Graphique g = Graphiques.barres("g", "Réalisé", "logements", List.of(new Graphiques.Valeur("objectif", 4), new Graphiques.Valeur("baux", 2)));
    assertThat(g.barres()).extracting(Graphique.Barre::h).containsExactly(157, 78); // maximum rond 5 : 4 / 5 × 196 et 2 / 5 × 196
    assertThat(g.barres()).extracting(Graphique.Barre::motif).containsExactly("plein", "hachures");
    assertThat(g.alternative()).isEqualTo("Réalisé : objectif 4, baux 2 logements.");
  }

  @Test
  @DisplayName("courbes : un point par année, tirets et marqueurs distincts par série, alternative année par année")
  void courbes() {
    Graphique g = Graphiques.courbes("c", "Objectif", "logements", List.of("2025", "2026"),
        List.of(new Graphiques.Serie("bas", List.of(1L, 2L)), new Graphiques.Serie("haut", List.of(2L, 3L))));
    assertThat(g.courbes()).extracting(Graphique.Courbe::tirets).containsExactly("none", "8 4");
    assertThat(g.courbes().get(0).trace()).matches("\\d+,\\d+ \\d+,\\d+");
    assertThat(g.alternative()).isEqualTo("Objectif : bas : 2025 1, 2026 2 ; haut : 2025 2, 2026 3 (logements).");
  }

  @Test
  @DisplayName("une référence à identifiant Légifrance est liée ; une autre adresse ne l'est pas, et reste lisible")
  void citations() {
    Reference r = Reference.of("CCH", "R.441-6").withLegiarti("LEGIARTI000041598311");
    assertThat(Citation.of(r).legifrance()).contains("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041598311");
    assertThat(Citation.of(Reference.of("Convention", "3").withUrl("javascript:alert(1)")).legifrance()).isEmpty();
    assertThat(Citation.of(Reference.of("Convention", "3").withUrl("javascript:alert(1)")).adresse()).contains("javascript:alert(1)");
    assertThat(Citation.of(Reference.of("Convention", "3").withUrl("https://www.legifrance.gouv.fr/x\"onclick=1")).legifrance()).isEmpty();
    assertThat(Citation.of(Reference.of("CCH", "L.441-1")).texte()).isEqualTo("CCH, art. L.441-1");
  }
}
