package fr.fluxlogement.rules.droits;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.DEPARTEMENT_AIN;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.explication.Explique;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("État des droits et taux (convention art. 3 et 6)")
class DroitsTest {

  private static final LocalDate DEBUT = LocalDate.of(2024, 1, 15);
  private static final LocalDate FIN = LocalDate.of(2064, 1, 15);

  private static Programme programme(int logements, GarantieEmprunt... garanties) {
    return Programme.builder().identifiant("PRG").commune(ORNEX).nombreLogements(logements)
        .dateMiseEnService(LocalDate.of(2024, 9, 1)).financement(Financement.PLUS).addGaranties(garanties).build();
  }

  @Test
  @DisplayName("art. 3 et exemple illustratif (docs/exemple-illustratif.md, étape 6) : 40 logements garantis à 60 % par la commune et 40 % par le département donnent 8 droits, 5 et 3")
  void garantiesPartagees() {
    Explique<List<DroitReservation>> d = DroitsGarantie.calculer(programme(40,
        GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(60), "PLUS-1", DEBUT, FIN),
        GarantieEmprunt.of(DEPARTEMENT_AIN, Taux.pourcent(40), "PLUS-1", DEBUT, FIN)), Parametres.nationaux()).valeurOuLever();
    assertThat(d.valeur()).extracting(DroitReservation::titulaire, DroitReservation::quantite)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(COMMUNE_ORNEX, 5L), org.assertj.core.groups.Tuple.tuple(DEPARTEMENT_AIN, 3L));
    assertThat(d.explication().valeur()).isEqualTo("8");
    assertThat(d.explication().formule()).isEqualTo("20 % × 40 logements × 100 % garantis = 8, arrondi à l'entier inférieur : 8");
  }

  @Test
  @DisplayName("R.441-6 : les droits d'une commune garante durent jusqu'au remboursement intégral plus 5 ans ; ceux du département s'arrêtent au terme [K]")
  void dureeDesDroits() {
    GarantieEmprunt commune = GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(60), "P", DEBUT, FIN)
        .withRemboursementIntegral(LocalDate.of(2050, 6, 30));
    GarantieEmprunt dep = GarantieEmprunt.of(DEPARTEMENT_AIN, Taux.pourcent(40), "P", DEBUT, FIN);
    assertThat(DroitsGarantie.finDesDroits(commune, 5)).isEqualTo(LocalDate.of(2055, 6, 30));
    assertThat(DroitsGarantie.finDesDroits(dep, 5)).isEqualTo(FIN);
    assertThat(DroitsGarantie.finDesDroits(GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(60), "P", DEBUT, FIN), 5))
        .isEqualTo(FIN.plusYears(5));
  }

  @Test
  @DisplayName("art. 3 : le plafond de 20 % s'arrondit par défaut (17 logements × 20 % = 3,4 → 3) et une garantie partielle réduit le total")
  void arrondiParDefaut() {
    assertThat(DroitsGarantie.calculer(programme(17, GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(100), "P", DEBUT, FIN)),
        Parametres.nationaux()).valeurOuLever().valeur()).extracting(DroitReservation::quantite).containsExactly(3L);
    assertThat(DroitsGarantie.calculer(programme(40, GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(50), "P", DEBUT, FIN)),
        Parametres.nationaux()).valeurOuLever().valeur()).extracting(DroitReservation::quantite).containsExactly(4L);
    // 20 % × 4 = 0,8 → 0 : le garant figure avec 0 droit
    assertThat(DroitsGarantie.calculer(programme(4, GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(100), "P", DEBUT, FIN)),
        Parametres.nationaux()).valeurOuLever().valeur()).extracting(DroitReservation::quantite).containsExactly(0L);
  }

  @Test
  @DisplayName("ancien R.441-5 (plafond de 20 %) : l'arrondi du total est un paramètre ; 20 % × 18 = 3,6 donne 3 par défaut, 4 au plus proche, "
      + "et l'explication dit la règle appliquée")
  void arrondiParametre() {
    Programme p18 = programme(18, GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(100), "P", DEBUT, FIN));
    var defaut = DroitsGarantie.calculer(p18, Parametres.nationaux()).valeurOuLever();
    assertThat(defaut.valeur()).extracting(DroitReservation::quantite).containsExactly(3L);
    assertThat(defaut.explication().formule()).isEqualTo("20 % × 18 logements × 100 % garantis = 3,6, arrondi à l'entier inférieur : 3");
    Parametres plusProche = Parametres.nationaux().withSurcharge(Parametres.ARRONDI_GARANTIES, Parametres.DOMAINE_DEBUT,
        fr.fluxlogement.core.quantite.Arrondi.PLUS_PROCHE_DEMI_SUPERIEUR, fr.fluxlogement.core.reference.References.CLAUSE_ETAT_DES_DROITS,
        fr.fluxlogement.core.parametre.Provenance.CONVENTION);
    var proche = DroitsGarantie.calculer(p18, plusProche).valeurOuLever();
    assertThat(proche.valeur()).extracting(DroitReservation::quantite).containsExactly(4L);
    assertThat(proche.explication().formule()).isEqualTo("20 % × 18 logements × 100 % garantis = 3,6, arrondi au plus proche, "
        + "demi vers le haut : 4 (au-delà du plafond exact, par l'arrondi de la convention)");
  }

  @Test
  @DisplayName("données fausses : des quotités au-delà de 100 % sur un même prêt sont une anomalie, pas une exception")
  void quotitesExcessives() {
    List<Anomalie> a = (DroitsGarantie.calculer(programme(40,
        GarantieEmprunt.of(COMMUNE_ORNEX, Taux.pourcent(70), "P", DEBUT, FIN),
        GarantieEmprunt.of(DEPARTEMENT_AIN, Taux.pourcent(40), "P", DEBUT, FIN)), Parametres.nationaux())).erreurs();
    assertThat(a).extracting(Anomalie::code).containsExactly(CodeAnomalie.QUOTITES_SUPERIEURES_A_100);
    assertThat(a.get(0).message()).contains("110 %");
  }

  @Test
  @DisplayName("art. 6 : le taux d'un réservataire est ses logements réservés en vigueur au 1er janvier ÷ l'assiette ; un droit expiré ne compte plus")
  void taux() {
    EtatDesDroits e = new EtatDesDroits(List.of(
        DroitReservation.of(COMMUNE_ORNEX, OrigineDroit.GARANTIE_EMPRUNT, 5, LocalDate.of(2020, 1, 1)).withProgramme("PRG"),
        DroitReservation.of(COMMUNE_ORNEX, OrigineDroit.APPORT_FONCIER, 3, LocalDate.of(2020, 1, 1)).withFin(LocalDate.of(2024, 12, 31)),
        DroitReservation.of(AL, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, 22, LocalDate.of(2021, 1, 1))));
    List<TauxReservataire> t2024 = e.taux(2024, 100, Set.of("PRG")).valeurOuLever();
    List<TauxReservataire> t2025 = e.taux(2025, 100, Set.of("PRG")).valeurOuLever();
    assertThat(t2024).extracting(TauxReservataire::reserves).containsExactly(22L, 8L);
    assertThat(t2025).extracting(TauxReservataire::taux).containsExactly(Taux.pourcent(22), Taux.pourcent(5));
    assertThat(t2025.get(1).explication().toTexte()).contains("taux de commune d'Ornex en 2025 : 5 %", "garantie d'emprunt (programme PRG)");
    assertThat(e.reservesAu(LocalDate.of(2019, 1, 1))).isEmpty();
  }

  @Test
  @DisplayName("données fausses : droits au-delà de l'assiette, programme inconnu, assiette négative reviennent toutes en anomalies")
  void anomaliesTaux() {
    EtatDesDroits e = new EtatDesDroits(List.of(
        DroitReservation.of(COMMUNE_ORNEX, OrigineDroit.GARANTIE_EMPRUNT, 50, LocalDate.of(2020, 1, 1)).withProgramme("INCONNU"),
        DroitReservation.of(AL, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, 60, LocalDate.of(2020, 1, 1))));
    assertThat((e.taux(2025, 100, Set.of("PRG"))).erreurs()).extracting(Anomalie::code)
        .containsExactly(CodeAnomalie.REFERENCE_INCONNUE, CodeAnomalie.DROITS_SUPERIEURS_A_ASSIETTE);
    assertThat((e.taux(2025, -1, Set.of())).erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.NOMBRE_NEGATIF);
    assertThat(e.taux(2019, 0, Set.of()).valeurOuLever()).isEmpty();
  }

  @Test
  @DisplayName("art. 3 : le registre s'actualise quand un programme entre (avec) et ses droits s'ajoutent")
  void actualisation() {
    EtatDesDroits e = new EtatDesDroits(List.of());
    EtatDesDroits e2 = e.withDroitsAjoutes(List.of(DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 2, LocalDate.of(2025, 1, 1))));
    assertThat(e.droits()).isEmpty();
    assertThat(e2.taux(2025, 10, Set.of()).valeurOuLever()).extracting(TauxReservataire::taux).containsExactly(Taux.pourcent(20));
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II : conversion du stock CONTRESLOG par ratio du stock et par rotation")
  void conversion() {
    List<Logement> assiette = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ContingentRpls c = i < 3 ? ContingentRpls.ETAT_PRIORITAIRES : i < 5 ? ContingentRpls.COLLECTIVITES : ContingentRpls.NON_RESERVE;
      Logement l = Logement.builder().from(logement("L" + i)).contingent(i == 9 ? Optional.empty() : Optional.of(c)).build();
      assiette.add(l);
    }
    Map<ContingentRpls, Taux> ratio = ConversionStock.parRatioDuStock(assiette).valeur();
    assertThat(ratio).containsEntry(ContingentRpls.ETAT_PRIORITAIRES, Taux.pourcent(30))
        .containsEntry(ContingentRpls.COLLECTIVITES, Taux.pourcent(20)).containsEntry(ContingentRpls.NON_RESERVE, Taux.pourcent(50));
    // l'État est logé là où la rotation est double : son taux en flux monte à 6/13
    Map<ContingentRpls, Taux> rot = ConversionStock.parRotation(assiette,
        l -> l.contingent().orElse(ContingentRpls.NON_RESERVE) == ContingentRpls.ETAT_PRIORITAIRES ? Taux.pourcent(20) : Taux.pourcent(10)).valeur();
    assertThat(rot).containsEntry(ContingentRpls.ETAT_PRIORITAIRES, Taux.of(6, 13)).containsEntry(ContingentRpls.COLLECTIVITES, Taux.of(2, 13));
    assertThat(ConversionStock.parRatioDuStock(List.of()).valeur()).isEmpty();
    assertThat(Etat.PRIORITAIRES.isEtat()).isTrue();
  }
}
