package fr.fluxlogement.rules.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.exercice.Exercice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Projection pluriannuelle : propriétés (fin des droits, invariance sans changement)")
class ProjectionProprietesTest {

  private static final Scenario CENTRAL = new Scenario("central", Taux.pourcent(10));

  private static Exercice exercice(int logements, List<DroitReservation> droits, Taux rotation) {
    return Exercice.builder(ProjectionTest.BAILLEUR, 2025, ProjectionTest.AIN).convention(ProjectionTest.convention())
        .parc(ProjectionTest.parc(logements)).droits(droits).tauxMutationsCus(Taux.ZERO)
        .rotations(Map.of(2022, rotation, 2023, rotation, 2024, rotation)).build();
  }

  @Test
  @DisplayName("un droit qui prend fin dans l'année Y compte au 1er janvier de chaque année jusqu'à Y, et d'aucune après")
  void finDuDroit() {
    Proprietes.qt(60).forAll(integers().between(2025, 2031), integers().between(1, 365), integers().between(1, 30), integers().between(40, 120))
        .checkAssert((annee, jour, quantite, logements) -> {
          LocalDate fin = LocalDate.ofYearDay(annee, Math.min(jour, LocalDate.ofYearDay(annee, 1).lengthOfYear()));
          DroitReservation d = DroitReservation.of(ProjectionTest.COMMUNE, OrigineDroit.APPORT_FINANCIER, quantite, LocalDate.of(2020, 1, 1))
              .withFin(fin).withCommune(ProjectionTest.ORNEX);
          Prevision p = Prevision.AUCUNE.withScenarios(List.of(CENTRAL)).withAnnees(2025, 2032);
          ProjectionConvention c = CalculProjection.projeter(exercice(logements, List.of(d), Taux.pourcent(10)), p).valeurOuLever().conventions().get(0);
          for (AnneeProjetee a : c.annees()) {
            long attendu = a.annee() <= annee ? quantite : 0;
            assertThat(a.reserves()).as("année %d, fin %s", a.annee(), fin).isEqualTo(attendu);
          }
        });
  }

  @Test
  @DisplayName("sans changement des données (taux publiés égaux au scénario, droits sans terme, rien de livré ni de sorti), chaque année répète la première")
  void invariance() {
    Proprietes.qt(40).forAll(integers().between(1, 200), integers().between(0, 40), integers().between(1, 20), integers().between(0, 25))
        .checkAssert((logements, reserves, pourcent, mutation) -> {
          Taux r = Taux.pourcent(pourcent);
          List<DroitReservation> droits = List.of(DroitReservation.of(ProjectionTest.COMMUNE, OrigineDroit.APPORT_FONCIER,
              Math.min(reserves, logements), LocalDate.of(2019, 1, 1)).withCommune(ProjectionTest.ORNEX));
          Prevision p = Prevision.AUCUNE.withScenarios(List.of(new Scenario("constant", r)));
          Exercice e = exercice(logements, droits, r).toBuilder().tauxMutationsCus(Taux.pourcent(mutation)).build();
          var v = CalculProjection.projeter(e, p);
          assertThat(v.isValide()).as("%s", !v.isValide() ? v.erreurs() : "").isTrue();
          List<AnneeProjetee> annees = v.valeurOuLever().conventions().get(0).annees();
          assertThat(annees).hasSizeGreaterThan(1);
          AnneeProjetee premiere = annees.get(0);
          for (AnneeProjetee a : annees) {
            assertThat(List.of(a.assiette(), a.reserves(), a.flux(), a.objectif())).as("année %d", a.annee())
                .isEqualTo(List.of(premiere.assiette(), premiere.reserves(), premiere.flux(), premiere.objectif()));
            assertThat(a.taux()).isEqualTo(premiere.taux());
          }
        });
  }
}
