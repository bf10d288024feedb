package fr.fluxlogement.rendu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
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
      Validation<Seq<Anomalie>, Exercice> lu = ExerciceJson.lire(json);
      assertThat(lu.isValid()).as("graine %d : %s", graine, lu.isInvalid() ? lu.getError() : "").isTrue();
      assertThat(lu.get()).as("graine %d", graine).isEqualTo(e);
      assertThat(ExerciceJson.ecrire(lu.get())).isEqualTo(json);
      if (!e.evenements().isEmpty()) {
        avecEvenements.incrementAndGet();
      }
      Validation<Seq<Anomalie>, ResultatExercice> r1 = CalculExercice.calculer(e);
      Validation<Seq<Anomalie>, ResultatExercice> r2 = CalculExercice.calculer(lu.get());
      assertThat(r2.isValid()).isEqualTo(r1.isValid());
      if (r1.isValid()) {
        calcules.incrementAndGet();
        assertThat(ResultatJson.ecrire(r2.get())).isEqualTo(ResultatJson.ecrire(r1.get()));
      } else {
        assertThat(r2.getError().toJavaList()).isEqualTo(r1.getError().toJavaList());
      }
    });
    assertThat(calcules.get()).as("exercices calculés sans erreur").isGreaterThan(300);
    assertThat(avecEvenements.get()).as("exercices avec événements").isGreaterThan(100);
  }
}
