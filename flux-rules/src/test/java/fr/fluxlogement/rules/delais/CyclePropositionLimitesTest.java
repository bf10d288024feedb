package fr.fluxlogement.rules.delais;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.rules.calendrier.Calendriers;
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

/**
 * Les limites du cycle de proposition. Préavis d'un mois reçu le mercredi 30 avril 2025 : l'offre
 * part le jour même ; les trois candidats sont dus sous 5 jours ouvrés, le jeudi 1er et le jeudi 8
 * mai étant fériés : vendredi 2, lundi 5, mardi 6, mercredi 7, vendredi 9 ; le délai échoit donc le
 * vendredi 9 mai (également vérifié par {@code CyclePropositionTest.nominal}). Parc neuf : les
 * éléments sont transmis 3 mois avant la mise en service (tableau de l'art. 6).
 */
@DisplayName("Cycle de proposition : cas limites (convention art. 5.1 et tableau de l'art. 6 ; R.441-3 CCH)")
class CyclePropositionLimitesTest {

  private static final Calendriers CAL = Calendriers.tous();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static CycleProposition cycle() {
    return CycleProposition.demarrer(new Liberation(logement("L1"), TypeLiberation.PREAVIS_UN_MOIS, d("2025-04-30")), CAL, Parametres.nationaux());
  }

  private static CycleProposition offert() {
    return cycle().appliquer(new OffreTransmise(d("2025-04-30"), COMMUNE_ORNEX));
  }

  private static List<CodeAnomalie> codes(CycleProposition c) {
    return c.anomalies().stream().map(Anomalie::code).toList();
  }

  @Test
  @DisplayName("art. 5.1 : une seconde offre pendant que la première court est refusée")
  void secondeOffre() {
    CycleProposition c = offert().appliquer(new OffreTransmise(d("2025-05-02"), AL));
    assertThat(codes(c)).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    assertThat(c.reservataire()).contains(COMMUNE_ORNEX);
  }

  @Test
  @DisplayName("tableau de l'art. 6 : logement neuf mis en service le 1er septembre 2025, éléments dus 3 mois avant ; transmis le 15 mai, à l'heure ; le 2 juin, en retard")
  void parcNeuf() {
    Liberation neuf = new Liberation(logement("N1"), TypeLiberation.PARC_NEUF, d("2025-09-01"));
    CycleProposition tot = CycleProposition.demarrer(neuf, CAL, Parametres.nationaux()).appliquer(new OffreTransmise(d("2025-05-15"), COMMUNE_ORNEX));
    assertThat(tot.anomalies()).isEmpty();
    assertThat(tot.etat()).isEqualTo(EtatProposition.ATTENTE_CANDIDATS);
    CycleProposition tard = CycleProposition.demarrer(neuf, CAL, Parametres.nationaux()).appliquer(new OffreTransmise(d("2025-06-02"), COMMUNE_ORNEX));
    assertThat(codes(tard)).containsExactly(CodeAnomalie.HORS_DELAI);
    assertThat(tard.etat()).isEqualTo(EtatProposition.ATTENTE_CANDIDATS);
  }

  @Test
  @DisplayName("tableau de l'art. 6 : l'impossibilité ne se notifie que pendant l'attente des candidats, pas devant la CALEOL")
  void impossibiliteHorsAttente() {
    CycleProposition c = offert().rejouer(List.of(new CandidatsProposes(d("2025-05-05"), 3), new ImpossibiliteNotifiee(d("2025-05-06"))));
    assertThat(codes(c)).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTENTE_CALEOL);
  }

  @Test
  @DisplayName("tableau de l'art. 6 : sans impossibilité notifiée, le bailleur ne cherche lui-même ou ne reprend le logement qu'une fois le délai du 9 mai échu")
  void bailleurLibreApresLeDelai() {
    assertThat(codes(offert().appliquer(new RechercheParLeBailleur(d("2025-05-09"), true)))).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    CycleProposition recherche = offert().appliquer(new RechercheParLeBailleur(d("2025-05-12"), true));
    assertThat(recherche.anomalies()).isEmpty();
    assertThat(recherche.etat()).isEqualTo(EtatProposition.LISTE_INCOMPLETE);
    assertThat(codes(offert().appliquer(new LogementRepris(d("2025-05-09"))))).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    CycleProposition repris = offert().appliquer(new LogementRepris(d("2025-05-12")));
    assertThat(repris.anomalies()).isEmpty();
    assertThat(repris.etat()).isEqualTo(EtatProposition.A_TRANSMETTRE);
    CycleProposition incomplete = offert().rejouer(List.of(new CandidatsProposes(d("2025-05-05"), 1), new LogementRepris(d("2025-05-12"))));
    assertThat(incomplete.anomalies()).isEmpty();
    assertThat(incomplete.etat()).isEqualTo(EtatProposition.A_TRANSMETTRE);
    assertThat(codes(offert().rejouer(List.of(new CandidatsProposes(d("2025-05-05"), 1), new LogementRepris(d("2025-05-07"))))))
        .containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
  }

  @Test
  @DisplayName("tableau de l'art. 6 : sans aucun candidat du réservataire, le bailleur ne complète la liste qu'après le délai")
  void listeCompleteeApresLeDelai() {
    assertThat(codes(offert().appliquer(new ListeCompletee(d("2025-05-08"), 3)))).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    CycleProposition c = offert().appliquer(new ListeCompletee(d("2025-05-12"), 3));
    assertThat(c.anomalies()).isEmpty();
    assertThat(c.etat()).isEqualTo(EtatProposition.ATTENTE_CALEOL);
    assertThat(c.candidats()).isEqualTo(3);
    assertThat(codes(cycle().appliquer(new ListeCompletee(d("2025-05-12"), 3)))).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
  }

  @Test
  @DisplayName("R.441-3 : après un refus de la CALEOL, la nouvelle liste repart de zéro : un seul candidat ne suffit pas")
  void nouvelleListeApresRefus() {
    CycleProposition c = offert().rejouer(List.of(new CandidatsProposes(d("2025-05-05"), 3), new DecisionCaleol(d("2025-05-12"), TypeDecision.REFUS),
        new CandidatsProposes(d("2025-05-20"), 1)));
    assertThat(c.etat()).isEqualTo(EtatProposition.LISTE_INCOMPLETE);
    assertThat(c.candidats()).isEqualTo(1);
  }

  @Test
  @DisplayName("R.441-3 : la CALEOL n'examine pas une liste vide ; sur une liste incomplète non vide, elle statue avec un avertissement")
  void caleolSurListeVide() {
    CycleProposition vide = offert().rejouer(List.of(new ImpossibiliteNotifiee(d("2025-05-05")), new RechercheParLeBailleur(d("2025-05-06"), false)));
    assertThat(vide.etat()).isEqualTo(EtatProposition.LISTE_INCOMPLETE);
    assertThat(vide.candidats()).isZero();
    CycleProposition refusee = vide.appliquer(new DecisionCaleol(d("2025-05-12"), TypeDecision.ATTRIBUTION));
    assertThat(codes(refusee)).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    assertThat(refusee.etat()).isEqualTo(EtatProposition.LISTE_INCOMPLETE);
  }

  @Test
  @DisplayName("les chemins des anomalies suivent le rang de l'événement soumis : un avertissement ne décale pas le rang")
  void cheminsApresUnAvertissement() {
    CycleProposition c = offert().rejouer(List.of(new CandidatsProposes(d("2025-05-12"), 3), new ImpossibiliteNotifiee(d("2025-05-13")),
        new LogementRepris(d("2025-05-14"))));
    // 0 : offre ; 1 : candidats en retard (avertissement) ; 2 : impossibilité refusée ; 3 : reprise refusée
    assertThat(c.anomalies()).extracting(Anomalie::chemin).containsExactly("evenements[1]", "evenements[2]", "evenements[3]");
    assertThat(codes(c)).containsExactly(CodeAnomalie.HORS_DELAI, CodeAnomalie.TRANSITION_IMPOSSIBLE, CodeAnomalie.TRANSITION_IMPOSSIBLE);
  }

  @Test
  @DisplayName("chaque événement et chaque état a son libellé français, repris dans les messages ; zéro candidat se déclare, un nombre négatif non")
  void libellesEtBornes() {
    assertThat(new OffreTransmise(d("2025-05-02"), COMMUNE_ORNEX).libelle()).isEqualTo("offre transmise à commune d'Ornex");
    assertThat(new CandidatsProposes(d("2025-05-02"), 0).libelle()).isEqualTo("0 candidat(s) proposé(s)");
    assertThat(new ListeCompletee(d("2025-05-02"), 1).libelle()).isEqualTo("liste complétée par le bailleur (1)");
    assertThat(new RechercheParLeBailleur(d("2025-05-02"), true).libelle()).isEqualTo("recherche de candidats par le bailleur (comptée pour le réservataire)");
    assertThat(new RechercheParLeBailleur(d("2025-05-02"), false).libelle()).isEqualTo("recherche de candidats par le bailleur");
    assertThat(new ImpossibiliteNotifiee(d("2025-05-02")).libelle()).isNotBlank();
    assertThat(new LogementRepris(d("2025-05-02")).libelle()).isNotBlank();
    assertThat(new DecisionCaleol(d("2025-05-02"), TypeDecision.REFUS).libelle()).isNotBlank();
    assertThat(new EvenementProposition.BailSigne(d("2025-05-02")).libelle()).isNotBlank();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CandidatsProposes(d("2025-05-02"), -1)).isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ListeCompletee(d("2025-05-02"), 0)).isInstanceOf(IllegalArgumentException.class);
    for (EtatProposition e : EtatProposition.values()) {
      assertThat(e.libelle()).as(e.name()).isNotBlank();
    }
    CycleProposition c = offert().rejouer(List.of(new CandidatsProposes(d("2025-05-05"), 3), new DecisionCaleol(d("2025-05-12"), TypeDecision.ATTRIBUTION),
        new EvenementProposition.BailSigne(d("2025-06-02")), new CandidatsProposes(d("2025-06-03"), 2)));
    assertThat(c.anomalies()).singleElement().satisfies(a -> assertThat(a.message()).contains("2 candidat(s) proposé(s)"));
    assertThat(offert().appliquer(new OffreTransmise(d("2025-05-02"), AL)).anomalies().get(0).message())
        .contains(EtatProposition.ATTENTE_CANDIDATS.libelle());
  }

  @Test
  @DisplayName("art. 6 et art. 642 CPC : l'explication d'une échéance dit si un jour non ouvré est reporté")
  void explicationDuReport() {
    Echeances e = CalculDelais.calculer(new Liberation(logement("L1"), TypeLiberation.PREAVIS_UN_MOIS, d("2025-04-30")),
        java.util.Optional.of(d("2025-04-30")), CAL, Parametres.nationaux());
    assertThat(e.candidats().explication().toTexte()).contains("report d'un jour non ouvré", "oui (");
  }
}
