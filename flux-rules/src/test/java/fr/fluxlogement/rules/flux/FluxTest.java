package fr.fluxlogement.rules.flux;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.ALLIADE;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.DEPARTEMENT_AIN;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Gravite;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Flux annuel et objectifs (convention art. 4.1, 5.3 et 6)")
class FluxTest {

  private static final Map<Integer, Taux> HUIT_POUR_CENT = Map.of(2022, Taux.pourcent(8), 2023, Taux.pourcent(8), 2024, Taux.pourcent(8));
  private static final LocalDate JANVIER_2025 = LocalDate.of(2025, 1, 1);

  static Map<Reservataire, Taux> tauxExemple() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(Etat.PRIORITAIRES, Taux.pourcent(25));
    t.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
    t.put(AL, Taux.pourcent(22));
    t.put(COMMUNE_ORNEX, Taux.pourcent(4));
    t.put(DEPARTEMENT_AIN, Taux.pourcent(2));
    return t;
  }

  @Test
  @DisplayName("R.441-5 et exemple illustratif (docs/exemple-illustratif.md, étapes 2 et 3) : 9 600 × 8 % + 32 premières mises en location − 120 mutations − 45 ANRU − 5 habitat indigne = 630")
  void exempleIllustratif() {
    FluxAnnuel f = CalculFlux.calculer(EntreesFlux.of(2025, 9_600, HUIT_POUR_CENT).withPremieresMisesEnLocation(32).withMutations(120)
        .withRelogements(Map.of(MotifRelogement.RENOUVELLEMENT_URBAIN, 45L, MotifRelogement.HABITAT_INDIGNE, 5L, MotifRelogement.VENTE, 0L))).valeurOuLever();
    assertThat(f.liberations()).isEqualTo(Fraction.of(800));
    assertThat(f.relogements()).isEqualTo(50);
    assertThat(f.flux()).isEqualTo(630);
    assertThat(f.rotationMoyenne()).isEqualTo(Taux.pourcent(8));
    assertThat(f.explication().toTexte()).contains("flux annuel 2025 : 630", "rotation 2022 : 8 %", "relogements : renouvellement urbain (ANRU, NPNRU) : 45");
  }

  @Test
  @DisplayName("art. 4.1 : la rotation est la moyenne des trois dernières années ; art. 2 : 10 % de mutations sans objectif de la CUS ; arrondi au plus proche")
  void moyenneEtMutationsParDefaut() {
    // 1 000 × (7 + 8 + 9) / 3 % = 80 libérations ; 10 % de mutations = 8 ; 72
    Map<Integer, Taux> r = Map.of(2022, Taux.pourcent(7), 2023, Taux.pourcent(8), 2024, Taux.pourcent(9), 2019, Taux.pourcent(50));
    FluxAnnuel f = CalculFlux.calculer(EntreesFlux.of(2025, 1_000, r)).valeurOuLever();
    assertThat(f.mutations()).isEqualTo(Fraction.of(8));
    assertThat(f.flux()).isEqualTo(72);
    // 1 234 × 8 % = 98,72 ; CUS 12 % → 11,8464 ; 86,8736 → 87
    FluxAnnuel g = CalculFlux.calculer(EntreesFlux.of(2025, 1_234, HUIT_POUR_CENT).withTauxMutationsCus(Taux.pourcent(12))).valeurOuLever();
    assertThat(g.fluxExact()).isEqualTo(Fraction.of("86.8736"));
    assertThat(g.flux()).isEqualTo(87);
    FluxAnnuel h = CalculFlux.calculer(EntreesFlux.of(2025, 1_234, HUIT_POUR_CENT).withTauxMutationsCus(Taux.pourcent(12))
        .withParametres(Parametres.nationaux().withSurcharge(Parametres.ARRONDI_FLUX, JANVIER_2025, Arrondi.PLANCHER,
            References.CLAUSE_FLUX_ANNUEL, Provenance.CONVENTION))).valeurOuLever();
    assertThat(h.flux()).isEqualTo(86);
    assertThat(g.explication().toTexte()).contains("taux fixé par la CUS");
    assertThat(f.explication().toTexte()).contains("taux par défaut en l'absence d'objectif de la CUS");
  }

  @Test
  @DisplayName("données fausses : rotation manquante, comptes négatifs, déductions supérieures aux libérations : anomalies, jamais un flux négatif")
  void anomalies() {
    List<Anomalie> a = (CalculFlux.calculer(EntreesFlux.of(2025, -5, Map.of(2024, Taux.pourcent(8)))
        .withRelogements(Map.of(MotifRelogement.HABITAT_INDIGNE, -1L)))).erreurs();
    assertThat(a).extracting(Anomalie::code).containsExactly(CodeAnomalie.NOMBRE_NEGATIF, CodeAnomalie.NOMBRE_NEGATIF,
        CodeAnomalie.ROTATION_MANQUANTE, CodeAnomalie.ROTATION_MANQUANTE);
    assertThat(a).extracting(Anomalie::chemin).contains("rotations.2023", "rotations.2022", "relogements.HABITAT_INDIGNE");
    List<Anomalie> b = (CalculFlux.calculer(EntreesFlux.of(2025, 100, HUIT_POUR_CENT).withMutations(5)
        .withRelogements(Map.of(MotifRelogement.RENOUVELLEMENT_URBAIN, 4L)))).erreurs();
    assertThat(b).extracting(Anomalie::code).containsExactly(CodeAnomalie.DEDUCTIONS_SUPERIEURES_AUX_LIBERATIONS);
    assertThat((CalculFlux.calculer(EntreesFlux.of(2025, Long.MAX_VALUE, HUIT_POUR_CENT))).erreurs())
        .extracting(Anomalie::code).containsExactly(CodeAnomalie.DEBORDEMENT);
  }

  @Test
  @DisplayName("R.441-5-2 et exemple illustratif (docs/exemple-illustratif.md, étape 4) : 630 logements répartis 189 (préfet) / 139 / 25 / 12 / 265, puis 158 prioritaires et 31 agents dans la part du préfet")
  void objectifsExemple() {
    Resultat<RepartitionDuFlux> r = RepartitionDuFlux.repartir(JANVIER_2025, 630, tauxExemple(), ALLIADE, Parametres.nationaux());
    RepartitionDuFlux o = r.valeurOuLever();
    assertThat(o.logements(Etat.PRIORITAIRES) + o.logements(Etat.AGENTS_PUBLICS)).isEqualTo(189);
    assertThat(o.logements(AL)).isEqualTo(139);
    assertThat(o.logements(COMMUNE_ORNEX)).isEqualTo(25);
    assertThat(o.logements(DEPARTEMENT_AIN)).isEqualTo(12);
    assertThat(o.logements(ALLIADE.partNonReservee())).isEqualTo(265);
    assertThat(o.logements(Etat.PRIORITAIRES)).isEqualTo(158);
    assertThat(o.logements(Etat.AGENTS_PUBLICS)).isEqualTo(31);
    assertThat(o.objectifs().stream().mapToLong(Objectif::logements).sum()).isEqualTo(630);
    assertThat(r.avertissements()).isEmpty();
    assertThat(o.explication().toTexte()).contains("Action Logement Services : 139 (flux 630 × 22 % = 138,6, arrondi au plus fort reste)");
  }

  @Test
  @DisplayName("R.441-5-2 I : un préfet à 35 % dont 6 % d'agents est signalé par deux avertissements cités, sans plafonnement")
  void plafondsDuPrefet() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(Etat.PRIORITAIRES, Taux.pourcent(29));
    t.put(Etat.AGENTS_PUBLICS, Taux.pourcent(6));
    Resultat<RepartitionDuFlux> r = RepartitionDuFlux.repartir(JANVIER_2025, 100, t, ALLIADE, Parametres.nationaux());
    RepartitionDuFlux o = r.valeurOuLever();
    assertThat(r.avertissements()).extracting(Anomalie::code).containsExactly(CodeAnomalie.PLAFOND_PREFET_DEPASSE, CodeAnomalie.PLAFOND_AGENTS_DEPASSE);
    assertThat(r.avertissements()).allMatch(a -> a.gravite() == Gravite.AVERTISSEMENT);
    assertThat(r.avertissements().get(0).reference()).contains(References.CCH_R441_5_2_I);
    assertThat(o.logements(Etat.PRIORITAIRES) + o.logements(Etat.AGENTS_PUBLICS)).isEqualTo(35);
  }

  @Test
  @DisplayName("données fausses : taux au-delà de 100 %, flux négatif, taux donné à la part du bailleur")
  void objectifsAnomalies() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(AL, Taux.pourcent(70));
    t.put(COMMUNE_ORNEX, Taux.pourcent(40));
    t.put(ALLIADE.partNonReservee(), Taux.pourcent(1));
    assertThat((RepartitionDuFlux.repartir(JANVIER_2025, -3, t, ALLIADE, Parametres.nationaux())).erreurs())
        .extracting(Anomalie::code).containsExactly(CodeAnomalie.NOMBRE_NEGATIF, CodeAnomalie.HORS_DOMAINE, CodeAnomalie.TAUX_SUPERIEURS_A_100);
  }

  @Test
  @DisplayName("art. 5.3 : 40 logements neufs, État 30 %, commune 20 %, Action Logement 25 % : 12, 8, 10, reste 10 au bailleur")
  void premiereMiseEnLocation() {
    Programme p = Programme.builder().identifiant("NEUF").commune(ORNEX).nombreLogements(40).dateMiseEnService(LocalDate.of(2025, 9, 1))
        .financement(Financement.PLUS).build();
    Map<Reservataire, Taux> financeurs = Map.of(COMMUNE_ORNEX, Taux.pourcent(20), AL, Taux.pourcent(25));
    PremiereMiseEnLocation.Designation d = PremiereMiseEnLocation.designer(p, financeurs, ALLIADE, Parametres.nationaux()).valeurOuLever();
    assertThat(d.logements()).containsEntry(Etat.PRIORITAIRES, 12L).containsEntry(COMMUNE_ORNEX, 8L).containsEntry(AL, 10L)
        .containsEntry(ALLIADE.partNonReservee(), 10L);
    assertThat(d.explication().formule()).contains("part de l'État 30 %");
    assertThat((PremiereMiseEnLocation.designer(p, Map.of(AL, Taux.pourcent(80), Etat.AGENTS_PUBLICS, Taux.pourcent(1)),
        ALLIADE, Parametres.nationaux())).erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.HORS_DOMAINE, CodeAnomalie.TAUX_SUPERIEURS_A_100);
  }
}
