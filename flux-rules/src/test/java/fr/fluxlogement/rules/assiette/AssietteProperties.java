package fr.fluxlogement.rules.assiette;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.rules.Fixtures;
import fr.fluxlogement.rules.Generateurs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assiette : propriétés (convention art. 2)")
class AssietteProperties {

  @Test
  @DisplayName("assiette ≤ parc, et les catégories d'exclusion avec l'assiette partitionnent le parc, dans chaque ventilation")
  void partition() {
    Proprietes.qt(1000).forAll(Generateurs.parc(300), integers().between(2015, 2030)).check((parc, annee) -> {
      Assiette a = CalculAssiette.calculer(annee, Fixtures.AIN, parc).valeurOuLever();
      Ventilation somme = a.retenus();
      for (Ventilation v : a.exclusions().values()) {
        somme = somme.plus(v);
      }
      return a.taille() <= a.parc().total() && a.parc().total() == parc.size() && somme.equals(a.parc());
    });
  }

  @Test
  @DisplayName("l'ordre des logements ne change rien au résultat, explication comprise")
  void ordre() {
    Proprietes.qt(500).forAll(Generateurs.parc(200), longs().all()).check((parc, graine) -> {
      List<Logement> melange = new ArrayList<>(parc);
      Collections.shuffle(melange, new Random(graine));
      return CalculAssiette.calculer(2025, Fixtures.AIN, parc).valeurOuLever()
          .equals(CalculAssiette.calculer(2025, Fixtures.AIN, melange).valeurOuLever());
    });
  }

  @Test
  @DisplayName("le chemin en colonnes (ParcColonnes) donne, groupe par groupe, la même assiette et les mêmes exclusions que CalculAssiette")
  void colonnesIdentiques() {
    Proprietes.qt(500).forAll(Generateurs.parc(300), integers().between(2015, 2030)).check((parc, annee) -> {
      java.util.List<fr.fluxlogement.core.territoire.Commune> communes = parc.stream().map(l -> l.localisation().commune()).distinct().sorted(
          java.util.Comparator.comparing(fr.fluxlogement.core.territoire.Commune::code)).toList();
      int[] groupe = new int[parc.size()];
      for (int i = 0; i < parc.size(); i++) {
        groupe[i] = communes.indexOf(parc.get(i).localisation().commune());
      }
      long[][] r = ParcColonnes.of(parc, communes.size(), groupe).assiettes(annee);
      for (int g = 0; g < communes.size(); g++) {
        Assiette a = CalculAssiette.calculer(annee, communes.get(g), parc).valeurOuLever();
        if (r[g][0] != a.taille()) {
          return false;
        }
        for (MotifExclusion m : MotifExclusion.values()) {
          if (r[g][1 + m.ordinal()] != a.exclus(m)) {
            return false;
          }
        }
      }
      return true;
    });
  }
}
