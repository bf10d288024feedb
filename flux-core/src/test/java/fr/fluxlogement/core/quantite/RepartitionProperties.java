package fr.fluxlogement.core.quantite;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Répartition : propriétés du quota")
class RepartitionProperties {

  private static final Gen<List<Integer>> POIDS = lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 12)
      .assuming(l -> l.stream().anyMatch(x -> x > 0));

  private static List<Repartition.Partie> parties(List<Integer> poids) {
    List<Repartition.Partie> l = new ArrayList<>();
    for (int i = 0; i < poids.size(); i++) {
      l.add(new Repartition.Partie("P" + i, Fraction.of(poids.get(i), 100)));
    }
    return l;
  }

  @Test
  @DisplayName("les parts somment exactement au total")
  void sommeExacte() {
    Proprietes.qt(1500).forAll(longs().between(0, 10_000_000), POIDS).check((total, poids) ->
        Repartition.repartir(total, parties(poids)).stream().mapToLong(Repartition.Part::part).sum() == total);
  }

  @Test
  @DisplayName("chaque part est entre le plancher et le plafond de son quota exact")
  void proprieteDuQuota() {
    Proprietes.qt(1500).forAll(longs().between(0, 10_000_000), POIDS).check((total, poids) ->
        Repartition.repartir(total, parties(poids)).stream().allMatch(p ->
            p.part() >= p.quota().plancher().longValueExact() && p.part() <= p.quota().plafond().longValueExact()));
  }

  @Test
  @DisplayName("le résultat ne dépend pas de l'ordre des parties")
  void independanceDeLOrdre() {
    Proprietes.qt(1000).forAll(longs().between(0, 100_000), POIDS, longs().all()).check((total, poids, melange) -> {
      List<Repartition.Partie> l = parties(poids);
      List<Repartition.Partie> m = new ArrayList<>(l);
      Collections.shuffle(m, new Random(melange));
      return Repartition.repartir(total, l).equals(Repartition.repartir(total, m));
    });
  }
}
