package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.droits.TauxReservataire;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Article 6 — Engagements, suivi des objectifs et évaluation annuelle")
class Article6EngagementsEtBilanTest {

  private final ExempleOrnex.Figures f = ExempleOrnex.calculer();

  @Test
  @DisplayName("le taux affecté à la collectivité est la part des logements réservés : 25 sur 142, soit 17,61 %")
  void taux() {
    TauxReservataire t = f.taux().stream().filter(x -> x.reservataire().equals(DonneesOrnex.COMMUNE)).findFirst().orElseThrow();
    assertThat(t.taux()).isEqualTo(Taux.of(25, 142));
    assertThat(t.taux().toPourcentFrancais()).isEqualTo("17,61 %");
  }

  @Test
  @DisplayName("tableau des délais : chaque proposition a sa date limite de candidats et d'impossibilité, tenues dans l'année simulée")
  void delais() {
    for (CycleProposition c : f.annee().cycles()) {
      assertThat(c.echeances()).isPresent();
      assertThat(c.anomalies()).isEmpty();
    }
    assertThat(f.annee().cycles()).anyMatch(c -> c.evenements().stream().anyMatch(e -> e.libelle().startsWith("impossibilité")));
  }

  @Test
  @DisplayName("le bilan est envoyé avant le 28 février : le 20 février 2026 est dans le délai, le 28 ne le serait pas")
  void echeance() {
    Bilan b = f.bilan().bilan();
    assertThat(b.controlerEnvoi(DonneesOrnex.ENVOI_BILAN)).isEmpty();
    assertThat(b.controlerEnvoi(LocalDate.of(2026, 2, 28))).isPresent();
  }

  @Test
  @DisplayName("il donne, par réservataire, propositions, attributions et baux sur le total des libérations, et les attributions hors flux")
  void contenu() {
    Bilan b = f.bilan().bilan();
    assertThat(b.total(Mesure.LIBERATIONS, Cle.TOUS)).isEqualTo(12);
    assertThat(b.total(Mesure.PROPOSITIONS, Cle.TOUS)).isEqualTo(11);
    assertThat(b.total(Mesure.HORS_FLUX, Cle.TOUS)).isEqualTo(1);
    fr.fluxlogement.rules.bilan.LigneBilan commune = f.bilan().ligne(DonneesOrnex.COMMUNE.cle());
    assertThat(commune.objectif()).isPresent();
    assertThat(fr.fluxlogement.rendu.tables.Tables.BILAN.csv(java.util.List.of(commune))).contains("part_propositions_liberations",
        "part_attributions_liberations", "part_baux_liberations", "taux_prioritaires", "taux_dalo", "taux_q1_hors_qpv", "taux_q2_q4_en_qpv", "objectif");
    assertThat(fr.fluxlogement.rendu.texte.TexteBilan.texte(f.bilan())).contains("Parts par commune", "Parts par EPCI");
  }
}
