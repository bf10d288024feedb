package fr.fluxlogement.rules.projection;

import static fr.fluxlogement.rules.projection.ProjectionTest.AIN;
import static fr.fluxlogement.rules.projection.ProjectionTest.BAILLEUR;
import static fr.fluxlogement.rules.projection.ProjectionTest.COMMUNE;
import static fr.fluxlogement.rules.projection.ProjectionTest.ORNEX;
import static fr.fluxlogement.rules.projection.ProjectionTest.ROTATIONS;
import static fr.fluxlogement.rules.projection.ProjectionTest.convention;
import static fr.fluxlogement.rules.projection.ProjectionTest.logement;
import static fr.fluxlogement.rules.projection.ProjectionTest.parc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.Resultats;
import fr.fluxlogement.core.anomalie.Resultat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Projection pluriannuelle (art. 7, art. 4.1, R.441-6) : l'exercice de chaque année, les droits qui prennent fin, les limites de la période")
class ProjectionLimitesTest {

  private static <T> T valeur(Resultat<T> v) {
    return Resultats.valeur(v);
  }

  private static List<Anomalie> anomalies(Resultat<?> v) {
    return Resultats.anomalies(v);
  }

  private static final Scenario CENTRAL = new Scenario("central", Taux.pourcent(10));

  private static DroitReservation apport(fr.fluxlogement.core.acteur.Reservataire r, long n) {
    return DroitReservation.of(r, OrigineDroit.APPORT_FINANCIER, n, LocalDate.of(2010, 1, 1)).withCommune(ORNEX);
  }

  private static Exercice.Builder exercice(int logements) {
    return Exercice.builder(BAILLEUR, 2025, AIN).convention(convention()).parc(parc(logements)).rotations(ROTATIONS).tauxMutationsCus(Taux.ZERO);
  }

  private static List<String> identifiants(Exercice e) {
    return e.parc().stream().map(Logement::identifiant).sorted().toList();
  }

  @Test
  @DisplayName("droits qui prennent fin en 2026 (R.441-6) : la commune 28 → 22 au 1er janvier 2027 ; objectifs 10 × 28 % = 2,8 → 3, puis 10 × 22 % = 2,2 → 2 ; l'explication nomme ses seuls droits finis, dans l'ordre des dates")
  void droitsQuiPrennentFin() {
    List<DroitReservation> droits = List.of(
        apport(COMMUNE, 22),
        apport(COMMUNE, 2).withFin(LocalDate.of(2026, 9, 30)),
        apport(COMMUNE, 4).withProgramme("PA").withFin(LocalDate.of(2026, 3, 31)),
        apport(ActionLogement.INSTANCE, 3).withFin(LocalDate.of(2026, 6, 30)));
    Exercice e = exercice(100).droits(droits).build();
    ProjectionConvention c = valeur(CalculProjection.projeter(e, Prevision.AUCUNE.withScenarios(List.of(CENTRAL)).withAnnees(2025, 2027)))
        .conventions().get(0);
    // 2025 et 2026 : 22 + 2 + 4 = 28 en vigueur au 1er janvier ; 2027 : 22
    assertThat(c.annees()).extracting(AnneeProjetee::reserves).containsExactly(28L, 28L, 22L);
    // flux 100 × 10 % = 10 ; 2025-2026 : commune 2,8, AL 0,3, bailleur 6,9 → planchers 2 + 0 + 6, restes au bailleur (0,9) et à la commune (0,8)
    // 2027 : commune 2,2, bailleur 7,8 → 2 et 8
    assertThat(c.annees()).extracting(AnneeProjetee::objectif).containsExactly(3L, 3L, 2L);
    assertThat(c.annees()).extracting(a -> a.taux().toPourcentFrancais()).containsExactly("28 %", "28 %", "22 %");
    String t2027 = c.annees().get(2).explication().toTexte();
    int pa = t2027.indexOf("droit pris fin le 2026-03-31 (apport");
    int sept = t2027.indexOf("droit pris fin le 2026-09-30 (apport");
    assertThat(pa).isNotNegative();
    assertThat(sept).isGreaterThan(pa);
    assertThat(t2027).contains(", programme PA) : ne compte plus à partir de 2027")
        // le droit d'Action Logement, fini le 30 juin 2026, n'est pas celui de la commune
        .doesNotContain("2026-06-30")
        // un apport n'a pas la formule des garanties d'emprunt
        .doesNotContain("dernière échéance du prêt")
        // le taux de la commune (22 ÷ 100), non celui d'Action Logement
        .contains("22 logements réservés ÷ assiette de 100");
    assertThat(c.annees().get(0).explication().toTexte()).contains("28 logements réservés ÷ assiette de 100")
        .doesNotContain("3 logements réservés ÷ assiette");
    // en 2026, aucun droit n'a pris fin en 2025
    assertThat(c.annees().get(1).explication().toTexte()).doesNotContain("droit pris fin");
  }

  @Test
  @DisplayName("rotation (art. 4.1) : le taux publié de 2025 (70 %) ne sert qu'à l'exercice de 2025 ; 2026 : (10 + 10 + 40) / 3 = 20 % → 20 ; 2027 : (10 + 40 + 40) / 3 = 30 % → 30")
  void rotationDeLAnneeDeLExercice() {
    Map<Integer, Taux> rotations = new HashMap<>(ROTATIONS);
    rotations.put(2025, Taux.pourcent(70));
    Exercice e = Exercice.builder(BAILLEUR, 2025, AIN).convention(convention()).parc(parc(100)).rotations(rotations).tauxMutationsCus(Taux.ZERO)
        .build();
    // central par défaut : la moyenne des seuls taux de 2022 à 2024, 10 % (70 % de 2025 n'y entre pas)
    assertThat(Scenario.parDefaut(e)).extracting(Scenario::libelle).containsExactly("bas (9 %)", "central (10 %)", "haut (11 %)");
    Scenario s = new Scenario("fort", Taux.pourcent(40));
    ProjectionConvention c = valeur(CalculProjection.projeter(e, Prevision.AUCUNE.withScenarios(List.of(s)).withAnnees(2025, 2027)))
        .conventions().get(0);
    // 2025 : (10 + 10 + 10) / 3 = 10 % de 100 = 10
    assertThat(c.annees()).extracting(AnneeProjetee::flux).containsExactly(10L, 20L, 30L);
    assertThat(CalculProjection.exercice(e, Prevision.AUCUNE, s, 2025).rotations()).isEqualTo(rotations);
    assertThat(CalculProjection.exercice(e, Prevision.AUCUNE, s, 2027).rotations()).containsExactlyInAnyOrderEntriesOf(Map.of(2022, Taux.pourcent(10),
        2023, Taux.pourcent(10), 2024, Taux.pourcent(10), 2025, Taux.pourcent(40), 2026, Taux.pourcent(40)));
  }

  @Test
  @DisplayName("l'exercice projeté (art. 2, 5.3) : sorties au 1er janvier, premières locations par année de location ou de mise en service, programmes livrés, relogements, noms et parts de première location de l'année N seule")
  void exerciceProjete() {
    List<Logement> neufs = List.of(
        logement("N1", 2027),
        Logement.builder().from(logement("N2", 2000)).anneeMiseEnLocation(java.util.OptionalInt.empty())
            .dateMiseEnService(LocalDate.of(2026, 9, 1)).build(),
        Logement.builder().from(logement("N3", 2000)).anneeMiseEnLocation(java.util.OptionalInt.empty()).build(),
        logement("N4", 2026));
    Programme pn = Programme.builder().identifiant("PN").commune(ORNEX).nombreLogements(4).dateMiseEnService(LocalDate.of(2026, 9, 1))
        .financement(Financement.PLUS).build();
    Programme p0 = Programme.builder().identifiant("P0").commune(ORNEX).nombreLogements(10).dateMiseEnService(LocalDate.of(2025, 3, 1))
        .financement(Financement.PLUS).build();
    Exercice e = exercice(10).programmes(List.of(p0)).premiereLocation("P0", Map.of(ActionLogement.INSTANCE, Taux.pourcent(10)))
        .relogements(ORNEX, Map.of(MotifRelogement.VENTE, 1L)).nom(ORNEX, "Ornex").build();
    Prevision p = new Prevision(List.of(CENTRAL), neufs, List.of(pn), List.of(),
        Map.of("L0", LocalDate.of(2026, 1, 1), "L1", LocalDate.of(2025, 12, 31), "N4", LocalDate.of(2026, 12, 31)),
        Optional.empty(), Optional.empty());
    Exercice y2025 = CalculProjection.exercice(e, p, CENTRAL, 2025);
    Exercice y2026 = CalculProjection.exercice(e, p, CENTRAL, 2026);
    Exercice y2027 = CalculProjection.exercice(e, p, CENTRAL, 2027);
    // N3 (ni année de location ni mise en service) entre dès 2025 ; N2 à sa mise en service (2026) ; N4 loué en 2026, sorti le 31/12/2026
    assertThat(identifiants(y2025)).containsExactly("L0", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "N3");
    // L1 sorti le 31/12/2025 n'est plus au parc au 1er janvier 2026 ; L0, sorti le 1er janvier 2026, l'est encore
    assertThat(identifiants(y2026)).containsExactly("L0", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "N2", "N3", "N4");
    assertThat(identifiants(y2027)).containsExactly("L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "N1", "N2", "N3");
    assertThat(y2025.programmes()).extracting(Programme::identifiant).containsExactly("P0");
    assertThat(y2026.programmes()).extracting(Programme::identifiant).containsExactly("P0", "PN");
    assertThat(y2025.premieresLocations()).containsOnlyKeys("P0");
    assertThat(y2026.premieresLocations()).isEmpty();
    assertThat(y2027.relogements()).containsExactlyInAnyOrderEntriesOf(Map.of(ORNEX, Map.of(MotifRelogement.VENTE, 1L)));
    assertThat(y2027.nom(ORNEX)).isEqualTo("Ornex");
    assertThat(y2027.tauxMutationsCus()).contains(Taux.ZERO);
    assertThat(y2027.conventions()).isEqualTo(e.conventions());
    // le flux de 2027 : assiette 8 (L2 à L9) + N2 + N3 (N1 en première location) = 10 ; 10 × 10 % − 1 relogement = 0
    ProjectionConvention c = valeur(CalculProjection.projeter(e, p.withAnnees(2027, 2027))).conventions().get(0);
    assertThat(c.annees()).singleElement().satisfies(a -> {
      assertThat(a.assiette()).isEqualTo(10);
      assertThat(a.flux()).isZero();
    });
  }

  @Test
  @DisplayName("période donnée au-delà de la vie de la convention (fin le 14/01/2030, art. 7) : 2029 à 2031 projetées quand même ; une seule année ; période renversée refusée")
  void periode() {
    Exercice e = exercice(100).build();
    Projection p = valeur(CalculProjection.projeter(e, Prevision.AUCUNE.withScenarios(List.of(CENTRAL)).withAnnees(2029, 2031)));
    assertThat(p.premiere()).isEqualTo(2029);
    assertThat(p.derniere()).isEqualTo(2031);
    assertThat(p.convention("COMMUNE-01281@01281").orElseThrow().annees()).extracting(AnneeProjetee::annee).containsExactly(2029, 2030, 2031);
    assertThat(p.convention("ETAT@01")).isEmpty();
    assertThat(p.convention("COMMUNE-01281@01281").orElseThrow().scenario("central")).hasSize(3);
    assertThat(Prevision.AUCUNE.withAnnees(2026, 2026).premiere()).contains(2026);
    assertThatThrownBy(() -> Prevision.AUCUNE.withAnnees(2027, 2026)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Prevision(List.of(), List.of(), List.of(), List.of(), Map.of(), Optional.of(2030), Optional.empty()).derniere()).isEmpty();
    assertThat(new Prevision(List.of(), List.of(), List.of(), List.of(), Map.of(), Optional.empty(), Optional.of(2020)).derniere()).contains(2020);
    // sans période : de l'année de l'exercice à la fin de la convention, 2025 à 2030
    Projection vie = valeur(CalculProjection.projeter(e, Prevision.AUCUNE.withScenarios(List.of(CENTRAL))));
    assertThat(vie.conventions().get(0).annees()).extracting(AnneeProjetee::annee).containsExactly(2025, 2026, 2027, 2028, 2029, 2030);
    assertThat(CalculProjection.fin(convention(), e)).isEqualTo(LocalDate.of(2030, 1, 14));
    assertThat(convention().texte().article(Clause.DUREE)).isEqualTo("7");
  }

  @Test
  @DisplayName("un exercice en anomalie (rotation de 2024 manquante, art. 4.1) : les anomalies de chaque année et de chaque scénario, à leur chemin")
  void anomaliesDesAnnees() {
    Exercice e = Exercice.builder(BAILLEUR, 2025, AIN).convention(convention()).parc(parc(10))
        .rotations(Map.of(2022, Taux.pourcent(10), 2023, Taux.pourcent(10))).build();
    assertThat(anomalies(CalculProjection.projeter(e, Prevision.AUCUNE.withScenarios(List.of(CENTRAL)).withAnnees(2025, 2026))))
        .extracting(Anomalie::chemin)
        .containsExactly("projection[2025][central].conventions[0].flux.rotations.2024", "projection[2026][central].conventions[0].flux.rotations.2024");
    List<String> l = new ArrayList<>();
    anomalies(CalculProjection.projeter(e, Prevision.AUCUNE.withAnnees(2024, 2025))).forEach(a -> l.add(a.code().name()));
    assertThat(l).containsExactly("DATE_INCOHERENTE");
  }
}
