package fr.fluxlogement.core.anomalie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.reference.References;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Les lois du type de résultat unique (décision 0020) : aucune anomalie perdue par les
 * combinaisons, leur ordre gardé, valide si et seulement si aucune erreur.
 */
@DisplayName("Resultat : aucune anomalie perdue, ordre gardé, valide si et seulement si aucune erreur")
class ResultatProperties {

  /** Une anomalie numérotée : erreur si le code tiré est pair, avertissement sinon. */
  private static Anomalie anomalie(int n) {
    return n % 2 == 0
        ? Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, "champ" + n, "erreur " + n)
        : Anomalie.avertissement(CodeAnomalie.PLAFOND_PREFET_DEPASSE, "champ" + n, "avertissement " + n, References.CCH_R441_5_2_I);
  }

  /** Un résultat tiré par ses anomalies : valide (valeur = nombre d'anomalies) s'il n'y a pas d'erreur. */
  private static Gen<Resultat<Integer>> resultats() {
    return lists().of(integers().between(0, 99)).ofSizeBetween(0, 5)
        .map(ns -> {
          List<Anomalie> a = ns.stream().map(ResultatProperties::anomalie).toList();
          return Resultat.selon(a, () -> a.size());
        });
  }

  private static List<Anomalie> bout(List<Resultat<Integer>> l) {
    List<Anomalie> toutes = new ArrayList<>();
    l.forEach(r -> toutes.addAll(r.anomalies()));
    return toutes;
  }

  private static boolean sansErreur(List<Anomalie> a) {
    return a.stream().noneMatch(Anomalie::isErreur);
  }

  @Test
  @DisplayName("selon : valide si et seulement si aucune erreur ; erreurs + avertissements = anomalies, dans l'ordre")
  void valideSiAucuneErreur() {
    Proprietes.qt(2_000).forAll(resultats()).checkAssert(r -> {
      assertThat(r.isValide()).isEqualTo(sansErreur(r.anomalies()));
      assertThat(r.erreurs().isEmpty()).isEqualTo(r.isValide());
      assertThat(r.erreurs()).isEqualTo(r.anomalies().stream().filter(Anomalie::isErreur).toList());
      assertThat(r.avertissements()).isEqualTo(r.anomalies().stream().filter(a -> !a.isErreur()).toList());
      assertThat(r.erreurs().size() + r.avertissements().size()).isEqualTo(r.anomalies().size());
      if (r.isValide()) {
        assertThat(r.valeurOuLever()).isEqualTo(r.anomalies().size());
      } else {
        assertThatThrownBy(r::valeurOuLever).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(r.erreurs().size() + " erreur(s)")
            .satisfies(x -> r.erreurs().forEach(e -> assertThat(x.getMessage()).contains(e.toTexte())));
      }
    });
  }

  @Test
  @DisplayName("tous : les anomalies de chaque résultat, bout à bout ; valide si tous le sont, valeurs dans l'ordre")
  void tous() {
    Proprietes.qt(2_000).forAll(lists().of(resultats()).ofSizeBetween(0, 6)).checkAssert(l -> {
      Resultat<List<Integer>> t = Resultat.tous(l);
      assertThat(t.anomalies()).isEqualTo(bout(l));
      assertThat(t.isValide()).isEqualTo(l.stream().allMatch(Resultat::isValide));
      assertThat(t.isValide()).isEqualTo(sansErreur(t.anomalies()));
      t.valeur().ifPresent(v -> assertThat(v).isEqualTo(l.stream().map(Resultat::valeurOuLever).toList()));
    });
  }

  @Test
  @DisplayName("combiner à deux et trois : anomalies bout à bout, fonction appelée seulement si tous sont valides")
  void combiner() {
    Proprietes.qt(2_000).forAll(resultats(), resultats(), resultats()).checkAssert((a, b, c) -> {
      Resultat<Integer> deux = Resultat.combiner(a, b, Integer::sum);
      assertThat(deux.anomalies()).isEqualTo(bout(List.of(a, b)));
      assertThat(deux.isValide()).isEqualTo(a.isValide() && b.isValide());
      deux.valeur().ifPresent(v -> assertThat(v).isEqualTo(a.valeurOuLever() + b.valeurOuLever()));
      Resultat<List<Integer>> trois = Resultat.combiner(a, b, c, List::of);
      assertThat(trois.anomalies()).isEqualTo(bout(List.of(a, b, c)));
      assertThat(trois.isValide()).isEqualTo(a.isValide() && b.isValide() && c.isValide());
      trois.valeur().ifPresent(v -> assertThat(v).containsExactly(a.valeurOuLever(), b.valeurOuLever(), c.valeurOuLever()));
      assertThat(trois).isEqualTo(Resultat.tous(List.of(a, b, c)));
    });
  }

  @Test
  @DisplayName("flatMap : anomalies du premier puis de la suite ; la suite n'est pas appelée après un échec")
  void flatMap() {
    Proprietes.qt(2_000).forAll(resultats(), resultats()).checkAssert((a, b) -> {
      List<Resultat<Integer>> appels = new ArrayList<>();
      Resultat<Integer> s = a.flatMap(x -> {
        appels.add(b);
        return b.map(y -> x + y);
      });
      assertThat(appels).hasSize(a.isValide() ? 1 : 0);
      assertThat(s.anomalies()).isEqualTo(a.isValide() ? bout(List.of(a, b)) : a.anomalies());
      assertThat(s.isValide()).isEqualTo(sansErreur(s.anomalies()));
      assertThat(s).isEqualTo(a.isValide() ? Resultat.combiner(a, b, Integer::sum) : a);
    });
  }

  @Test
  @DisplayName("map, sous, mapAnomalies : mêmes anomalies (transformées dans l'ordre), même validité")
  void transformations() {
    Proprietes.qt(2_000).forAll(resultats()).checkAssert(r -> {
      assertThat(r.map(x -> x * 2).anomalies()).isEqualTo(r.anomalies());
      assertThat(r.map(x -> x * 2).valeur()).isEqualTo(r.valeur().map(x -> x * 2));
      Resultat<Integer> s = r.sous("conventions[1]");
      assertThat(s.isValide()).isEqualTo(r.isValide());
      assertThat(s.valeur()).isEqualTo(r.valeur());
      assertThat(s.anomalies()).isEqualTo(r.anomalies().stream().map(a -> a.sous("conventions[1]")).toList());
      assertThat(r.mapAnomalies(a -> a.aLaLigne(3)).anomalies()).isEqualTo(r.anomalies().stream().map(a -> a.aLaLigne(3)).toList());
    });
  }
}
