package fr.fluxlogement.examples.qualite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.rendu.json.CatalogueJson;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.NumeroUnique;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.examples.simulation.SimulationOrientation;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Déterminisme, parallélisme, sûreté entre fils d'exécution et confidentialité")
class DeterminismeTest {

  private static List<Logement> parcNational(int n) {
    List<Logement> l = new ArrayList<>();
    for (Logement x : SimulationOrientation.annee(n, 7)) {
      l.add(x);
    }
    return l;
  }

  @Test
  @DisplayName("les mêmes entrées dans n'importe quel ordre donnent le même résultat et un JSON d'explication identique octet pour octet")
  void ordreEtJson() {
    List<Logement> parc = parcNational(5_000);
    List<Logement> melange = new ArrayList<>(parc);
    Collections.shuffle(melange, new Random(3));
    Assiette a = CalculAssiette.calculer(2025, DonneesOrnex.AIN, parc).valeurOuLever();
    Assiette b = CalculAssiette.calculer(2025, DonneesOrnex.AIN, melange).valeurOuLever();
    assertThat(b).isEqualTo(a);
    assertThat(CatalogueJson.texte(CatalogueJson.explication(b.explication()))).isEqualTo(CatalogueJson.texte(CatalogueJson.explication(a.explication())));
  }

  @Test
  @DisplayName("l'assiette calculée commune par commune en flux parallèle égale le calcul séquentiel")
  void parallele() {
    List<Logement> parc = parcNational(20_000);
    Set<String> communes = parc.stream().map(l -> l.localisation().commune().code()).collect(Collectors.toSet());
    Map<String, Long> sequentiel = communes.stream().sorted()
        .collect(Collectors.toMap(c -> c, c -> CalculAssiette.calculer(2025, Commune.of(c), parc).valeurOuLever().taille()));
    Map<String, Long> parallele = communes.parallelStream()
        .collect(Collectors.toConcurrentMap(c -> c, c -> CalculAssiette.calculer(2025, Commune.of(c), parc).valeurOuLever().taille()));
    assertThat(parallele).isEqualTo(sequentiel);
    assertThat(sequentiel.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(CalculAssiette.calculer(2025, DonneesOrnex.AIN, parc).valeurOuLever().taille());
  }

  @Test
  @DisplayName("le bilan réduit en parallèle (fusion de tranches) égale le bilan séquentiel")
  void bilanParallele() {
    var annee = ExempleOrnex.calculer().annee();
    Bilan.Compteur tout = Bilan.compteur(2025, SeuilsQuartile.vide());
    annee.propositions().forEach(tout::proposition);
    Bilan sequentiel = tout.toBilan();
    Bilan parallele = annee.propositions().parallelStream()
        .map(p -> Bilan.compteur(2025, SeuilsQuartile.vide()).proposition(p).toBilan())
        .reduce(Bilan.vide(2025), Bilan::fusionner);
    assertThat(parallele).isEqualTo(sequentiel);
  }

  @Test
  @DisplayName("l'exemple complet calculé par 8 fils d'exécution à la fois donne 8 rapports identiques")
  void filsDExecution() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> taches = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        taches.add(ExempleOrnex::rapport);
      }
      String reference = ExempleOrnex.rapport();
      for (Future<String> f : pool.invokeAll(taches)) {
        assertThat(f.get()).isEqualTo(reference);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("confidentialité : le numéro unique d'un ménage n'apparaît ni dans le rendu du ménage, ni dans le bilan, ni dans ses explications")
  void confidentialite() {
    NumeroUnique numero = new NumeroUnique("0012501000042A");
    Menage m = new Menage(Optional.of(numero), new BigDecimal("9000"), Fraction.UN, true, Set.of(), false);
    assertThat(m.toString()).doesNotContain("0012501000042A");
    var annee = ExempleOrnex.calculer();
    String tout = fr.fluxlogement.rendu.texte.TexteBilan.texte(annee.bilan()) + fr.fluxlogement.rendu.tables.Tables.bilan(annee.bilan()) + annee.controles();
    assertThat(tout).doesNotContain("0012501000042A").doesNotContain("NumeroUnique[");
    assertThat(numero.valeur()).isEqualTo("0012501000042A");
  }
}
