package fr.fluxlogement.rules.droits;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.NonReserve;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("État des lieux des réservations en stock et conversion en flux (décret n° 2020-145, art. 2 II ; CCH R.441-5)")
class EtatDesLieuxTest {

  /** La date limite de conversion des conventions (loi 3DS) : la date de l'état des lieux des exemples. */
  private static final LocalDate DATE = LocalDate.of(2023, 11, 24);
  private static final Optional<LocalDate> FIN_2030 = Optional.of(LocalDate.of(2030, 6, 30));
  private static final Optional<LocalDate> FIN_2040 = Optional.of(LocalDate.of(2040, 12, 31));

  /** Dix logements L0 à L9 à Ornex. */
  private static List<Logement> assiette() {
    List<Logement> l = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      l.add(logement("L" + i));
    }
    return l;
  }

  /**
   * L0, L1 (fin 2040) et L2 (fin 2030) à la commune par garantie d'emprunt ; L3 à Action Logement sans
   * fin ; L4 au préfet sans fin ; L5 à la commune par apport foncier, échu le 31 décembre 2020.
   */
  private static List<ReservationIdentifiee> reservations() {
    return List.of(
        new ReservationIdentifiee("L0", COMMUNE_ORNEX, OrigineDroit.GARANTIE_EMPRUNT, FIN_2040),
        new ReservationIdentifiee("L1", COMMUNE_ORNEX, OrigineDroit.GARANTIE_EMPRUNT, FIN_2040),
        new ReservationIdentifiee("L2", COMMUNE_ORNEX, OrigineDroit.GARANTIE_EMPRUNT, FIN_2030),
        new ReservationIdentifiee("L3", AL, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, Optional.empty()),
        new ReservationIdentifiee("L4", Etat.PRIORITAIRES, OrigineDroit.CONTINGENT_PREFECTORAL, Optional.empty()),
        new ReservationIdentifiee("L5", COMMUNE_ORNEX, OrigineDroit.APPORT_FONCIER, Optional.of(LocalDate.of(2020, 12, 31))));
  }

  private static EtatDesLieux valeur(Resultat<EtatDesLieux> r) {
    assertThat(r.erreurs()).isEmpty();
    return r.valeur().orElseThrow();
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II, ratio du stock : 3 logements de la commune en vigueur sur 10 donnent 30 %, Action Logement et le préfet 10 % chacun, 50 % non réservés ; le droit échu ne se convertit pas")
  void ratioDuStock() {
    EtatDesLieux e = valeur(EtatDesLieux.etablir(DATE, assiette(), reservations(), MethodeConversion.RATIO_DU_STOCK, l -> Optional.empty()));
    EtatDesLieux.Synthese commune = e.synthese(COMMUNE_ORNEX).orElseThrow();
    // 3 en vigueur (L0, L1, L2) ÷ 10 logements ; L5 a fini le 31/12/2020, avant le 24/11/2023
    assertThat(commune.taux()).isEqualTo(Taux.of(3, 10));
    assertThat(commune.logements()).isEqualTo(3);
    assertThat(commune.echus()).isEqualTo(1);
    assertThat(commune.parOrigine()).isEqualTo(Map.of(OrigineDroit.GARANTIE_EMPRUNT, 3L));
    assertThat(commune.sansFin()).isZero();
    assertThat(commune.premiereFin()).isEqualTo(FIN_2030);
    assertThat(commune.derniereFin()).isEqualTo(FIN_2040);
    // deux droits : 1 logement jusqu'en 2030, 2 jusqu'en 2040, tous deux à Ornex, commençant à la date de l'état des lieux
    assertThat(commune.droits()).extracting(DroitReservation::quantite, DroitReservation::fin, DroitReservation::debut)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, FIN_2030, DATE), org.assertj.core.groups.Tuple.tuple(2L, FIN_2040, DATE));
    assertThat(commune.droits()).allSatisfy(d -> assertThat(d.commune()).contains(ORNEX));
    assertThat(e.synthese(AL).orElseThrow().taux()).isEqualTo(Taux.of(1, 10));
    assertThat(e.synthese(AL).orElseThrow().sansFin()).isEqualTo(1);
    assertThat(e.synthese(Etat.PRIORITAIRES).orElseThrow().taux()).isEqualTo(Taux.of(1, 10));
    // R.441-5-2 : la part du préfet en flux est fixée par la convention dans ses limites, son stock ne devient pas un droit
    assertThat(e.synthese(Etat.PRIORITAIRES).orElseThrow().droits()).isEmpty();
    // 100 % − 30 % − 10 % − 10 % = 50 % : L5 (échu) à L9
    assertThat(e.nonReserve()).isEqualTo(Taux.pourcent(50));
    assertThat(e.lignes()).hasSize(6);
    assertThat(e.lignes().get(5).enVigueur()).isFalse();
    assertThat(e.logementsAssiette()).isEqualTo(10);
    assertThat(e.syntheses()).extracting(s -> s.titulaire().cle()).isSorted();
    assertThat(e.explication().valeur()).isEqualTo("5 logements réservés sur 10");
    assertThat(e.explication().references()).extracting(Object::toString).anyMatch(r -> r.contains("2020-145"));
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II, pondération par la rotation : les logements réservés tournent à 20 %, les autres à 10 % ; la commune passe de 30 % à 2/5, Action Logement et le préfet à 2/15, le non réservé à 1/3")
  void parRotation() {
    Function<Logement, Optional<Taux>> rotation = l -> Optional.of(Integer.parseInt(l.identifiant().substring(1)) < 5 ? Taux.pourcent(20) : Taux.pourcent(10));
    EtatDesLieux e = valeur(EtatDesLieux.etablir(DATE, assiette(), reservations(), MethodeConversion.ROTATION, rotation));
    // Σ rotations = 5 × 0,2 + 5 × 0,1 = 1,5 ; commune 3 × 0,2 = 0,6 → 0,6 ÷ 1,5 = 2/5
    assertThat(e.synthese(COMMUNE_ORNEX).orElseThrow().taux()).isEqualTo(Taux.of(2, 5));
    // 0,2 ÷ 1,5 = 2/15
    assertThat(e.synthese(AL).orElseThrow().taux()).isEqualTo(Taux.of(2, 15));
    assertThat(e.synthese(Etat.PRIORITAIRES).orElseThrow().taux()).isEqualTo(Taux.of(2, 15));
    // L5 à L9 : 5 × 0,1 = 0,5 ; 0,5 ÷ 1,5 = 1/3
    assertThat(e.nonReserve()).isEqualTo(Taux.of(1, 3));
    assertThat(e.methode().libelle()).isEqualTo("pondération par la rotation");
    assertThat(e.synthese(COMMUNE_ORNEX).orElseThrow().explication().formule()).isEqualTo("0,6 ÷ 1,5 rotations cumulées ; logements en vigueur : 3, droits échus : 1");
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II : un logement hors de l'assiette, un logement réservé deux fois, une réservation au bailleur et une rotation manquante sont quatre anomalies rendues ensemble, chacune à son rang")
  void anomalies() {
    List<ReservationIdentifiee> r = new ArrayList<>(reservations());
    r.add(new ReservationIdentifiee("L99", AL, OrigineDroit.AUTRE, Optional.empty()));
    r.add(new ReservationIdentifiee("L0", AL, OrigineDroit.AUTRE, Optional.empty()));
    r.add(new ReservationIdentifiee("L6", new NonReserve(fr.fluxlogement.rules.Fixtures.ALLIADE), OrigineDroit.AUTRE, Optional.empty()));
    // un droit échu sur un logement déjà réservé n'est pas un doublon
    r.add(new ReservationIdentifiee("L1", AL, OrigineDroit.AUTRE, Optional.of(LocalDate.of(2019, 1, 1))));
    Resultat<EtatDesLieux> e = EtatDesLieux.etablir(DATE, assiette(), r, MethodeConversion.ROTATION,
        l -> l.identifiant().equals("L7") ? Optional.empty() : Optional.of(Taux.pourcent(10)));
    assertThat(e.isValide()).isFalse();
    assertThat(e.erreurs()).extracting(Anomalie::code, Anomalie::chemin).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CodeAnomalie.ROTATION_MANQUANTE, "logements[7]"),
        org.assertj.core.groups.Tuple.tuple(CodeAnomalie.REFERENCE_INCONNUE, "reservations[6]"),
        org.assertj.core.groups.Tuple.tuple(CodeAnomalie.DOUBLON, "reservations[7]"),
        org.assertj.core.groups.Tuple.tuple(CodeAnomalie.HORS_DOMAINE, "reservations[8]"));
    assertThat(e.erreurs().get(2).message()).contains("rang 0");
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II : une assiette vide donne des taux nuls, sans division par zéro")
  void assietteVide() {
    EtatDesLieux e = valeur(EtatDesLieux.etablir(DATE, List.of(), List.of(), MethodeConversion.RATIO_DU_STOCK, l -> Optional.empty()));
    assertThat(e.syntheses()).isEmpty();
    assertThat(e.nonReserve()).isEqualTo(Taux.ZERO);
  }

  @Test
  @DisplayName("propriété (CCH R.441-5) : par le ratio du stock, les taux et le non réservé font 100 %, et l'état des droits calculé sur les droits convertis redonne chaque taux")
  void proprieteRatio() {
    Reservataire[] titulaires = {COMMUNE_ORNEX, AL, Etat.PRIORITAIRES, Etat.AGENTS_PUBLICS};
    Proprietes.qt(1000).forAll(integers().between(1, 40), lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 60)).checkAssert((n, tirages) -> {
      List<Logement> a = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        a.add(logement("L" + i));
      }
      List<ReservationIdentifiee> r = new ArrayList<>();
      java.util.Set<String> pris = new java.util.HashSet<>();
      for (int t : tirages) {
        String id = "L" + (t % n);
        Optional<LocalDate> fin = switch (t / n % 3) {
          case 0 -> Optional.empty();
          case 1 -> Optional.of(DATE.minusDays(1 + t % 400));
          default -> Optional.of(DATE.plusDays(t % 9000));
        };
        boolean enVigueur = fin.isEmpty() || !fin.get().isBefore(DATE);
        if (enVigueur && !pris.add(id)) {
          continue;
        }
        r.add(new ReservationIdentifiee(id, titulaires[t % titulaires.length], OrigineDroit.values()[t % OrigineDroit.values().length], fin));
      }
      EtatDesLieux e = valeur(EtatDesLieux.etablir(DATE, a, r, MethodeConversion.RATIO_DU_STOCK, l -> Optional.empty()));
      Fraction somme = e.nonReserve().valeur();
      List<DroitReservation> droits = new ArrayList<>();
      for (EtatDesLieux.Synthese s : e.syntheses()) {
        somme = somme.plus(s.taux().valeur());
        droits.addAll(s.droits());
        assertThat(s.droits().stream().mapToLong(DroitReservation::quantite).sum()).isEqualTo(s.titulaire().isEtat() ? 0 : s.logements());
        assertThat(s.parOrigine().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.logements());
      }
      assertThat(somme).isEqualTo(Fraction.UN);
      assertThat(e.syntheses().stream().mapToLong(s -> s.logements() + s.echus()).sum()).isEqualTo(r.size());
      // l'état des droits au 1er janvier suivant, sur les droits convertis encore en vigueur ce jour-là
      LocalDate premierJanvier = LocalDate.of(DATE.getYear() + 1, 1, 1);
      List<DroitReservation> enVigueur = droits.stream().filter(d -> d.fin().map(f -> !f.isBefore(premierJanvier)).orElse(true)).toList();
      var taux = new EtatDesDroits(enVigueur).taux(premierJanvier.getYear(), n, Set.of());
      assertThat(taux.isValide()).isTrue();
      for (TauxReservataire t : taux.valeurOuLever()) {
        long attendu = enVigueur.stream().filter(d -> d.titulaire().equals(t.reservataire())).mapToLong(DroitReservation::quantite).sum();
        assertThat(t.taux()).isEqualTo(Taux.of(attendu, n));
      }
    });
  }
}
