package fr.fluxlogement.rules.projection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.TexteConvention;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.exercice.Exercice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Projection pluriannuelle (art. 7) : un exemple compté à la main, droits de garantie prorogés cinq ans après le remboursement (R.441-6)")
class ProjectionTest {

  static final Commune ORNEX = Commune.of("01281");
  static final Epci GEX = Epci.of("240100750");
  static final Departement AIN = Departement.of("01");
  static final Bailleur BAILLEUR = new Bailleur("000000000", "Bailleur d'essai");
  static final Collectivite COMMUNE = Collectivite.commune(ORNEX, "Ornex");

  static Logement logement(String id, int location) {
    return Logement.builder().identifiant(id).localisation(Localisation.of(ORNEX, GEX, Qpv.HORS_QPV))
        .financement(Financement.PLUS).typologie(Typologie.T3).anneeMiseEnLocation(location).build();
  }

  static List<Logement> parc(int n) {
    List<Logement> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(logement("L" + i, 2005));
    }
    return l;
  }

  static Convention convention() {
    return new Convention(BAILLEUR, COMMUNE, ORNEX, LocalDate.of(2025, 1, 15), ModeGestion.DIRECTE, List.of(),
        TexteConvention.of("Convention d'essai d'Ornex"));
  }

  static final Map<Integer, Taux> ROTATIONS = Map.of(2022, Taux.pourcent(10), 2023, Taux.pourcent(10), 2024, Taux.pourcent(10));

  @Test
  @DisplayName("50 logements garantis à 100 % par la commune, prêt soldé le 30/06/2023 : 10 droits (20 %) jusqu'au 30/06/2028 (R.441-6), comptés au 1er janvier 2025 à 2028, plus en 2029 ni 2030")
  void garantieProrogee() {
    Programme p = Programme.builder().identifiant("P1").commune(ORNEX).nombreLogements(50).dateMiseEnService(LocalDate.of(1998, 5, 1))
        .financement(Financement.PLUS)
        .addGaranties(GarantieEmprunt.of(COMMUNE, Taux.CENT_POUR_CENT, "PRET-P1", LocalDate.of(1998, 1, 1), LocalDate.of(2038, 1, 1))
            .withRemboursementIntegral(LocalDate.of(2023, 6, 30)))
        .build();
    Exercice e = Exercice.builder(BAILLEUR, 2025, AIN).convention(convention()).parc(parc(100)).programmes(List.of(p)).rotations(ROTATIONS).tauxMutationsCus(Taux.ZERO).build();
    Prevision prevision = Prevision.AUCUNE.withScenarios(List.of(new Scenario("central", Taux.pourcent(10))));
    Projection pr = CalculProjection.projeter(e, prevision).valeurOuLever();
    // vie de la convention signée le 15/01/2025 : trois ans et deux reconductions tacites, fin le 14/01/2030
    assertThat(pr.premiere()).isEqualTo(2025);
    assertThat(pr.derniere()).isEqualTo(2030);
    ProjectionConvention c = pr.conventions().get(0);
    assertThat(c.fin()).isEqualTo(LocalDate.of(2030, 1, 14));
    // assiette 100 chaque année ; flux 100 × 10 % = 10 (sans mutation) ; droits 50 × 20 % = 10, jusqu'au 30/06/2023 + 5 ans = 30/06/2028
    assertThat(c.annees()).extracting(AnneeProjetee::annee).containsExactly(2025, 2026, 2027, 2028, 2029, 2030);
    assertThat(c.annees()).extracting(AnneeProjetee::assiette).containsOnly(100L);
    assertThat(c.annees()).extracting(AnneeProjetee::flux).containsOnly(10L);
    assertThat(c.annees()).extracting(AnneeProjetee::reserves).containsExactly(10L, 10L, 10L, 10L, 0L, 0L);
    assertThat(c.annees()).extracting(a -> a.taux().toPourcentFrancais()).containsExactly("10 %", "10 %", "10 %", "10 %", "0 %", "0 %");
    assertThat(c.annees()).extracting(AnneeProjetee::objectif).containsExactly(1L, 1L, 1L, 1L, 0L, 0L);
    String explication2029 = c.annees().get(4).explication().toTexte();
    assertThat(explication2029).contains("droit pris fin le 2028-06-30", "R.441-6", "scénario central (10 %)", "Convention d'essai d'Ornex");
  }

  @Test
  @DisplayName("un programme livré en 2026 (première location) entre dans l'assiette en 2027 ; un logement vendu le 15/03/2026 en sort en 2027")
  void entreesEtSorties() {
    List<Logement> neufs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      neufs.add(logement("N" + i, 2026));
    }
    Exercice e = Exercice.builder(BAILLEUR, 2025, AIN).convention(convention()).parc(parc(100)).rotations(ROTATIONS).tauxMutationsCus(Taux.ZERO).build();
    Prevision prevision = new Prevision(List.of(new Scenario("central", Taux.pourcent(10))), neufs, List.of(), List.of(),
        Map.of("L0", LocalDate.of(2026, 3, 15)), Optional.of(2025), Optional.of(2028));
    ProjectionConvention c = CalculProjection.projeter(e, prevision).valeurOuLever().conventions().get(0);
    assertThat(c.annees()).extracting(AnneeProjetee::assiette).containsExactly(100L, 100L, 119L, 119L);
  }

  @Test
  @DisplayName("trois scénarios par défaut : la moyenne des trois taux publiés, un point de moins et de plus ; une période avant l'exercice est une anomalie")
  void scenarios() {
    Exercice e = Exercice.builder(BAILLEUR, 2025, AIN).convention(convention()).parc(parc(100)).rotations(ROTATIONS).tauxMutationsCus(Taux.ZERO).build();
    assertThat(Scenario.parDefaut(e)).extracting(Scenario::libelle).containsExactly("bas (9 %)", "central (10 %)", "haut (11 %)");
    assertThat(CalculProjection.projeter(e, Prevision.AUCUNE.withAnnees(2024, 2026)).erreurs().get(0).code().name()).isEqualTo("DATE_INCOHERENTE");
    Projection p = CalculProjection.projeter(e, Prevision.AUCUNE.withAnnees(2025, 2027)).valeurOuLever();
    assertThat(p.conventions().get(0).annees()).hasSize(9);
    // haut : 2025 aux taux publiés (10 %) ; 2026 : (10 + 10 + 11) / 3 = 10,33 % → 10 ; 2027 : (10 + 11 + 11) / 3 = 10,67 % → 11
    assertThat(p.conventions().get(0).scenario("haut")).extracting(AnneeProjetee::flux).containsExactly(10L, 10L, 11L);
  }
}
