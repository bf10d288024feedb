package fr.fluxlogement.rules.bilan;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.FERNEY;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Les limites du bilan : années de rattachement des attributions, QPV et quartiles, périodes de
 * construction, rendu. Chaque valeur attendue se déduit à la main de R.441-5-1 CCH, L.441-1 CCH et
 * de l'article 6 de la convention.
 */
@DisplayName("Bilan annuel : cas limites (R.441-5-1 CCH ; L.441-1 CCH ; convention art. 6)")
class BilanLimitesTest {

  /** Seuil 2025 du premier quartile du Pays de Gex retenu pour l'exemple : 10 500 € par UC. */
  private static final SeuilsQuartile SEUILS = SeuilsQuartile.vide().withSeuil(PAYS_DE_GEX, 2025, new BigDecimal("10500"));
  /** 40 000 € pour 2 UC : 20 000 € par UC, au-dessus du seuil (quartiles 2 à 4). */
  private static final Menage ORDINAIRE = Menage.of(new BigDecimal("40000"), Fraction.of(2));
  /** 9 000 € pour 1 UC : sous le seuil (premier quartile). */
  private static final Menage MODESTE = Menage.of(new BigDecimal("9000"), Fraction.UN);

  private static Logement enQpv(String id) {
    return Logement.builder().from(logement(id)).localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.EN_QPV)).build();
  }

  private static Logement sansEpci(String id, Qpv qpv) {
    return Logement.builder().from(logement(id)).localisation(Localisation.of(ORNEX, qpv)).build();
  }

  private static Attribution attribution(Logement l, Menage m, LocalDate caleol, Optional<LocalDate> bail, boolean mutation) {
    return new Attribution(l, COMMUNE_ORNEX, m, caleol, bail, mutation, false);
  }

  @ParameterizedTest(name = "construit en {0} : « {1} »")
  @CsvSource({
      "1948, avant 1949", "1949, 1949-1976", "1976, 1949-1976", "1977, 1977-1989", "1989, 1977-1989",
      "1990, 1990-1999", "1999, 1990-1999", "2000, 2000-2009", "2009, 2000-2009", "2010, 2010-2019",
      "2019, 2010-2019", "2020, 2020 et après"})
  @DisplayName("art. 6 : chaque année de construction tombe dans sa période, bornes comprises")
  void periodes(int annee, String periode) {
    assertThat(Bilan.periode(Logement.builder().from(logement("x")).anneeConstruction(annee).build())).isEqualTo(periode);
  }

  @Test
  @DisplayName("R.441-5-1 : une attribution décidée en CALEOL en N-1 dont le bail est signé en N compte en baux signés de N, pas en attributions de N")
  void bailDeLAnneeDecisionDeLAnneePrecedente() {
    Bilan b = Bilan.compteur(2025, SEUILS)
        .attribution(attribution(logement("A"), ORDINAIRE, LocalDate.of(2024, 12, 10), Optional.of(LocalDate.of(2025, 1, 15)), false))
        .toBilan();
    assertThat(b.total(Mesure.BAUX_SIGNES, COMMUNE_ORNEX.cle())).isEqualTo(1);
    assertThat(b.total(Mesure.ATTRIBUTIONS_CALEOL, COMMUNE_ORNEX.cle())).isZero();
    assertThat(b.total(Mesure.BAUX_HORS_QPV, Cle.TOUS)).isEqualTo(1);
    assertThat(b.logements(Mesure.ATTRIBUTIONS_CALEOL, COMMUNE_ORNEX.cle())).isEmpty();
  }

  @Test
  @DisplayName("R.441-5-1 : une décision en N dont le bail est signé en N+1 compte en attributions de N, pas en baux signés de N")
  void decisionDeLAnneeBailDeLAnneeSuivante() {
    Bilan b = Bilan.compteur(2025, SEUILS)
        .attribution(attribution(logement("B"), MODESTE, LocalDate.of(2025, 12, 10), Optional.of(LocalDate.of(2026, 1, 15)), false))
        .toBilan();
    assertThat(b.total(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS)).isEqualTo(1);
    assertThat(b.total(Mesure.BAUX_SIGNES, Cle.TOUS)).isZero();
    assertThat(b.total(Mesure.Q1_HORS_QPV, Cle.TOUS)).isZero();
  }

  @Test
  @DisplayName("art. 6 : une mutation interne décidée en N-1, bail en N, n'est pas une attribution hors flux de N")
  void horsFluxSelonLAnneeDeDecision() {
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    c.attribution(attribution(logement("M0"), ORDINAIRE, LocalDate.of(2024, 12, 1), Optional.of(LocalDate.of(2025, 1, 5)), true));
    c.attribution(attribution(logement("M1"), ORDINAIRE, LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 4, 5)), true));
    c.attribution(attribution(logement("M2"), ORDINAIRE, LocalDate.of(2025, 9, 1), Optional.empty(), true));
    Bilan b = c.toBilan();
    assertThat(b.total(Mesure.HORS_FLUX, COMMUNE_ORNEX.cle())).isEqualTo(2);
    assertThat(b.total(Mesure.BAUX_SIGNES, Cle.TOUS)).isZero();
  }

  @Test
  @DisplayName("L.441-1 : en QPV, seuls les baux de ménages des quartiles 2 à 4 comptent ; un quartile inconnu n'y est pas compté")
  void quartilesEnQpv() {
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    LocalDate caleol = LocalDate.of(2025, 5, 1);
    Optional<LocalDate> bail = Optional.of(LocalDate.of(2025, 6, 1));
    c.attribution(attribution(sansEpci("Q0", Qpv.EN_QPV), ORDINAIRE, caleol, bail, false));
    c.attribution(attribution(enQpv("Q1"), MODESTE, caleol, bail, false));
    c.attribution(attribution(enQpv("Q2"), ORDINAIRE, caleol, bail, false));
    c.attribution(attribution(enQpv("Q3"), ORDINAIRE, caleol, bail, false));
    c.attribution(attribution(logement("H1"), ORDINAIRE.withRelogementRenouvellementUrbain(true), caleol, bail, false));
    Resultat<Bilan> r = c.toResultat();
    Bilan b = r.valeur().orElseThrow();
    // Q0 : seuil inconnu (pas d'EPCI) ; Q1 : premier quartile ; Q2 et Q3 : quartiles 2 à 4
    assertThat(b.total(Mesure.BAUX_EN_QPV, Cle.TOUS)).isEqualTo(4);
    assertThat(b.total(Mesure.Q2_Q4_EN_QPV, Cle.TOUS)).isEqualTo(2);
    assertThat(b.total(Mesure.QUARTILE_INCONNU, Cle.TOUS)).isEqualTo(1);
    // H1 : hors QPV, revenu au-dessus du seuil mais relogé ANRU : compté au premier quartile
    assertThat(b.total(Mesure.BAUX_HORS_QPV, Cle.TOUS)).isEqualTo(1);
    assertThat(b.total(Mesure.Q1_HORS_QPV, Cle.TOUS)).isEqualTo(1);
    assertThat(b.taux(Mesure.Q2_Q4_EN_QPV, Mesure.BAUX_EN_QPV, Cle.TOUS)).isEqualTo(Fraction.of(1, 2));
    // aucun de ces cinq ménages n'est prioritaire ni DALO (L.441-1 : pas de motif, pas de décision DALO)
    assertThat(b.total(Mesure.BAUX_SIGNES, Cle.TOUS)).isEqualTo(5);
    assertThat(b.total(Mesure.PRIORITAIRES, Cle.TOUS)).isZero();
    assertThat(b.total(Mesure.DALO, Cle.TOUS)).isZero();
    assertThat(r.avertissements()).extracting(Anomalie::chemin).containsExactly("attributions[0]");
  }

  @Test
  @DisplayName("rien n'est perdu : le chemin d'un avertissement désigne le rang de l'attribution, quels que soient les autres événements reçus")
  void cheminDesAvertissements() {
    Bilan.Compteur c = Bilan.compteur(2025, SeuilsQuartile.vide());
    c.liberation(new Liberation(logement("L"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 1, 2)));
    c.proposition(new Proposition(logement("L"), AL, LocalDate.of(2025, 1, 3)));
    c.attribution(attribution(logement("A0"), ORDINAIRE, LocalDate.of(2025, 2, 1), Optional.of(LocalDate.of(2025, 3, 1)), false));
    c.attribution(attribution(logement("A1"), ORDINAIRE, LocalDate.of(2025, 2, 1), Optional.of(LocalDate.of(2025, 3, 1)), false));
    assertThat(c.toResultat().avertissements()).extracting(Anomalie::chemin).containsExactly("attributions[0]", "attributions[1]");
    assertThat(c.evenementsRecus()).isEqualTo(4);
  }

  @Test
  @DisplayName("rien n'est perdu : chaque événement reçu est compté comme reçu, qu'il tombe dans l'année ou non")
  void evenementsRecus() {
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    assertThat(c.liberation(new Liberation(logement("L0"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 1, 2)))).isSameAs(c);
    assertThat(c.liberation(new Liberation(logement("L1"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2024, 12, 31)))).isSameAs(c);
    assertThat(c.proposition(new Proposition(logement("L0"), AL, LocalDate.of(2026, 1, 1)))).isSameAs(c);
    assertThat(c.proposition(new Proposition(logement("L0"), AL, LocalDate.of(2025, 1, 5)))).isSameAs(c);
    assertThat(c.attribution(attribution(logement("X"), ORDINAIRE, LocalDate.of(2024, 1, 1), Optional.empty(), false))).isSameAs(c);
    assertThat(c.attribution(attribution(logement("M"), ORDINAIRE, LocalDate.of(2025, 1, 1), Optional.empty(), true))).isSameAs(c);
    assertThat(c.attribution(attribution(logement("C"), ORDINAIRE, LocalDate.of(2025, 1, 1), Optional.empty(), false))).isSameAs(c);
    assertThat(c.attribution(attribution(logement("D"), ORDINAIRE, LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2025, 2, 1)), false))).isSameAs(c);
    assertThat(c.evenementsRecus()).isEqualTo(8);
    Bilan b = c.toBilan();
    assertThat(b.total(Mesure.LIBERATIONS, Cle.TOUS)).isEqualTo(1);
    assertThat(b.total(Mesure.PROPOSITIONS, Cle.TOUS)).isEqualTo(1);
    assertThat(b.total(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS)).isEqualTo(2);
    assertThat(b.total(Mesure.HORS_FLUX, Cle.TOUS)).isEqualTo(1);
    assertThat(b.total(Mesure.BAUX_SIGNES, Cle.TOUS)).isEqualTo(1);
  }

  @Test
  @DisplayName("art. 6 : parts par EPCI ; un logement sans EPCI connu est ventilé en « inconnu »")
  void ventilationParEpci() {
    Bilan b = Bilan.compteur(2025, SEUILS)
        .proposition(new Proposition(logement("P0"), AL, LocalDate.of(2025, 1, 5)))
        .proposition(new Proposition(sansEpci("P1", Qpv.HORS_QPV), AL, LocalDate.of(2025, 1, 6)))
        .toBilan();
    assertThat(b.ventilation(Mesure.PROPOSITIONS, AL.cle(), Dimension.EPCI))
        .containsExactly(Map.entry("240100750", 1L), Map.entry("inconnu", 1L));
  }

  @Test
  @DisplayName("art. 6 : chaque libération est ventilée selon sa propre commune, sur plus de communes que la place réservée d'avance")
  void ventilationParCommune() {
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    c.proposition(new Proposition(Logement.builder().from(logement("P")).localisation(Localisation.of(FERNEY, PAYS_DE_GEX, Qpv.HORS_QPV)).build(),
        AL, LocalDate.of(2025, 1, 5)));
    c.liberation(new Liberation(logement("L"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 1, 6)));
    for (String code : new String[] {"01001", "01002", "01004", "01005", "01007"}) {
      Logement l = Logement.builder().from(logement(code)).localisation(Localisation.of(Commune.of(code), Qpv.HORS_QPV)).build();
      c.liberation(new Liberation(l, TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 2, 1)));
    }
    Bilan b = c.toBilan();
    assertThat(b.ventilation(Mesure.LIBERATIONS, Cle.TOUS, Dimension.COMMUNE)).containsOnlyKeys("01281", "01001", "01002", "01004", "01005", "01007")
        .containsEntry("01281", 1L);
    assertThat(b.ventilation(Mesure.PROPOSITIONS, Cle.TOUS, Dimension.COMMUNE)).containsExactly(Map.entry("01160", 1L));
  }

  @Test
  @DisplayName("un compteur nul est omis, un compteur négatif est une erreur de programmation")
  void compteursNulsEtNegatifs() {
    TreeMap<Cle, Long> nul = new TreeMap<>(Map.of(Cle.total(Mesure.LIBERATIONS, Cle.TOUS), 0L));
    assertThat(new Bilan(2025, nul, new TreeMap<>(), new TreeMap<>()).compteurs()).isEmpty();
    TreeMap<Cle, Long> negatif = new TreeMap<>(Map.of(Cle.total(Mesure.LIBERATIONS, Cle.TOUS), -1L));
    assertThatThrownBy(() -> new Bilan(2025, negatif, new TreeMap<>(), new TreeMap<>())).isInstanceOf(IllegalArgumentException.class);
    assertThat(Cle.total(Mesure.DALO, "X")).isEqualTo(new Cle(Mesure.DALO, "X", Dimension.TOTAL, ""));
  }

  @Test
  @DisplayName("R.441-5-1 : l'avertissement d'envoi tardif nomme l'échéance « avant le 28 février N+1 »")
  void messageTardif() {
    assertThat(Bilan.vide(2025).controlerEnvoi(LocalDate.of(2026, 3, 2)).orElseThrow().message())
        .contains("bilan 2025", "avant le 28 février 2026", "2026-02-27");
  }

  @Test
  @DisplayName("rapport : envoi dans le délai ou tardif, aucune proposition ni attribution (parts nulles), libellés français des ventilations")
  void rapportSansProposition() {
    Bilan b = Bilan.compteur(2025, SEUILS)
        .liberation(new Liberation(logement("L0"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 1, 2)))
        .attribution(attribution(logement("M"), ORDINAIRE, LocalDate.of(2025, 1, 1), Optional.empty(), true))
        .toBilan();
    RapportBilan r = new RapportBilan(b, Map.of(), Optional.of(LocalDate.of(2026, 2, 20)));
    assertThat(r.territoires(Dimension.COMMUNE)).singleElement().satisfies(m -> {
      assertThat(m.liberations()).isEqualTo(1);
      assertThat(m.partPropositions()).isEqualTo(fr.fluxlogement.core.quantite.Taux.ZERO);
      assertThat(m.partAttributions()).isEqualTo(fr.fluxlogement.core.quantite.Taux.ZERO);
    });
    assertThat(r.territoires(Dimension.EPCI)).singleElement().satisfies(m -> assertThat(m.code()).isEqualTo("240100750"));
    assertThat(r.isTardif()).isFalse();
    assertThat(new RapportBilan(b, Map.of(), Optional.empty()).isTardif()).isFalse();
    assertThat(r.ligne(Cle.TOUS).horsFlux()).isEqualTo(1);
    assertThat(new RapportBilan(b, Map.of(), Optional.of(LocalDate.of(2026, 2, 28))).retard()).hasValueSatisfying(
        a -> assertThat(a.message()).contains("avant le 28 février 2026"));
    assertThat(Dimension.PERIODE_CONSTRUCTION.libelle()).isEqualTo("période de construction");
    assertThat(Mesure.Q2_Q4_EN_QPV.libelle()).isEqualTo("quartiles 2 à 4 en QPV");
  }

  @Test
  @DisplayName("L.441-1 : 1 500 baux sans seuil de quartile donnent les 1 000 premiers avertissements puis un seul qui compte les 500 autres, par objets comme en colonnes")
  void avertissementsDeSeuilBornes() {
    java.util.List<Attribution> l = new java.util.ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      l.add(attribution(sansEpci("S" + i, Qpv.HORS_QPV), MODESTE, LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 4, 1)), false));
    }
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    l.forEach(c::attribution);
    var r = c.toResultat();
    assertThat(r.anomalies()).hasSize(1001);
    assertThat(r.anomalies().get(999).chemin()).isEqualTo("attributions[999]");
    assertThat(r.anomalies().get(1000).message()).startsWith("500 autres attributions sans seuil").contains("(1500 en tout)");
    assertThat(AttributionsColonnes.of(l).bilan(2025, SEUILS)).isEqualTo(r);
  }
}
