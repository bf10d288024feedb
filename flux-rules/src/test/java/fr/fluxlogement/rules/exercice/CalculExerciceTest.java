package fr.fluxlogement.rules.exercice;

import static fr.fluxlogement.rules.exercice.Donnees.AIN;
import static fr.fluxlogement.rules.exercice.Donnees.AL;
import static fr.fluxlogement.rules.exercice.Donnees.ANNECY;
import static fr.fluxlogement.rules.exercice.Donnees.BAILLEUR;
import static fr.fluxlogement.rules.exercice.Donnees.BOURG;
import static fr.fluxlogement.rules.exercice.Donnees.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.exercice.Donnees.EPCI_GEX;
import static fr.fluxlogement.rules.exercice.Donnees.FERNEY;
import static fr.fluxlogement.rules.exercice.Donnees.GEX;
import static fr.fluxlogement.rules.exercice.Donnees.ORNEX;
import static fr.fluxlogement.rules.exercice.Donnees.apport;
import static fr.fluxlogement.rules.exercice.Donnees.convention;
import static fr.fluxlogement.rules.exercice.Donnees.liberation;
import static fr.fluxlogement.rules.exercice.Donnees.logement;
import static fr.fluxlogement.rules.exercice.Donnees.serie;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Dimension;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import fr.fluxlogement.rules.orientation.Contrainte;
import fr.fluxlogement.rules.orientation.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * L'exercice d'un bailleur de l'Ain compté à la main : quatre conventions (le préfet et Action
 * Logement sur le département, la commune d'Ornex, l'EPCI du Pays de Gex), trois communes dans le
 * département et deux logements hors du département.
 *
 * <pre>
 * parc     Ornex 102 (dont 1 PLI et 1 en première location en 2025 : exclus) ; Ferney 50 ; Bourg 50 ; Annecy (74) 2
 * assiette Ornex 100 ; Ferney 50 ; Bourg 50 ; Pays de Gex (Ornex + Ferney) 150 ; département 200
 * droits  commune d'Ornex 22 à Ornex ; Action Logement 7 à Ornex (programme P1) + 6 à Ferney (+ 5 à Ornex, expirés en 2020) ;
 *         Pays de Gex 9 à Ferney
 * rotation 10 % (2022-2024), mutations de la CUS 0 % ; relogements : 1 à Bourg, 1 à Ferney
 * </pre>
 */
@DisplayName("Exercice annuel d'un bailleur (CCH R.441-5, R.441-5-1, R.441-5-2) : quatre conventions comptées à la main")
class CalculExerciceTest {

  private static <T> T valeur(fr.fluxlogement.core.anomalie.Resultat<T> v) {
    return Donnees.valeur(v);
  }

  private static Logement pli(String id) {
    return Logement.builder().from(logement(id, ORNEX, Optional.of(GEX))).financement(Financement.PLI).build();
  }

  private static List<Logement> parc() {
    List<Logement> l = new ArrayList<>(serie("F", 50, FERNEY, Optional.of(GEX)));
    l.addAll(serie("O", 100, ORNEX, Optional.of(GEX)));
    l.add(pli("O100"));
    l.add(Logement.builder().from(logement("O101", ORNEX, Optional.of(GEX))).anneeMiseEnLocation(2025).build());
    l.addAll(serie("B", 50, BOURG, Optional.empty()));
    l.addAll(serie("H", 2, ANNECY, Optional.empty()));
    return l;
  }

  private static Programme programme(String id, Commune c, int logements, LocalDate service) {
    return Programme.builder().identifiant(id).commune(c).nombreLogements(logements).dateMiseEnService(service)
        .financement(Financement.PLUS).build();
  }

  private static Attribution attribution(Logement l, Reservataire r, LocalDate caleol, LocalDate bail, boolean mutation, boolean horsFlux) {
    return new Attribution(l, r, Menage.of(new BigDecimal("18000"), Fraction.of(2)), caleol, Optional.of(bail), mutation, horsFlux);
  }

  private static Logement du(List<Logement> parc, String id) {
    return parc.stream().filter(l -> l.identifiant().equals(id)).findFirst().orElseThrow();
  }

  /** L'exercice de référence de cette classe (voir l'en-tête). */
  private static Exercice.Builder exercice() {
    List<Logement> parc = parc();
    Logement f0AilleursQueDansLeParc = logement("F0", ORNEX, Optional.of(GEX));
    List<Liberation> liberations = List.of(
        liberation(f0AilleursQueDansLeParc, LocalDate.of(2025, 12, 22)),
        liberation(du(parc, "O1"), LocalDate.of(2025, 3, 1)),
        liberation(du(parc, "O0"), LocalDate.of(2025, 3, 1)),
        liberation(du(parc, "O2"), LocalDate.of(2025, 2, 15)),
        liberation(du(parc, "O100"), LocalDate.of(2025, 6, 1)),
        liberation(du(parc, "O5"), LocalDate.of(2025, 7, 1)),
        liberation(du(parc, "H0"), LocalDate.of(2025, 6, 15)),
        liberation(du(parc, "O6"), LocalDate.of(2025, 8, 1)));
    List<Attribution> attributions = List.of(
        attribution(du(parc, "O5"), Etat.PRIORITAIRES, LocalDate.of(2025, 7, 10), LocalDate.of(2025, 8, 1), true, false),
        attribution(du(parc, "O2"), Etat.PRIORITAIRES, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1), false, false),
        attribution(du(parc, "O0"), Etat.PRIORITAIRES, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 10), false, false),
        attribution(du(parc, "O1"), COMMUNE_ORNEX, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), false, false),
        attribution(du(parc, "O6"), AL, LocalDate.of(2025, 8, 10), LocalDate.of(2025, 9, 1), false, true));
    List<DroitReservation> droits = List.of(
        apport(COMMUNE_ORNEX, 22, ORNEX),
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 7, LocalDate.of(2010, 1, 1)).withProgramme("P1"),
        apport(AL, 6, FERNEY),
        apport(AL, 5, ORNEX).withFin(LocalDate.of(2020, 12, 31)),
        apport(EPCI_GEX, 9, FERNEY));
    return Exercice.builder(BAILLEUR, 2025, AIN)
        .convention(convention(COMMUNE_ORNEX, ORNEX, "Convention d'Ornex"))
        .convention(Donnees.prefet())
        .convention(convention(AL, AIN, "Convention d'Action Logement"))
        .convention(convention(EPCI_GEX, GEX, "Convention du Pays de Gex"))
        .parc(parc)
        .programmes(List.of(programme("PN", ORNEX, 10, LocalDate.of(2025, 9, 1)), programme("P1", ORNEX, 30, LocalDate.of(2000, 6, 1)),
            programme("PM", FERNEY, 10, LocalDate.of(2025, 4, 1))))
        .premiereLocation("PN", Map.of(AL, Taux.pourcent(20)))
        .droits(droits)
        .rotations(Donnees.rotations())
        .tauxMutationsCus(Taux.ZERO)
        .relogements(BOURG, Map.of(MotifRelogement.RENOUVELLEMENT_URBAIN, 1L))
        .relogements(FERNEY, Map.of(MotifRelogement.HABITAT_INDIGNE, 1L))
        .nom(ORNEX, "Ornex")
        .seuils(SeuilsQuartile.vide())
        .parametres(Parametres.nationaux())
        .liberations(liberations)
        .evenements("F0", List.of(new EvenementProposition.OffreTransmise(LocalDate.of(2026, 1, 5), Etat.PRIORITAIRES)))
        .evenements("O2", List.of(new EvenementProposition.BailSigne(LocalDate.of(2025, 3, 10))))
        .attributions(attributions)
        .envoiBilan(LocalDate.of(2026, 3, 2))
        .illustratif(true);
  }

  private static ResultatConvention figures(ResultatExercice r, String cle) {
    return r.conventions().stream().filter(c -> c.cle().equals(cle)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("assiettes par territoire (art. 2) : Ornex 100 = 102 − 2 exclus, Pays de Gex 150 = 100 + 50, département 200 = 100 + 50 + 50, Annecy hors de l'exercice")
  void assiettes() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    assertThat(r.conventions()).extracting(ResultatConvention::cle)
        .containsExactly("ACTION-LOGEMENT@01", "COMMUNE-01281@01281", "EPCI-240100750@240100750", "ETAT@01");
    assertThat(figures(r, "COMMUNE-01281@01281").assiette().taille()).isEqualTo(100);
    assertThat(figures(r, "EPCI-240100750@240100750").assiette().taille()).isEqualTo(150);
    assertThat(figures(r, "ETAT@01").assiette().taille()).isEqualTo(200);
    assertThat(figures(r, "ACTION-LOGEMENT@01").assiette().taille()).isEqualTo(200);
    // deux logements d'Annecy (Haute-Savoie) : un avertissement, qui les compte
    assertThat(r.avertissements()).filteredOn(a -> a.chemin().equals("parc")).singleElement()
        .satisfies(a -> assertThat(a.message()).startsWith("2 logement(s) hors du département 01"));
  }

  @Test
  @DisplayName("taux au 1er janvier (art. 3, R.441-5) : la commune 22/100 = 22 % à Ornex, 22/200 = 11 % au département ; Action Logement 7/100 à Ornex, 13/200 au département (les 5 droits expirés en 2020 ne comptent pas)")
  void taux() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    ResultatConvention ornex = figures(r, "COMMUNE-01281@01281");
    assertThat(ornex.taux()).extracting(t -> t.reservataire().cle() + " " + t.reserves() + " " + t.taux().toPourcentFrancais())
        .containsExactly("ACTION-LOGEMENT 7 7 %", "COMMUNE-01281 22 22 %");
    assertThat(ornex.tauxReservataire()).isEqualTo(Taux.pourcent(22));
    assertThat(ornex.reserves()).isEqualTo(22);
    ResultatConvention al = figures(r, "ACTION-LOGEMENT@01");
    // Action Logement : 7 (P1, à Ornex) + 6 (Ferney) = 13 sur 200
    assertThat(al.reserves()).isEqualTo(13);
    assertThat(al.tauxReservataire()).isEqualTo(Taux.of(13, 200));
    ResultatConvention epci = figures(r, "EPCI-240100750@240100750");
    // Pays de Gex : 9 sur 150 = 6 % ; la commune 22/150 ; Action Logement 13/150
    assertThat(epci.taux()).extracting(t -> t.reservataire().cle() + " " + t.reserves())
        .containsExactly("ACTION-LOGEMENT 13", "COMMUNE-01281 22", "EPCI-240100750 9");
    assertThat(epci.tauxReservataire()).isEqualTo(Taux.pourcent(6));
    // le préfet : 25 % + 5 % (R.441-5-2 I), aucun logement réservé
    ResultatConvention prefet = figures(r, "ETAT@01");
    assertThat(prefet.tauxReservataire()).isEqualTo(Taux.pourcent(30));
    assertThat(prefet.reserves()).isZero();
  }

  @Test
  @DisplayName("flux annuel (art. 4.1) : Ornex 100 × 10 % = 10 ; Pays de Gex 150 × 10 % − 1 relogement à Ferney = 14 ; département 200 × 10 % − 2 relogements = 18 ; cité à l'art. 4 de chaque convention")
  void flux() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    assertThat(figures(r, "COMMUNE-01281@01281").flux().flux()).isEqualTo(10);
    assertThat(figures(r, "EPCI-240100750@240100750").flux().flux()).isEqualTo(14);
    assertThat(figures(r, "EPCI-240100750@240100750").flux().relogements()).isEqualTo(1);
    assertThat(figures(r, "ETAT@01").flux().flux()).isEqualTo(18);
    assertThat(figures(r, "ETAT@01").flux().relogements()).isEqualTo(2);
    assertThat(figures(r, "COMMUNE-01281@01281").flux().explication().toTexte()).contains("Convention d'Ornex, art. 4");
    assertThat(figures(r, "ETAT@01").flux().explication().toTexte()).contains("Convention du préfet de l'Ain, art. 4")
        .doesNotContain("Convention d'Ornex");
    assertThat(figures(r, "COMMUNE-01281@01281").assiette().explication().toTexte()).contains("Convention d'Ornex, art. 2");
  }

  @Test
  @DisplayName("objectifs au plus fort reste (art. 6, R.441-5-2 I) : à Ornex, flux 10 → commune 2,2 → 2 ; au département, flux 18 → préfet 5,4 → 5 (4 prioritaires + 1 agent) ; au Pays de Gex, flux 14 → EPCI 0,84 → 1")
  void objectifs() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    // Ornex, flux 10 : préfet 3 ; commune 22 % → 2,2 ; AL 7 % → 0,7 ; bailleur 41 % → 4,1 ; planchers 3 + 2 + 0 + 4 = 9, le reste (1) à AL (0,7)
    ResultatConvention ornex = figures(r, "COMMUNE-01281@01281");
    assertThat(ornex.objectif()).isEqualTo(2);
    assertThat(ornex.objectifs().logements(AL)).isEqualTo(1);
    assertThat(ornex.objectifs().logements(BAILLEUR.partNonReservee())).isEqualTo(4);
    // département, flux 18 : préfet 30 % → 5,4 ; commune 11 % → 1,98 ; AL 6,5 % → 1,17 ; EPCI 4,5 % → 0,81 ; bailleur 48 % → 8,64 ;
    // planchers 5 + 1 + 1 + 0 + 8 = 15, les 3 restes à la commune (0,98), l'EPCI (0,81) et le bailleur (0,64)
    // part de l'État 5 : prioritaires 5 × 25/30 = 4,17 → 4, agents 5 × 5/30 = 0,83 → 1 (plus fort reste)
    ResultatConvention prefet = figures(r, "ETAT@01");
    assertThat(prefet.objectif()).isEqualTo(5);
    assertThat(prefet.objectifs().logements(Etat.PRIORITAIRES)).isEqualTo(4);
    assertThat(prefet.objectifs().logements(Etat.AGENTS_PUBLICS)).isEqualTo(1);
    assertThat(figures(r, "ACTION-LOGEMENT@01").objectif()).isEqualTo(1);
    // Pays de Gex, flux 14 : préfet 4,2 ; commune 2,05 ; AL 1,21 ; EPCI 0,84 ; bailleur 5,69 ; planchers 12, restes à l'EPCI et au bailleur
    assertThat(figures(r, "EPCI-240100750@240100750").objectif()).isEqualTo(1);
    // le bilan joint l'objectif de chaque réservataire ; pour l'État, ses deux contingents
    assertThat(r.bilan().objectifs()).containsExactlyInAnyOrderEntriesOf(Map.of("ACTION-LOGEMENT", 1L, "COMMUNE-01281", 2L,
        "EPCI-240100750", 1L, "ETAT-PRIORITAIRES", 4L, "ETAT-AGENTS", 1L));
  }

  @Test
  @DisplayName("annexe (art. 7 et annexe) : parc concerné, réservés, taux, logements dus, nom du territoire et mention illustrative")
  void annexes() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    Annexe ornex = figures(r, "COMMUNE-01281@01281").annexe();
    assertThat(ornex.titre()).isEqualTo("Convention d'Ornex");
    assertThat(ornex.nomTerritoire()).isEqualTo("Ornex");
    assertThat(ornex.bailleur()).isEqualTo("Bailleur d'essai");
    assertThat(ornex.dateReference()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(ornex.parcConcerne()).isEqualTo(100);
    assertThat(ornex.reserves()).isEqualTo(22);
    assertThat(ornex.taux()).isEqualTo(Taux.pourcent(22));
    assertThat(ornex.partDuFlux()).isEqualTo(Taux.pourcent(22));
    assertThat(ornex.logementsDus()).isEqualTo(2);
    assertThat(ornex.modeGestion()).isEqualTo(ModeGestion.DIRECTE);
    assertThat(ornex.illustratif()).isTrue();
    Annexe prefet = figures(r, "ETAT@01").annexe();
    assertThat(prefet.nomTerritoire()).isEqualTo(AIN.libelle());
    assertThat(prefet.parcConcerne()).isEqualTo(200);
    assertThat(prefet.reserves()).isZero();
    assertThat(prefet.logementsDus()).isEqualTo(5);
  }

  @Test
  @DisplayName("orientation (R.441-5-2 II, art. 4.2) : par date puis identifiant, un moteur par commune ; ni PLI, ni hors département, ni mutation, ni hors flux")
  void orientations() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    // ordre : O2 (15/02), O0 et O1 (01/03, par identifiant), F0 (22/12) ; O100 (PLI), H0 (Annecy), O5 (mutation), O6 (hors flux) écartés
    // Ornex, taux préfet 25 % + 5 %, commune 22/100, AL 7/100 (les 5 expirés ôtés), bailleur 41 % :
    //  rang 1 : le préfet n'a rien (sous son minimum hors QPV) → prioritaires (25 > 5 en déficit) ;
    //  rang 2 : déficits 2 × 4 catégories × t : bailleur 41 × 8 le plus grand ;
    //  rang 3 : déficits 41 × 12 − 400 = 92 (bailleur), 22 × 12 = 264 (commune) → la commune, faisable
    // Ferney, rang 1 : prioritaires
    assertThat(r.orientations()).extracting(o -> o.liberation().logement().identifiant() + "→" + o.decision().reservataire().cle())
        .containsExactly("O2→ETAT-PRIORITAIRES", "O0→BAILLEUR-123456782", "O1→COMMUNE-01281", "F0→ETAT-PRIORITAIRES");
    Decision premier = r.orientations().get(0).decision();
    assertThat(premier.contrainte()).isEqualTo(Contrainte.PREFET_HORS_QPV);
    // les taux du moteur d'Ornex : déficits après le rang 1 (t × 1 − reçus)
    assertThat(premier.candidats()).extracting(c -> c.partie().cle() + " " + c.deficitApres())
        .containsExactly("ACTION-LOGEMENT 7/100", "BAILLEUR-123456782 41/100", "COMMUNE-01281 11/50", "ETAT-AGENTS 1/20",
            "ETAT-PRIORITAIRES -3/4");
    assertThat(r.orientations().get(2).decision().contrainte()).isEqualTo(Contrainte.EQUILIBRE);
    // le logement du bailleur n'a pas de cycle de proposition ; ceux des réservataires en ont un, cité dans leur convention
    assertThat(r.orientations().get(1).cycle()).isEmpty();
    assertThat(r.orientations().get(0).cycle()).isPresent();
    assertThat(r.orientations().get(0).explication().toTexte()).contains("Convention du préfet de l'Ain");
    assertThat(r.orientations().get(2).explication().toTexte()).contains("Convention d'Ornex");
    assertThat(r.orientations().get(3).cycle().orElseThrow().reservataire()).contains(Etat.PRIORITAIRES);
  }

  @Test
  @DisplayName("bilan (art. 6, R.441-5-1) : 8 libérations comptées dans les communes du parc ; une proposition par réservataire en 2025 (celle de F0, transmise le 5 janvier 2026, n'en est pas) ; envoi tardif signalé")
  void bilan() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    Bilan b = r.bilan().bilan();
    assertThat(b.total(Mesure.LIBERATIONS, Cle.TOUS)).isEqualTo(8);
    // F0 est libéré sous une description située à Ornex : le bilan le compte à Ferney, comme le parc
    assertThat(b.compte(Mesure.LIBERATIONS, Cle.TOUS, Dimension.COMMUNE, "01160")).isEqualTo(1);
    assertThat(b.total(Mesure.PROPOSITIONS, "ETAT-PRIORITAIRES")).isEqualTo(1);
    assertThat(b.logements(Mesure.PROPOSITIONS, "ETAT-PRIORITAIRES")).containsExactly("O2");
    assertThat(b.logements(Mesure.PROPOSITIONS, "BAILLEUR-123456782")).containsExactly("O0");
    assertThat(b.logements(Mesure.PROPOSITIONS, "COMMUNE-01281")).containsExactly("O1");
    assertThat(r.bilan().envoi()).contains(LocalDate.of(2026, 3, 2));
    assertThat(r.avertissements()).extracting(Anomalie::code).contains(CodeAnomalie.BILAN_TARDIF);
  }

  @Test
  @DisplayName("objectifs d'attribution (L.441-1) : restent au préfet 4 − 1 bail signé en 2025 = 3 (ni la mutation, ni le bail de 2026) ; à la commune 2 − 1 = 1 ; à l'ensemble 3 + 1 = 4")
  void controles() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    assertThat(r.controles(Etat.PRIORITAIRES)).isNotEmpty().allSatisfy(c -> assertThat(c.restantes()).isEqualTo(3));
    assertThat(r.controles(COMMUNE_ORNEX)).isNotEmpty().allSatisfy(c -> assertThat(c.restantes()).isEqualTo(1));
    assertThat(r.controles(AL)).isEmpty();
    assertThat(r.controles()).filteredOn(c -> c.partie().isEmpty()).isNotEmpty().allSatisfy(c -> assertThat(c.restantes()).isEqualTo(4));
    assertThat(r.controles()).extracting(ResultatObjectif::partie).containsOnly(Optional.of(Etat.PRIORITAIRES), Optional.of(COMMUNE_ORNEX),
        Optional.empty());
  }

  @Test
  @DisplayName("premières mises en location de 2025 (art. 5.3) : PN, 10 logements, l'État 30 % → 3, Action Logement 20 % → 2, le bailleur 5, cité dans la convention d'Ornex ; PM à Ferney, l'État 3, le bailleur 7 ; P1 (2000) n'en est pas")
  void premieresLocations() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    // dans l'ordre des programmes : PM (Ferney, sans convention de la commune : citée dans celle du préfet), puis PN
    assertThat(r.premieresLocations()).extracting(d -> d.programme()).containsExactly("PM", "PN");
    // PM : 10 logements, l'État 30 % → 3, le bailleur 7
    assertThat(r.premieresLocations().get(0).logements()).containsExactlyInAnyOrderEntriesOf(Map.of(Etat.PRIORITAIRES, 3L,
        BAILLEUR.partNonReservee(), 7L));
    assertThat(r.premieresLocations().get(0).explication().toTexte()).contains("Convention du préfet de l'Ain, art. 5.3");
    assertThat(r.premieresLocations().get(1)).satisfies(d -> {
      assertThat(d.logements()).containsExactlyInAnyOrderEntriesOf(Map.of(Etat.PRIORITAIRES, 3L, AL, 2L, BAILLEUR.partNonReservee(), 5L));
      assertThat(d.explication().toTexte()).contains("Convention d'Ornex, art. 5.3").doesNotContain("Convention du préfet");
    });
  }

  @Test
  @DisplayName("avertissements : l'offre rejouée hors de son ordre (cycle de l'art. 5.1) est citée dans la convention du préfet, au chemin de sa libération")
  void avertissementsDesCycles() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    // O2 est la 4e libération donnée (rang 3) ; son bail signé sans candidat est une transition impossible
    assertThat(r.avertissements()).filteredOn(a -> a.chemin().startsWith("liberations[")).singleElement().satisfies(a -> {
      assertThat(a.chemin()).startsWith("liberations[3].evenements[");
      assertThat(a.isErreur()).isFalse();
    });
    // R.441-5-2 II : chaque moteur communal oriente au même taux du préfet ; aucune commune ne s'en écarte
    assertThat(r.avertissements()).extracting(Anomalie::code).doesNotContain(CodeAnomalie.ECART_PART_PREFET);
  }

  @Test
  @DisplayName("accès par réservataire : la convention du préfet se trouve par l'un ou l'autre contingent ; une partie sans convention n'en a pas")
  void accesParReservataire() {
    ResultatExercice r = valeur(CalculExercice.calculer(exercice().build()));
    assertThat(r.convention(Etat.AGENTS_PUBLICS)).map(ResultatConvention::cle).contains("ETAT@01");
    assertThat(r.convention(Etat.PRIORITAIRES)).map(ResultatConvention::cle).contains("ETAT@01");
    assertThat(r.convention(AL)).map(ResultatConvention::cle).contains("ACTION-LOGEMENT@01");
    assertThat(r.convention(BAILLEUR.partNonReservee())).isEmpty();
    // un exercice dérivé par toBuilder est égal à l'original
    Exercice e = exercice().build();
    assertThat(e.toBuilder().build()).isEqualTo(e);
    assertThat(e.nom(ORNEX)).isEqualTo("Ornex");
    assertThat(e.nom(FERNEY)).isEqualTo(FERNEY.libelle());
  }
}
