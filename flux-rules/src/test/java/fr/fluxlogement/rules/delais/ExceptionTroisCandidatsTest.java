package fr.fluxlogement.rules.delais;

import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.rules.calendrier.Calendriers;
import fr.fluxlogement.rules.delais.EvenementProposition.BailSigne;
import fr.fluxlogement.rules.delais.EvenementProposition.CandidatsProposes;
import fr.fluxlogement.rules.delais.EvenementProposition.DecisionCaleol;
import fr.fluxlogement.rules.delais.EvenementProposition.OffreTransmise;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R.441-3 : les exceptions à la règle des trois candidats (désignation DALO du préfet, PLAI adapté)")
class ExceptionTroisCandidatsTest {

  private static CycleProposition cycle() {
    return CycleProposition.demarrer(new Liberation(logement("L1"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 4, 30)),
        Calendriers.tous(), Parametres.nationaux());
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  @DisplayName("R.441-3 : un seul candidat désigné par le préfet au titre du DALO suffit ; CALEOL et bail sans anomalie")
  void designationDalo() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), Etat.PRIORITAIRES),
        new CandidatsProposes(d("2025-05-07"), 1, Optional.of(ExceptionTroisCandidats.DESIGNATION_PREFET_DALO))));
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTENTE_CALEOL);
    c = c.rejouer(List.of(new DecisionCaleol(d("2025-05-20"), TypeDecision.ATTRIBUTION), new BailSigne(d("2025-06-01"))));
    assertThat(c.etat()).isEqualTo(EtatProposition.BAIL_SIGNE);
    assertThat(c.anomalies()).isEmpty();
    assertThat(c.evenements().get(1).libelle()).isEqualTo("1 candidat(s) proposé(s) (candidat désigné par le préfet au titre du droit "
        + "au logement opposable (L.441-2-3))");
  }

  @Test
  @DisplayName("R.441-3 : un logement PLAI adapté peut passer en CALEOL avec une seule candidature")
  void plaiAdapte() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX),
        new CandidatsProposes(d("2025-05-07"), 1, Optional.of(ExceptionTroisCandidats.PLAI_ADAPTE)),
        new DecisionCaleol(d("2025-05-20"), TypeDecision.ATTRIBUTION)));
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTRIBUE);
    assertThat(c.anomalies()).isEmpty();
  }

  @Test
  @DisplayName("R.441-3 : sans exception, un candidat seul laisse la liste incomplète et la CALEOL est signalée (insuffisance de candidats)")
  void sansException() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new CandidatsProposes(d("2025-05-07"), 1)));
    assertThat(c.etat()).isEqualTo(EtatProposition.LISTE_INCOMPLETE);
    c = c.appliquer(new DecisionCaleol(d("2025-05-20"), TypeDecision.ATTRIBUTION));
    assertThat(c.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.code()).isEqualTo(CodeAnomalie.TRANSITION_IMPOSSIBLE);
      assertThat(a.message()).contains("1 candidat(s) au lieu de 3");
    });
  }

  @Test
  @DisplayName("R.441-3 : après un refus de la CALEOL, l'exception de la liste refusée ne vaut plus pour la liste suivante")
  void exceptionApresRefus() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), Etat.PRIORITAIRES),
        new CandidatsProposes(d("2025-05-07"), 1, Optional.of(ExceptionTroisCandidats.DESIGNATION_PREFET_DALO)),
        new DecisionCaleol(d("2025-05-20"), TypeDecision.REFUS), new CandidatsProposes(d("2025-05-22"), 1)));
    assertThat(c.etat()).isEqualTo(EtatProposition.LISTE_INCOMPLETE);
    assertThat(c.candidats()).isEqualTo(1);
  }
}
