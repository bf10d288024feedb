package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.orientation.Decision;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Article 4 — Le flux annuel de logements à répartir")
class Article4FluxAnnuelTest {

  private final ExempleOrnex.Figures f = ExempleOrnex.calculer();

  @Test
  @DisplayName("4.1 : le taux de rotation est la moyenne départementale des 3 dernières années (8,9 %, 8,4 %, 8,1 % → 8,47 %)")
  void rotation() {
    // (8,9 % + 8,4 % + 8,1 %) ÷ 3 = 25,4 % ÷ 3 = 254/3000, exactement
    assertThat(f.flux().rotationMoyenne()).isEqualTo(Taux.of(254, 3000));
    assertThat(f.flux().rotationMoyenne().toPourcentFrancais()).isEqualTo("8,47 %");
  }

  @Test
  @DisplayName("4.1 : flux = libérations estimées − mutations internes − relogements : 142 × 8,47 % − 10 % = 10,82, soit 11 logements")
  void flux() {
    assertThat(f.flux().liberations()).isEqualTo(Fraction.of(142).fois(Fraction.of(254, 3000)));
    assertThat(f.flux().fluxExact().toDecimalFrancais(2)).isEqualTo("10,82");
    assertThat(f.flux().flux()).isEqualTo(11);
  }

  @Test
  @DisplayName("4.2 : équité entre réservataires : après chaque logement orienté, chacun a reçu sa part arrondie (quota)")
  void equite() {
    Map<Reservataire, Long> recus = new HashMap<>();
    Map<Reservataire, Fraction> taux = new HashMap<>();
    for (Objectif o : f.objectifs().objectifs()) {
      taux.put(o.partie(), o.taux().valeur());
    }
    long k = 0;
    for (Decision d : f.annee().decisions()) {
      k++;
      recus.merge(d.reservataire(), 1L, Long::sum);
      for (Map.Entry<Reservataire, Fraction> e : taux.entrySet()) {
        long c = recus.getOrDefault(e.getKey(), 0L);
        Fraction quota = e.getValue().fois(k);
        assertThat(c).isBetween(quota.plancher().longValueExact(), quota.plafond().longValueExact());
      }
    }
    assertThat(k).isEqualTo(f.flux().flux());
  }
}
