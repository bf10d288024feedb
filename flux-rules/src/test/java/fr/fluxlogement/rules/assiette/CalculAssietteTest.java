package fr.fluxlogement.rules.assiette;

import static fr.fluxlogement.rules.Fixtures.AIN;
import static fr.fluxlogement.rules.Fixtures.FERNEY;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.ReservationStock;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assiette du flux (convention art. 2, 5.3, 5.4)")
class CalculAssietteTest {

  @Test
  @DisplayName("R.441-5 et exemple illustratif (docs/exemple-illustratif.md, étape 1) : 10 000 logements moins 120 foyers, 180 PLI, 60 à démolir ou vendre, 40 défense donnent 9 600")
  void exempleIllustratifParComptes() {
    Assiette a = CalculAssiette.depuisComptes(2025, AIN, 10_000, Map.of(
        MotifExclusion.FOYER_OU_ASSOCIATION, 120L, MotifExclusion.PLI, 180L,
        MotifExclusion.DEMOLITION, 60L, MotifExclusion.RESERVATION_STOCK, 40L)).valeurOuLever();
    assertThat(a.taille()).isEqualTo(9_600);
    assertThat(a.totalExclus()).isEqualTo(400);
    assertThat(a.exclus(MotifExclusion.VENTE)).isZero();
    assertThat(a.explication().toTexte()).contains("assiette 2025 (département 01) : 9600", "parc au 01/01/2025 − logements exclus = 10000 − 400",
        "convention de réservation, art. 2");
  }

  @Test
  @DisplayName("l'exemple illustratif (docs/exemple-illustratif.md, étape 1) reproduit logement par logement : la liste de 10 000 logements donne la même assiette de 9 600")
  void exempleIllustratifParLogements() {
    List<Logement> parc = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Logement l = logement("L" + i);
      if (i < 120) {
        l = Logement.builder().from(l).modeOccupation(ModeOccupation.ASSOCIATION).build();
      } else if (i < 300) {
        l = Logement.builder().from(l).financement(Financement.PLI).build();
      } else if (i < 360) {
        l = Logement.builder().from(l).aDemolir(true).build();
      } else if (i < 400) {
        l = Logement.builder().from(l).reservationStock(ReservationStock.DEFENSE_SECURITE_INTERIEURE).build();
      }
      parc.add(l);
    }
    Assiette a = CalculAssiette.calculer(2025, ORNEX, parc).valeurOuLever();
    assertThat(a.taille()).isEqualTo(9_600);
    assertThat(a.exclus(MotifExclusion.FOYER_OU_ASSOCIATION)).isEqualTo(120);
    assertThat(a.exclus(MotifExclusion.PLI)).isEqualTo(180);
    assertThat(a.exclus(MotifExclusion.DEMOLITION)).isEqualTo(60);
    assertThat(a.exclus(MotifExclusion.RESERVATION_STOCK)).isEqualTo(40);
    assertThat(a.retenus().parCommune()).containsExactly(Map.entry("01281", 9_600L));
    assertThat(a.exclusions().get(MotifExclusion.PLI).parFinancement()).containsEntry(Financement.PLI, 180L);
  }

  @Test
  @DisplayName("art. 5.3 : un programme mis en location en 2025 reste en stock en 2025 et rejoint l'assiette en 2026")
  void programmeNeuf() {
    Logement neuf = Logement.builder().from(logement("N1")).anneeMiseEnLocation(2025).dateMiseEnService(LocalDate.of(2025, 3, 1)).build();
    List<Logement> parc = List.of(logement("A"), neuf);
    assertThat(CalculAssiette.calculer(2025, ORNEX, parc).valeurOuLever().exclus(MotifExclusion.PREMIERE_MISE_EN_LOCATION)).isEqualTo(1);
    assertThat(CalculAssiette.calculer(2026, ORNEX, parc).valeurOuLever().taille()).isEqualTo(2);
  }

  @Test
  @DisplayName("art. 5.4 et L.443-7 : les neufs NPNRU et les logements en vente sortent de l'assiette")
  void npnruEtVente() {
    List<Logement> parc = List.of(logement("A"),
        Logement.builder().from(logement("B")).neufNpnru(true).build(),
        Logement.builder().from(logement("C")).enVente(true).build(),
        Logement.builder().from(logement("D")).logementFoyer(true).build());
    Assiette a = CalculAssiette.calculer(2025, PAYS_DE_GEX, parc).valeurOuLever();
    assertThat(a.taille()).isEqualTo(1);
    assertThat(a.exclus(MotifExclusion.NEUF_NPNRU)).isEqualTo(1);
    assertThat(a.exclus(MotifExclusion.VENTE)).isEqualTo(1);
    assertThat(a.exclus(MotifExclusion.FOYER_OU_ASSOCIATION)).isEqualTo(1);
  }

  @Test
  @DisplayName("le territoire filtre le parc et l'assiette est ventilée par commune, typologie, financement et QPV")
  void ventilation() {
    Logement enQpv = Logement.builder().from(logement("Q")).localisation(Localisation.of(FERNEY, PAYS_DE_GEX, Qpv.of("QN00101A")))
        .typologie(Typologie.T2).financement(Financement.PLAI).build();
    List<Logement> parc = List.of(logement("A"), enQpv);
    Assiette ornex = CalculAssiette.calculer(2025, ORNEX, parc).valeurOuLever();
    assertThat(ornex.taille()).isEqualTo(1);
    Assiette gex = CalculAssiette.calculer(2025, PAYS_DE_GEX, parc).valeurOuLever();
    assertThat(gex.taille()).isEqualTo(2);
    assertThat(gex.retenus().enQpv()).isEqualTo(1);
    assertThat(gex.retenus().horsQpv()).isEqualTo(1);
    assertThat(gex.retenus().parTypologie()).containsEntry(Typologie.T2, 1L).containsEntry(Typologie.T3, 1L);
    assertThat(gex.retenus().parFinancement()).containsEntry(Financement.PLAI, 1L).containsEntry(Financement.PLUS, 1L);
    assertThat(gex.retenus().parCommune()).containsExactly(Map.entry("01160", 1L), Map.entry("01281", 1L));
    assertThat(gex.retenus().plus(ornex.retenus()).total()).isEqualTo(3);
  }

  @Test
  @DisplayName("données fausses : un logement répété, des comptes négatifs ou des exclusions au-delà du parc reviennent en anomalies, toutes à la fois")
  void anomalies() {
    List<Anomalie> doublon = (CalculAssiette.calculer(2025, ORNEX, List.of(logement("A"), logement("A")))).erreurs();
    assertThat(doublon).extracting(Anomalie::code).containsExactly(CodeAnomalie.DOUBLON);
    assertThat(doublon.get(0).chemin()).isEqualTo("parc[1].identifiant");
    List<Anomalie> comptes = (CalculAssiette.depuisComptes(2025, AIN, -1,
        Map.of(MotifExclusion.PLI, -2L, MotifExclusion.VENTE, 3L))).erreurs();
    assertThat(comptes).extracting(Anomalie::code).containsExactly(CodeAnomalie.NOMBRE_NEGATIF, CodeAnomalie.NOMBRE_NEGATIF);
    assertThat((CalculAssiette.depuisComptes(2025, AIN, 10, Map.of(MotifExclusion.PLI, 11L))).erreurs())
        .extracting(Anomalie::code).containsExactly(CodeAnomalie.HORS_DOMAINE);
  }
}
