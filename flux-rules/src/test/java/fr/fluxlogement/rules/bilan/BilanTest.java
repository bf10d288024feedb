package fr.fluxlogement.rules.bilan;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bilan annuel (R.441-5-1 CCH ; convention art. 6)")
class BilanTest {

  private static final SeuilsQuartile SEUILS = SeuilsQuartile.vide().withSeuil(PAYS_DE_GEX, 2025, new BigDecimal("10500"));
  private static final Menage ORDINAIRE = Menage.of(new BigDecimal("40000"), Fraction.of(2));
  private static final Menage PAUVRE_DALO = Menage.of(new BigDecimal("9000"), Fraction.UN).withDalo(true);

  private static Bilan exemple() {
    return exemple(Bilan.compteur(2025, SEUILS));
  }

  private static Bilan exemple(Bilan.Compteur c) {
    for (int i = 0; i < 10; i++) {
      c.liberation(new Liberation(logement("L" + i), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 1 + i, 3)));
    }
    c.liberation(new Liberation(logement("VIEUX"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2024, 12, 3)));
    for (int i = 0; i < 4; i++) {
      c.proposition(new Proposition(logement("L" + i), COMMUNE_ORNEX, LocalDate.of(2025, 1 + i, 4)));
    }
    for (int i = 4; i < 8; i++) {
      c.proposition(new Proposition(Logement.builder().from(logement("L" + i)).typologie(Typologie.T2).build(), AL, LocalDate.of(2025, 1 + i, 4)));
    }
    c.attribution(Attribution.of(logement("L0"), COMMUNE_ORNEX, PAUVRE_DALO, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
    c.attribution(Attribution.of(logement("L1"), COMMUNE_ORNEX, ORDINAIRE, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
    c.attribution(new Attribution(logement("L2"), COMMUNE_ORNEX, ORDINAIRE, LocalDate.of(2025, 12, 15), Optional.empty(), false, false));
    c.attribution(Attribution.of(logement("L4"), AL, ORDINAIRE, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1)));
    c.attribution(new Attribution(logement("M1"), AL, ORDINAIRE, LocalDate.of(2025, 6, 1), Optional.of(LocalDate.of(2025, 7, 1)), true, false));
    return c.toBilan();
  }

  @Test
  @DisplayName("R.441-5-1 : le bilan 2025 est dû avant le 28 février 2026, soit le 27 au plus tard ; un envoi le 28 est signalé tardif")
  void echeance() {
    Bilan b = Bilan.vide(2025);
    assertThat(Bilan.echeance(2025)).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(b.controlerEnvoi(LocalDate.of(2026, 2, 27))).isEmpty();
    assertThat(b.controlerEnvoi(LocalDate.of(2026, 2, 28))).map(a -> a.code()).contains(CodeAnomalie.BILAN_TARDIF);
    assertThat(Bilan.echeance(2027)).isEqualTo(LocalDate.of(2028, 2, 27));
  }

  @Test
  @DisplayName("art. 6 : les listes passées au fil de l'eau reçoivent chaque logement proposé ou attribué en CALEOL, pour sa partie puis pour "
      + "l'ensemble ; le bilan rendu a les mêmes compteurs et libellés, sans listes")
  void listesAuFilDeLEau() {
    java.util.List<String> recus = new java.util.ArrayList<>();
    Bilan b = exemple(Bilan.compteur(2025, SEUILS, (m, p, l) -> recus.add(m.name() + "|" + p + "|" + l)));
    String o = COMMUNE_ORNEX.cle();
    String al = AL.cle();
    // propositions : L0 à L3 à la commune, L4 à L7 à Action Logement ; attributions en CALEOL 2025 : L0, L1, L2 (bail absent)
    // à la commune, L4 à Action Logement ; M1 est une mutation (hors flux) : non listée
    java.util.List<String> attendu = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String partie = i < 4 ? o : al;
      attendu.add("PROPOSITIONS|" + partie + "|L" + i);
      attendu.add("PROPOSITIONS|*|L" + i);
    }
    for (String x : new String[] {o + "|L0", o + "|L1", o + "|L2", al + "|L4"}) {
      attendu.add("ATTRIBUTIONS_CALEOL|" + x);
      attendu.add("ATTRIBUTIONS_CALEOL|*|" + x.substring(x.indexOf('|') + 1));
    }
    assertThat(recus).containsExactlyElementsOf(attendu);
    Bilan enMemoire = exemple();
    assertThat(b.listes()).isEmpty();
    assertThat(b.compteurs()).isEqualTo(enMemoire.compteurs());
    assertThat(b.libelles()).isEqualTo(enMemoire.libelles());
    assertThat(enMemoire.logements(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS)).containsExactly("L0", "L1", "L2", "L4");
    assertThatThrownBy(() -> Bilan.compteur(2025, SEUILS, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("art. 6 : propositions, attributions en CALEOL et baux signés par réservataire, et leurs parts sur les libérations de l'année")
  void partsSurLiberations() {
    Bilan b = exemple();
    assertThat(b.total(Mesure.LIBERATIONS, Cle.TOUS)).isEqualTo(10);
    assertThat(b.total(Mesure.PROPOSITIONS, COMMUNE_ORNEX.cle())).isEqualTo(4);
    assertThat(b.total(Mesure.ATTRIBUTIONS_CALEOL, COMMUNE_ORNEX.cle())).isEqualTo(3);
    assertThat(b.total(Mesure.BAUX_SIGNES, COMMUNE_ORNEX.cle())).isEqualTo(2);
    assertThat(b.partDesLiberations(Mesure.PROPOSITIONS, COMMUNE_ORNEX.cle())).isEqualTo(Fraction.of(4, 10));
    assertThat(b.partDesLiberations(Mesure.BAUX_SIGNES, COMMUNE_ORNEX.cle())).isEqualTo(Fraction.of(2, 10));
    assertThat(b.total(Mesure.HORS_FLUX, AL.cle())).isEqualTo(1);
    assertThat(b.ventilation(Mesure.PROPOSITIONS, AL.cle(), Dimension.TYPOLOGIE)).containsExactly(Map.entry("T2", 4L));
    assertThat(b.ventilation(Mesure.PROPOSITIONS, Cle.TOUS, Dimension.COMMUNE)).containsExactly(Map.entry("01281", 8L));
    assertThat(b.ventilation(Mesure.BAUX_SIGNES, Cle.TOUS, Dimension.QPV)).containsExactly(Map.entry("hors QPV", 3L));
    assertThat(b.ventilation(Mesure.PROPOSITIONS, Cle.TOUS, Dimension.PERIODE_CONSTRUCTION)).containsExactly(Map.entry("inconnue", 8L));
    assertThat(b.parties()).containsExactly("ACTION-LOGEMENT", "COMMUNE-01281");
    assertThat(b.logements(Mesure.PROPOSITIONS, COMMUNE_ORNEX.cle())).containsExactly("L0", "L1", "L2", "L3");
    assertThat(b.logements(Mesure.ATTRIBUTIONS_CALEOL, COMMUNE_ORNEX.cle())).containsExactly("L0", "L1", "L2");
    assertThat(b.logements(Mesure.ATTRIBUTIONS_CALEOL, Cle.TOUS)).containsExactly("L0", "L1", "L2", "L4");
    assertThat(b.logements(Mesure.BAUX_SIGNES, AL.cle())).isEmpty();
  }

  @Test
  @DisplayName("art. 6 : taux de prioritaires (dont DALO) et de premier quartile hors QPV sur les baux signés")
  void taux() {
    Bilan b = exemple();
    assertThat(b.taux(Mesure.PRIORITAIRES, Mesure.BAUX_SIGNES, COMMUNE_ORNEX.cle())).isEqualTo(Fraction.of(1, 2));
    assertThat(b.taux(Mesure.DALO, Mesure.BAUX_SIGNES, Cle.TOUS)).isEqualTo(Fraction.of(1, 3));
    assertThat(b.taux(Mesure.Q1_HORS_QPV, Mesure.BAUX_HORS_QPV, Cle.TOUS)).isEqualTo(Fraction.of(1, 3));
    assertThat(b.taux(Mesure.Q2_Q4_EN_QPV, Mesure.BAUX_EN_QPV, Cle.TOUS)).isEqualTo(Fraction.ZERO);
  }

  @Test
  @DisplayName("rapport : parts par commune, flux réalisé face à l'objectif, lignes typées")
  void rapport() {
    RapportBilan r = new RapportBilan(exemple(), Map.of(COMMUNE_ORNEX.cle(), 3L), Optional.of(LocalDate.of(2026, 2, 28)));
    LigneBilan l = r.ligne(COMMUNE_ORNEX.cle());
    assertThat(l.objectif()).contains(3L);
    assertThat(l.ecartObjectif()).contains(-1L);
    assertThat(l.partPropositions().toPourcentFrancais()).isEqualTo("40 %");
    assertThat(l.tauxPrioritaires().toPourcentFrancais()).isEqualTo("50 %");
    assertThat(l.logementsProposes()).containsExactly("L0", "L1", "L2", "L3");
    assertThat(l.logementsAttribues()).containsExactly("L0", "L1", "L2");
    assertThat(r.territoires(Dimension.COMMUNE)).singleElement().satisfies(m -> assertThat(m.partPropositions().toPourcentFrancais()).isEqualTo("100 %"));
    assertThat(r.isTardif()).isTrue();
    assertThat(r.echeance()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(r.lignes()).last().satisfies(e -> assertThat(e.isEnsemble()).isTrue());
    assertThatThrownBy(() -> r.territoires(Dimension.TYPOLOGIE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("rien n'est perdu : un bail dont le seuil est inconnu compte en « quartile inconnu », avec un avertissement")
  void quartileInconnu() {
    Bilan.Compteur c = Bilan.compteur(2025, SeuilsQuartile.vide());
    c.attribution(Attribution.of(logement("L0"), AL, ORDINAIRE, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
    Resultat<Bilan> r = c.toResultat();
    assertThat(r.valeur().orElseThrow().total(Mesure.QUARTILE_INCONNU, Cle.TOUS)).isEqualTo(1);
    assertThat(r.avertissements()).extracting(a -> a.code()).containsExactly(CodeAnomalie.SEUIL_QUARTILE_MANQUANT);
    assertThat(c.evenementsRecus()).isEqualTo(1);
  }

  @Test
  @DisplayName("fusionner des bilans d'années différentes est une erreur de programmation")
  void anneesDifferentes() {
    assertThatThrownBy(() -> Bilan.vide(2024).fusionner(Bilan.vide(2025))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Bilan.periode(logement("x"))).isEqualTo("inconnue");
    assertThat(Bilan.periode(Logement.builder().from(logement("x")).anneeConstruction(1948).build())).isEqualTo("avant 1949");
    assertThat(Bilan.periode(Logement.builder().from(logement("x")).anneeConstruction(2020).build())).isEqualTo("2020 et après");
    assertThat(Epci.of("240100750").siren()).isEqualTo(PAYS_DE_GEX.siren());
  }
}
