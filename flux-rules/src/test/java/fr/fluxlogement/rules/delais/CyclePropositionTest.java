package fr.fluxlogement.rules.delais;

import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.rules.Fixtures;
import fr.fluxlogement.rules.calendrier.Calendriers;
import fr.fluxlogement.rules.delais.EvenementProposition.BailSigne;
import fr.fluxlogement.rules.delais.EvenementProposition.CandidatsProposes;
import fr.fluxlogement.rules.delais.EvenementProposition.DecisionCaleol;
import fr.fluxlogement.rules.delais.EvenementProposition.ImpossibiliteNotifiee;
import fr.fluxlogement.rules.delais.EvenementProposition.ListeCompletee;
import fr.fluxlogement.rules.delais.EvenementProposition.LogementRepris;
import fr.fluxlogement.rules.delais.EvenementProposition.OffreTransmise;
import fr.fluxlogement.rules.delais.EvenementProposition.RechercheParLeBailleur;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cycle de proposition d'un logement (convention art. 5.1 et tableau de l'art. 6)")
class CyclePropositionTest {

  private static final Calendriers CAL = Calendriers.tous();

  private static CycleProposition cycle() {
    return CycleProposition.demarrer(new Liberation(logement("L1"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 4, 30)),
        CAL, Parametres.nationaux());
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  @DisplayName("chemin nominal : offre, trois candidats dans le délai, CALEOL, bail ; l'attribution compte pour la commune")
  void nominal() {
    CycleProposition c = cycle();
    assertThat(c.attendu().echeance().orElseThrow().date()).isEqualTo(d("2025-04-30"));
    c = c.appliquer(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX));
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTENTE_CANDIDATS);
    assertThat(c.attendu().echeance().orElseThrow().date()).isEqualTo(d("2025-05-09"));
    assertThat(c.attendu().quoi()).contains("3 candidats par commune d'Ornex");
    c = c.rejouer(List.of(new CandidatsProposes(d("2025-05-07"), 3), new DecisionCaleol(d("2025-05-20"), TypeDecision.ATTRIBUTION),
        new BailSigne(d("2025-06-01"))));
    assertThat(c.etat()).isEqualTo(EtatProposition.BAIL_SIGNE);
    assertThat(c.anomalies()).isEmpty();
    assertThat(c.isCompteePourReservataire()).isTrue();
    assertThat(c.attendu().quoi()).startsWith("rien");
  }

  @Test
  @DisplayName("moins de trois candidats : le bailleur complète la liste et l'attribution compte encore pour la commune")
  void listeCompletee() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX),
        new CandidatsProposes(d("2025-05-07"), 1)));
    assertThat(c.etat()).isEqualTo(EtatProposition.LISTE_INCOMPLETE);
    c = c.appliquer(new ListeCompletee(d("2025-05-12"), 2));
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTENTE_CALEOL);
    assertThat(c.candidats()).isEqualTo(3);
    assertThat(c.isCompteePourReservataire()).isTrue();
  }

  @Test
  @DisplayName("impossibilité dans les 5 jours ouvrés, puis recherche par le bailleur comptée ou non pour la commune, au choix du bailleur")
  void impossibiliteEtRecherche() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new ImpossibiliteNotifiee(d("2025-05-06"))));
    assertThat(c.etat()).isEqualTo(EtatProposition.IMPOSSIBILITE);
    assertThat(c.anomalies()).isEmpty();
    assertThat(c.appliquer(new RechercheParLeBailleur(d("2025-05-07"), true)).isCompteePourReservataire()).isTrue();
    CycleProposition pourLui = c.appliquer(new RechercheParLeBailleur(d("2025-05-07"), false));
    assertThat(pourLui.isCompteePourReservataire()).isFalse();
    assertThat(pourLui.imputation()).isEmpty();
  }

  @Test
  @DisplayName("logement repris par le bailleur puis proposé à un autre réservataire : il ne compte plus pour la commune")
  void reprisPuisAutre() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new ImpossibiliteNotifiee(d("2025-05-05")),
        new LogementRepris(d("2025-05-06")), new OffreTransmise(d("2025-05-06"), Fixtures.AL)));
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTENTE_CANDIDATS);
    assertThat(c.reservataire()).contains(Fixtures.AL);
    assertThat(c.imputation()).contains(Fixtures.AL);
    assertThat(c.echeances().orElseThrow().candidats().date()).isEqualTo(d("2025-05-14"));
  }

  @Test
  @DisplayName("événements tardifs : candidats et impossibilité après leur délai sont signalés HORS_DELAI avec leurs dates")
  void tardifs() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new ImpossibiliteNotifiee(d("2025-05-12"))));
    assertThat(c.anomalies()).extracting(Anomalie::code).containsExactly(CodeAnomalie.HORS_DELAI);
    assertThat(c.anomalies().get(0).message()).contains("2025-05-12", "2025-05-09");
    CycleProposition d = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new CandidatsProposes(d("2025-05-10"), 3)));
    assertThat(d.anomalies()).extracting(Anomalie::code).containsExactly(CodeAnomalie.HORS_DELAI);
    assertThat(d.etat()).isEqualTo(EtatProposition.ATTENTE_CALEOL);
  }

  @Test
  @DisplayName("événements impossibles : candidats avant l'offre, bail avant la CALEOL, retour en arrière, reprise avant le délai, offre avant le préavis")
  void impossibles() {
    CycleProposition c = cycle().appliquer(new CandidatsProposes(d("2025-05-02"), 3));
    assertThat(c.anomalies()).extracting(Anomalie::code).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    assertThat(c.etat()).isEqualTo(EtatProposition.A_TRANSMETTRE);
    CycleProposition b = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new BailSigne(d("2025-05-02")),
        new CandidatsProposes(d("2025-04-29"), 3), new LogementRepris(d("2025-05-05")), new ListeCompletee(d("2025-05-05"), 1)));
    assertThat(b.anomalies()).extracting(Anomalie::code).containsOnly(CodeAnomalie.TRANSITION_IMPOSSIBLE).hasSize(4);
    assertThat(b.anomalies()).extracting(Anomalie::chemin).containsExactly("evenements[1]", "evenements[2]", "evenements[3]", "evenements[4]");
    assertThat(cycle().appliquer(new OffreTransmise(d("2025-04-01"), COMMUNE_ORNEX)).anomalies()).hasSize(1);
    CycleProposition fini = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new CandidatsProposes(d("2025-05-02"), 3),
        new DecisionCaleol(d("2025-05-05"), TypeDecision.ATTRIBUTION), new BailSigne(d("2025-05-06")), new BailSigne(d("2025-05-07"))));
    assertThat(fini.anomalies()).hasSize(1);
  }

  @Test
  @DisplayName("refus en CALEOL : de nouveaux candidats sont attendus, puis attribution ; CALEOL sur liste incomplète admise avec un avertissement (R.441-3)")
  void refusEtListeIncomplete() {
    CycleProposition c = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new CandidatsProposes(d("2025-05-02"), 3),
        new DecisionCaleol(d("2025-05-05"), TypeDecision.REFUS)));
    assertThat(c.etat()).isEqualTo(EtatProposition.REFUSE);
    c = c.appliquer(new CandidatsProposes(d("2025-05-20"), 3));
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTENTE_CALEOL);
    assertThat(c.anomalies()).isEmpty();
    CycleProposition inc = cycle().rejouer(List.of(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX), new CandidatsProposes(d("2025-05-02"), 1),
        new DecisionCaleol(d("2025-05-05"), TypeDecision.ATTRIBUTION_CLASSEE)));
    assertThat(inc.etat()).isEqualTo(EtatProposition.ATTRIBUE);
    assertThat(inc.anomalies()).hasSize(1).allMatch(a -> !a.isErreur());
  }
}
