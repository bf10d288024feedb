package fr.fluxlogement.rules.convention;

import static fr.fluxlogement.rules.Fixtures.ALLIADE;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.Surcharge;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Durée et actualisation de la convention (art. 7) et annexe")
class CycleConventionTest {

  private static final LocalDate SIGNATURE = LocalDate.of(2025, 6, 10);
  private static final CycleConvention CYCLE = CycleConvention.of(
      new Convention(ALLIADE, COMMUNE_ORNEX, ORNEX, SIGNATURE, ModeGestion.DIRECTE, List.of(), fr.fluxlogement.core.convention.TexteConvention.of("Convention de réservation")), Parametres.nationaux());

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  @DisplayName("3 ans à compter de la signature, puis reconduction tacite d'un an, deux fois au plus : 5 ans en tout")
  void duree() {
    assertThat(CYCLE.finPeriodeInitiale()).isEqualTo(d("2028-06-09"));
    assertThat(CYCLE.finMaximale()).isEqualTo(d("2030-06-09"));
    assertThat(CYCLE.statut(d("2025-06-09"))).isEqualTo(StatutConvention.NON_SIGNEE);
    assertThat(CYCLE.statut(d("2025-06-10"))).isEqualTo(StatutConvention.PERIODE_INITIALE);
    assertThat(CYCLE.statut(d("2028-06-09"))).isEqualTo(StatutConvention.PERIODE_INITIALE);
    assertThat(CYCLE.statut(d("2028-06-10"))).isEqualTo(StatutConvention.RECONDUITE);
    assertThat(CYCLE.statut(d("2030-06-09"))).isEqualTo(StatutConvention.RECONDUITE);
    assertThat(CYCLE.statut(d("2030-06-10"))).isEqualTo(StatutConvention.ECHUE);
    assertThat(CYCLE.expliquer(d("2029-01-01")).toTexte()).contains("reconduite tacitement", "fin maximale le 2030-06-09",
        "convention de réservation, art. 7");
  }

  @Test
  @DisplayName("une dénonciation prend effet à la fin de la période en cours ; dénoncer deux fois ou hors de la vie de la convention est une anomalie")
  void denonciation() {
    assertThat(CYCLE.denoncer(d("2026-03-01")).valeurOuLever().fin()).isEqualTo(d("2028-06-09"));
    CycleConvention c = CYCLE.denoncer(d("2029-01-01")).valeurOuLever();
    assertThat(c.fin()).isEqualTo(d("2029-06-09"));
    assertThat(c.statut(d("2029-06-10"))).isEqualTo(StatutConvention.ECHUE);
    assertThat((c.denoncer(d("2029-02-01"))).erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.TRANSITION_IMPOSSIBLE);
    assertThat((CYCLE.denoncer(d("2031-01-01"))).erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.DATE_INCOHERENTE);
  }

  @Test
  @DisplayName("un avenant annuel change des paramètres et le mode de gestion à partir de sa date d'effet")
  void avenant() {
    ValeurDatee<Taux> v = new ValeurDatee<>(d("2026-01-01"), Optional.empty(), Taux.pourcent(25), References.CLAUSE_DUREE, Provenance.AVENANT);
    Avenant av = new Avenant(d("2026-01-01"), List.of(MotifActualisation.EVALUATION_ANNUELLE, MotifActualisation.MODE_DE_GESTION),
        List.of(new Surcharge<>(Parametres.PART_ETAT_PROGRAMMES_NEUFS, v)), Optional.of(ModeGestion.DELEGUEE));
    CycleConvention c = CYCLE.withAvenant(av).valeurOuLever();
    assertThat(c.modeGestion(d("2025-12-31"))).isEqualTo(ModeGestion.DIRECTE);
    assertThat(c.modeGestion(d("2026-01-01"))).isEqualTo(ModeGestion.DELEGUEE);
    assertThat(c.parametresApplicables().valeur(Parametres.PART_ETAT_PROGRAMMES_NEUFS, d("2025-12-31"))).isEqualTo(Taux.pourcent(30));
    assertThat(c.parametresApplicables().valeurDatee(Parametres.PART_ETAT_PROGRAMMES_NEUFS, d("2026-06-01")).provenance()).isEqualTo(Provenance.AVENANT);
    assertThat((CYCLE.withAvenant(new Avenant(d("2024-01-01"), List.of(), List.of(), Optional.empty()))).erreurs())
        .extracting(Anomalie::code).containsExactly(CodeAnomalie.DATE_INCOHERENTE);
    assertThat(MotifActualisation.NOUVEAUX_BESOINS.libelle()).contains("collectivités");
  }

  @Test
  @DisplayName("annexe : une donnée typée (son texte est rendu par flux-rendu) ; un compte négatif est refusé")
  void annexe() {
    Annexe a = new Annexe("Convention Ornex – Alliade", ORNEX, "Ornex", COMMUNE_ORNEX, "Alliade Habitat", d("2025-01-01"), 142, 25,
        Taux.of(25, 142), ModeGestion.DIRECTE, Taux.of(25, 142), 2, true);
    assertThat(a.parcConcerne()).isEqualTo(142);
    assertThat(a.taux().toPourcentFrancais()).isEqualTo("17,61 %");
    assertThat(a.logementsDus()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Annexe("t", ORNEX, "Ornex", COMMUNE_ORNEX, "b", d("2025-01-01"), -1, 0,
        Taux.ZERO, ModeGestion.DIRECTE, Taux.ZERO, 0, false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("art. 7 : des avenants reçus dans le désordre s'appliquent dans l'ordre de leurs dates d'effet ; la dénonciation est expliquée")
  void avenantsDansLOrdreDesDates() {
    CycleConvention c = CycleConvention.of(
        new Convention(ALLIADE, COMMUNE_ORNEX, ORNEX, SIGNATURE, ModeGestion.DIRECTE, List.of(), fr.fluxlogement.core.convention.TexteConvention.of("Convention de réservation")), Parametres.nationaux());
    Avenant tard = new Avenant(d("2027-01-01"), List.of(), List.of(), java.util.Optional.of(ModeGestion.DIRECTE));
    Avenant tot = new Avenant(d("2026-01-01"), List.of(), List.of(), java.util.Optional.of(ModeGestion.DELEGUEE));
    CycleConvention avec = c.withAvenant(tard).valeurOuLever().withAvenant(tot).valeurOuLever();
    assertThat(avec.avenants()).containsExactly(tot, tard);
    assertThat(avec.modeGestion(d("2026-06-01"))).isEqualTo(ModeGestion.DELEGUEE);
    assertThat(avec.modeGestion(d("2027-06-01"))).isEqualTo(ModeGestion.DIRECTE);
    assertThat(c.denoncer(d("2026-03-01")).valeurOuLever().expliquer(d("2026-04-01")).toTexte())
        .contains(", dénoncée le 2026-03-01 : fin le 2028-06-09");
  }
}
