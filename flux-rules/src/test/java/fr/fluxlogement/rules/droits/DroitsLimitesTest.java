package fr.fluxlogement.rules.droits;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.DEPARTEMENT_AIN;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.explication.Explique;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("État des droits et garanties : cas limites (convention art. 3 et 6 ; R.441-6 CCH)")
class DroitsLimitesTest {

  private static final LocalDate DEBUT = LocalDate.of(2024, 1, 15);

  private static Programme programme(int logements, GarantieEmprunt... garanties) {
    return Programme.builder().identifiant("PRG").commune(ORNEX).nombreLogements(logements)
        .dateMiseEnService(LocalDate.of(2024, 9, 1)).financement(Financement.PLUS).addGaranties(garanties).build();
  }

  @Test
  @DisplayName("art. 3 : 5 logements à 20 % font 1 droit, que le plus fort reste donne à la commune (60 %) ; le département (40 %) figure avec 0 droit")
  void partNulleFigure() {
    Explique<List<DroitReservation>> d = DroitsGarantie.calculer(programme(5,
        GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(60), "P", DEBUT, LocalDate.of(2060, 1, 1)),
        GarantieEmprunt.of(DEPARTEMENT_AIN, Taux.pourcent(40), "P", DEBUT, LocalDate.of(2060, 1, 1))), Parametres.nationaux()).valeurOuLever();
    assertThat(d.valeur()).extracting(DroitReservation::titulaire, DroitReservation::quantite)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(COMMUNE_ORNEX, 1L), org.assertj.core.groups.Tuple.tuple(DEPARTEMENT_AIN, 0L));
    // le droit commence le 1er janvier qui suit la mise en service (2024) : l'année où le programme entre dans l'assiette
    assertThat(d.valeur().get(0).debut()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(d.explication().toTexte()).contains("commune d'Ornex : 1 (quota 0,6, plus fort reste, droit jusqu'au 2065-01-01)", "département de l'Ain : 0 (quota 0,4, droit jusqu'au 2060-01-01)");
  }

  @Test
  @DisplayName("R.441-6 : une garantie dont les droits finiraient avant de commencer (prêt remboursé avant 2025, plus 5 ans) est une anomalie, non une exception")
  void finAvantLeDebut() {
    // mise en service le 1er septembre 2024 : droits à partir du 1er janvier 2025 ; le département (sans prorogation)
    // garantit un prêt remboursé le 30 juin 2024 : ses droits finiraient six mois avant de commencer
    var v = DroitsGarantie.calculer(programme(10,
        GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(50), "P", DEBUT, LocalDate.of(2060, 1, 1)),
        GarantieEmprunt.of(DEPARTEMENT_AIN, Taux.pourcent(50), "P", DEBUT, LocalDate.of(2060, 1, 1))
            .withRemboursementIntegral(LocalDate.of(2024, 6, 30))), Parametres.nationaux());
    assertThat(v.erreurs()).extracting(Anomalie::code, Anomalie::chemin)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CodeAnomalie.DATE_INCOHERENTE, "programmes.PRG.garanties[DEPARTEMENT-01]"));
    assertThat(v.erreurs().get(0).message()).contains("jusqu'au 2024-06-30", "le 2025-01-01");
  }

  @Test
  @DisplayName("R.441-6 : une commune qui garantit deux prêts garde ses droits jusqu'au terme le plus tardif des deux (plus 5 ans)")
  void finLaPlusTardive() {
    Explique<List<DroitReservation>> d = DroitsGarantie.calculer(programme(10,
        GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(100), "P1", DEBUT, LocalDate.of(2050, 1, 1)),
        GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(100), "P2", DEBUT, LocalDate.of(2070, 1, 1)),
        GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(100), "P3", DEBUT, LocalDate.of(2040, 1, 1))), Parametres.nationaux()).valeurOuLever();
    assertThat(d.valeur()).extracting(DroitReservation::quantite).containsExactly(2L);
    assertThat(d.valeur().get(0).fin()).contains(LocalDate.of(2075, 1, 1));
  }

  @Test
  @DisplayName("art. 6 : une assiette nulle avec des droits en vigueur est une anomalie (droits au-delà de l'assiette)")
  void assietteNulle() {
    EtatDesDroits e = new EtatDesDroits(List.of(DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2020, 1, 1))));
    assertThat((e.taux(2025, 0, Set.of())).erreurs()).extracting(Anomalie::code)
        .containsExactly(CodeAnomalie.DROITS_SUPERIEURS_A_ASSIETTE);
    assertThat(e.taux(2025, 1, Set.of()).valeurOuLever()).extracting(TauxReservataire::taux).containsExactly(Taux.pourcent(100));
  }

  @Test
  @DisplayName("art. 6 : les taux sortent dans l'ordre des clés des réservataires, quel que soit l'ordre des droits ; l'explication cite programme et dates")
  void ordreEtExplication() {
    EtatDesDroits e = new EtatDesDroits(List.of(
        DroitReservation.of(Etat.PRIORITAIRES, OrigineDroit.CONTINGENT_PREFECTORAL, 25, LocalDate.of(2020, 1, 1)),
        DroitReservation.of(COMMUNE_ORNEX, OrigineDroit.GARANTIE_EMPRUNT, 5, LocalDate.of(2020, 1, 1)).withProgramme("PRG")
            .withFin(LocalDate.of(2060, 12, 31)),
        DroitReservation.of(AL, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, 20, LocalDate.of(2021, 1, 1))));
    List<TauxReservataire> t = e.taux(2025, 100, Set.of()).valeurOuLever();
    List<String> cles = t.stream().map(x -> x.reservataire().cle()).toList();
    assertThat(cles).isSorted().containsExactlyInAnyOrder(Etat.PRIORITAIRES.cle(), COMMUNE_ORNEX.cle(), AL.cle());
    TauxReservataire commune = t.stream().filter(x -> x.reservataire().equals(COMMUNE_ORNEX)).findFirst().orElseThrow();
    assertThat(commune.explication().toTexte()).contains("garantie d'emprunt (programme PRG), du 2020-01-01 au 2060-12-31");
    TauxReservataire al = t.stream().filter(x -> x.reservataire().equals(AL)).findFirst().orElseThrow();
    assertThat(al.explication().toTexte()).contains("financement Action Logement, du 2021-01-01").doesNotContain("programme", " au ");
    assertThat(Optional.of(al.reserves())).contains(20L);
  }
}
