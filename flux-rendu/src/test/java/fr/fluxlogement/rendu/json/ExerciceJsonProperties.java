package fr.fluxlogement.rendu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

@DisplayName("JSON de l'exercice : l'aller-retour rend le même exercice et le même résultat, octet pour octet")
class ExerciceJsonProperties {

  /** Graine fixe (propriété flux.proprietes.graine) et nombre d'exemples mis à l'échelle (flux.proprietes.echelle). */
  static QuickTheory qt(int exemples) {
    long graine = Long.getLong("flux.proprietes.graine", 20250101L);
    int echelle = Integer.getInteger("flux.proprietes.echelle", 100);
    return QuickTheory.qt().withFixedSeed(graine).withExamples(Math.max(10, (int) ((long) exemples * echelle / 100)));
  }

  @Test
  @DisplayName("lire(ecrire(e)) est égal à e, sa réécriture donne les mêmes octets, et le calcul de l'exercice relu s'écrit comme celui de l'original (1 000 exercices)")
  void allerRetour() {
    AtomicInteger calcules = new AtomicInteger();
    AtomicInteger avecEvenements = new AtomicInteger();
    qt(1000).forAll(longs().all()).checkAssert(graine -> {
      Exercice e = GenerateurExercice.exercice(graine);
      String json = ExerciceJson.ecrire(e);
      Resultat<Exercice> lu = ExerciceJson.lire(json);
      assertThat(lu.isValide()).as("graine %d : %s", graine, !lu.isValide() ? lu.erreurs() : "").isTrue();
      assertThat(lu.valeurOuLever()).as("graine %d", graine).isEqualTo(e);
      assertThat(ExerciceJson.ecrire(lu.valeurOuLever())).isEqualTo(json);
      if (!e.evenements().isEmpty()) {
        avecEvenements.incrementAndGet();
      }
      Resultat<ResultatExercice> r1 = CalculExercice.calculer(e);
      Resultat<ResultatExercice> r2 = CalculExercice.calculer(lu.valeurOuLever());
      assertThat(r2.isValide()).isEqualTo(r1.isValide());
      if (r1.isValide()) {
        calcules.incrementAndGet();
        assertThat(ResultatJson.ecrire(r2.valeurOuLever())).isEqualTo(ResultatJson.ecrire(r1.valeurOuLever()));
      } else {
        assertThat(r2.erreurs()).isEqualTo(r1.erreurs());
      }
    });
    assertThat(calcules.get()).as("exercices calculés sans erreur").isGreaterThan(300);
    assertThat(avecEvenements.get()).as("exercices avec événements").isGreaterThan(100);
  }
}
