package fr.fluxlogement.rules.orientation;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.ALLIADE;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Orientation des logements libérés (convention art. 4.2 et 5 ; R.441-5-2 II)")
class MoteurOrientationTest {

  private static Map<Reservataire, Taux> taux() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(Etat.PRIORITAIRES, Taux.pourcent(25));
    t.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
    t.put(AL, Taux.pourcent(20));
    t.put(COMMUNE_ORNEX, Taux.pourcent(10));
    t.put(ALLIADE.partNonReservee(), Taux.pourcent(40));
    return t;
  }

  private static final MoteurOrientation MOTEUR = MoteurOrientation.of(taux(), Taux.pourcent(30)).valeurOuLever();

  private static List<Logement> annee(int n) {
    List<Logement> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Logement b = logement("L" + i);
      l.add(Logement.builder().from(b).typologie(Typologie.values()[i % 5])
          .localisation(Localisation.of(Commune.of(i % 3 == 0 ? "01160" : "01281"), i % 4 == 0 ? Qpv.EN_QPV : Qpv.HORS_QPV)).build());
    }
    return l;
  }

  @Test
  @DisplayName("sur 20 logements, chacun reçoit exactement sa part : 5 prioritaires, 1 agent, 4 Action Logement, 2 commune, 8 bailleur")
  void partsExactes() {
    EtatOrientation e = MOTEUR.orienterTout(MOTEUR.initial(), annee(20)).etat();
    assertThat(e.imputes(Etat.PRIORITAIRES)).isEqualTo(5);
    assertThat(e.imputes(Etat.AGENTS_PUBLICS)).isEqualTo(1);
    assertThat(e.imputes(AL)).isEqualTo(4);
    assertThat(e.imputes(COMMUNE_ORNEX)).isEqualTo(2);
    assertThat(e.imputes(ALLIADE.partNonReservee())).isEqualTo(8);
    assertThat(e.orientes()).isEqualTo(20);
    assertThat(e.logementsParCommune()).containsEntry("01160", 7L).containsEntry("01281", 13L);
    assertThat(e.imputes()).hasSize(5);
  }

  @Test
  @DisplayName("chaque décision s'explique : déficits avant et après de chaque partie, contrainte qui a décidé, articles cités")
  void explication() {
    Decision d = MOTEUR.orienter(MOTEUR.initial(), annee(1).get(0));
    assertThat(d.rang()).isEqualTo(1);
    assertThat(d.candidats()).hasSize(5);
    assertThat(d.explication().toTexte()).contains("orientation du logement L0 (n° 1 de l'année)", "(retenu)", "déficit 0 → ",
        "convention de réservation, art. 4.2");
    assertThat(d.etat().orientes()).isEqualTo(1);
    assertThat(MOTEUR.initial().orientes()).isZero();
  }

  @Test
  @DisplayName("art. 6 : un échec compté pour le réservataire, repris par le bailleur ou proposé à un autre")
  void echecs() {
    Decision d = MOTEUR.orienter(MOTEUR.initial(), annee(10)).stream()
        .filter(x -> !x.reservataire().isBailleur()).findFirst().orElseThrow();
    Reservataire premier = d.reservataire();
    long avant = d.etat().orientes();
    Decision compte = MOTEUR.echec(d.etat(), d.logement(), premier, TraitementEchec.COMPTE_POUR_LE_RESERVATAIRE, ALLIADE.partNonReservee());
    assertThat(compte.etat().imputes(premier)).isEqualTo(d.etat().imputes(premier));
    assertThat(compte.etat().echecs(premier)).isEqualTo(1);
    Decision repris = MOTEUR.echec(d.etat(), d.logement(), premier, TraitementEchec.REPRIS_PAR_LE_BAILLEUR, ALLIADE.partNonReservee());
    assertThat(repris.reservataire()).isEqualTo(ALLIADE.partNonReservee());
    assertThat(repris.etat().offres(premier)).isEqualTo(d.etat().offres(premier));
    assertThat(repris.etat().imputes(premier)).isEqualTo(d.etat().imputes(premier) - 1);
    assertThat(repris.etat().imputes(ALLIADE.partNonReservee())).isEqualTo(d.etat().imputes(ALLIADE.partNonReservee()) + 1);
    assertThat(repris.etat().orientes()).isEqualTo(avant);
    Decision autre = MOTEUR.echec(d.etat(), d.logement(), premier, TraitementEchec.PROPOSE_A_UN_AUTRE, ALLIADE.partNonReservee());
    assertThat(autre.reservataire()).isNotEqualTo(premier);
    assertThat(autre.etat().imputes(premier)).isEqualTo(d.etat().imputes(premier) - 1);
    assertThat(autre.etat().orientes()).isEqualTo(avant);
    assertThatThrownBy(() -> MOTEUR.echec(d.etat(), d.logement(), new fr.fluxlogement.core.acteur.AutreReservataire("X", "x"),
        TraitementEchec.REPRIS_PAR_LE_BAILLEUR, ALLIADE.partNonReservee())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("des taux qui ne somment pas à 100 % sont une anomalie ; un dénominateur commun trop grand est arrondi au milliardième, et dit")
  void tauxInvalidesEtArrondi() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>(taux());
    t.put(AL, Taux.pourcent(21));
    assertThat((MoteurOrientation.of(t, Taux.pourcent(30))).erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.HORS_DOMAINE);
    Map<Reservataire, Taux> premiers = new LinkedHashMap<>();
    premiers.put(AL, Taux.of(1, 1_000_003));
    premiers.put(COMMUNE_ORNEX, Taux.of(1, 999_983));
    premiers.put(ALLIADE.partNonReservee(), Taux.of(Fraction.UN.moins(Fraction.of(1, 1_000_003)).moins(Fraction.of(1, 999_983))));
    MoteurOrientation m = MoteurOrientation.of(premiers, Taux.pourcent(30)).valeurOuLever();
    assertThat(m.isArrondi()).isTrue();
    assertThat(MOTEUR.isArrondi()).isFalse();
    assertThat(m.orienterTout(m.initial(), annee(10)).etat().imputes(ALLIADE.partNonReservee())).isEqualTo(10);
  }
}
