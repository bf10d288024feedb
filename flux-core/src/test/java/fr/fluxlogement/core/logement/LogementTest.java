package fr.fluxlogement.core.logement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Logements, financements, typologies et programmes (RPLS, arrêté du 5 janvier 2010)")
class LogementTest {

  @ParameterizedTest(name = "FINAN {0} avec CUS « {1} » donne {2}")
  @CsvSource({
    "10,,PLAI", "11,,PLAI", "12,,PLUS", "13,,PLUS", "50,,PLUS", "51,,PLUS", "52,,PLUS", "53,,PLUS", "54,,PLUS",
    "55,,PLUS", "99,,PLUS", "14,,PLS", "16,,PLI", "15,,AUTRE", "17,,AUTRE", "49,,AUTRE",
    "12,11,PLAI", "10,13,PLUS", "13,14,PLS", "13,16,PLI", "16,99,PLI"
  })
  void financementRpls(String finan, String cus, Financement attendu) {
    assertThat(Financement.fromRpls(finan, cus)).contains(attendu);
  }

  @Test
  @DisplayName("un code FINAN inconnu ne donne aucun financement ; les libellés se relisent")
  void financementInconnu() {
    assertThat(Financement.fromRpls("18", null)).isEmpty();
    assertThat(Financement.fromFinan(null)).isEmpty();
    assertThat(Financement.fromCus(null)).isEmpty();
    assertThat(Financement.parse("plai", "f").valeur()).contains(Financement.PLAI);
    assertThat(Financement.parse("autre", "f").valeur()).contains(Financement.AUTRE);
    assertThat(Financement.parse("PLX", "f").valeur()).isEmpty();
  }

  @Test
  @DisplayName("NBPIECE 1 à 5 donne T1 à T5, 6 à 9 donne T6+, hors de 1-9 rien")
  void typologie() {
    assertThat(Typologie.fromNombreDePieces(1)).contains(Typologie.T1);
    assertThat(Typologie.fromNombreDePieces(5)).contains(Typologie.T5);
    assertThat(Typologie.fromNombreDePieces(6)).contains(Typologie.T6_PLUS);
    assertThat(Typologie.fromNombreDePieces(9)).contains(Typologie.T6_PLUS);
    assertThat(Typologie.fromNombreDePieces(0)).isEmpty();
    assertThat(Typologie.fromNombreDePieces(10)).isEmpty();
    assertThat(Typologie.parse("t6+", "t").valeur()).contains(Typologie.T6_PLUS);
    assertThat(Typologie.parse("T3", "t").valeur()).contains(Typologie.T3);
    assertThat(Typologie.parse("T9", "t").valeur()).isEmpty();
    assertThat(Typologie.parse(null, "t").valeur()).isEmpty();
    assertThat(Typologie.T6_PLUS.libelle()).isEqualTo("T6+");
  }

  @Test
  @DisplayName("MODE et CONTRESLOG se lisent par leur code RPLS")
  void codesRpls() {
    assertThat(ModeOccupation.fromCode("4")).contains(ModeOccupation.ASSOCIATION);
    assertThat(ModeOccupation.fromCode(" 2 ")).contains(ModeOccupation.VACANT);
    assertThat(ModeOccupation.fromCode("7")).isEmpty();
    assertThat(ModeOccupation.fromCode(null)).isEmpty();
    assertThat(ModeOccupation.VACANT.isProposeALaLocation()).isTrue();
    assertThat(ModeOccupation.VIDE.isProposeALaLocation()).isFalse();
    assertThat(ContingentRpls.fromCode("7")).contains(ContingentRpls.NON_RESERVE);
    assertThat(ContingentRpls.fromCode("8")).isEmpty();
    assertThat(ContingentRpls.ETAT_PRIORITAIRES.code()).isEqualTo("2");
  }

  @Test
  @DisplayName("un logement se construit, garde ses valeurs par défaut et refuse un identifiant vide ou une année absurde")
  void logement() {
    Logement l = Logement.builder().identifiant("0000000001")
        .localisation(Localisation.of(Commune.of("01281"), Qpv.HORS_QPV))
        .financement(Financement.PLI).typologie(Typologie.T3).anneeConstruction(1995).build();
    assertThat(l.isPli()).isTrue();
    assertThat(l.isEnQpv()).isFalse();
    assertThat(l.modeOccupation()).isEqualTo(ModeOccupation.LOUE);
    assertThat(l.enVente() || l.aDemolir() || l.logementFoyer() || l.neufNpnru()).isFalse();
    assertThatThrownBy(() -> Logement.builder().from(l).identifiant(" ").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Logement.builder().from(l).identifiant("a;b").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Logement.builder().from(l).anneeConstruction(1700).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Logement.builder().from(l).anneeMiseEnLocation(2200).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("un programme compte au moins un logement ; une garantie a une quotité non nulle et des dates cohérentes")
  void programme() {
    Collectivite ornex = Collectivite.commune(Commune.of("01281"), "Ornex");
    GarantieEmprunt g = GarantieEmprunt.of(ornex, Taux.pourcent(60), "P1", LocalDate.of(2020, 1, 1), LocalDate.of(2060, 1, 1));
    Programme p = Programme.builder().identifiant("PRG-1").commune(Commune.of("01281")).nombreLogements(40)
        .dateMiseEnService(LocalDate.of(2024, 9, 1)).financement(Financement.PLUS).addGaranties(g).build();
    assertThat(p.anneeMiseEnService()).isEqualTo(2024);
    assertThat(p.npnru()).isFalse();
    assertThat(g.withRemboursementIntegral(LocalDate.of(2045, 3, 1)).dateRemboursementIntegral()).contains(LocalDate.of(2045, 3, 1));
    assertThatThrownBy(() -> Programme.builder().from(p).nombreLogements(0).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Programme.builder().from(p).identifiant("").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GarantieEmprunt.of(ornex, Taux.ZERO, "P", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GarantieEmprunt.of(ornex, Taux.pourcent(10), "P", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GarantieEmprunt(ornex, Taux.pourcent(10), "P", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1),
        Optional.of(LocalDate.of(2019, 1, 1)))).isInstanceOf(IllegalArgumentException.class);
  }
}
