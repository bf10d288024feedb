package fr.fluxlogement.core.quantite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Répartition au plus fort reste (Hamilton)")
class RepartitionTest {

  private static Repartition.Partie p(String cle, long pourcent) {
    return new Repartition.Partie(cle, Fraction.pourcent(pourcent));
  }

  @Test
  @DisplayName("exemple illustratif (docs/exemple-illustratif.md, étape 4) : 630 logements à 30/22/4/2/42 % donnent 189/139/25/12/265, égalités départagées par le plus fort taux")
  void exempleIllustratif() {
    Map<String, Long> r = Repartition.repartirEnTable(630, List.of(
        p("PREFET", 30), p("ACTION-LOGEMENT", 22), p("COMMUNE-X", 4), p("DEPARTEMENT", 2), p("BAILLEUR", 42)));
    assertThat(r).containsExactly(
        Map.entry("ACTION-LOGEMENT", 139L), Map.entry("BAILLEUR", 265L), Map.entry("COMMUNE-X", 25L),
        Map.entry("DEPARTEMENT", 12L), Map.entry("PREFET", 189L));
  }

  @Test
  @DisplayName("exemple illustratif (docs/exemple-illustratif.md, étape 6) : le plafond de 8 logements partagé 60/40 donne 5 et 3")
  void garanties() {
    List<Repartition.Part> parts = Repartition.repartir(8, List.of(p("commune", 60), p("departement", 40)));
    assertThat(parts).extracting(Repartition.Part::part).containsExactly(5L, 3L);
    assertThat(parts.get(0).quota()).isEqualTo(Fraction.of(24, 5));
    assertThat(parts.get(0).resteAttribue()).isTrue();
    assertThat(parts.get(1).resteAttribue()).isFalse();
  }

  @Test
  @DisplayName("à reste et poids égaux, la clé la plus petite l'emporte")
  void departageParCle() {
    assertThat(Repartition.repartirEnTable(1, List.of(p("B", 50), p("A", 50))))
        .containsExactly(Map.entry("A", 1L), Map.entry("B", 0L));
  }

  @Test
  @DisplayName("un total nul se répartit en zéros, même avec des poids nuls")
  void totalNul() {
    assertThat(Repartition.repartirEnTable(0, List.of(p("A", 0), p("B", 0))))
        .containsExactly(Map.entry("A", 0L), Map.entry("B", 0L));
    assertThat(Repartition.repartir(0, List.of())).isEmpty();
  }

  @Test
  @DisplayName("erreurs de programmation : total négatif, clé répétée, poids tous nuls, poids négatif")
  void erreurs() {
    assertThatThrownBy(() -> Repartition.repartir(-1, List.of(p("A", 1)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Repartition.repartir(3, List.of(p("A", 1), p("A", 2)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Repartition.repartir(3, List.of(p("A", 0)))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Repartition.Partie("A", Fraction.of(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("paradoxe de l'Alabama : passer de 10 à 11 logements peut faire perdre une unité (pas de monotonie promise)")
  void alabama() {
    List<Repartition.Partie> parties = List.of(
        new Repartition.Partie("A", Fraction.of(6)), new Repartition.Partie("B", Fraction.of(6)),
        new Repartition.Partie("C", Fraction.of(2)));
    assertThat(Repartition.repartirEnTable(10, parties).get("C")).isEqualTo(2L);
    assertThat(Repartition.repartirEnTable(11, parties).get("C")).isEqualTo(1L);
  }
}
