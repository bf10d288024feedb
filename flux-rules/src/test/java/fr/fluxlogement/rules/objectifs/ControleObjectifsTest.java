package fr.fluxlogement.rules.objectifs;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Objectifs d'attribution (convention art. 5 ; CCH L.441-1)")
class ControleObjectifsTest {

  /** Arrêté de 2020 (JORFTEXT000042056679), Ain : les seuils publiés. */
  static final SeuilsQuartile AIN_2020 = SeuilsQuartile.vide()
      .withSeuil(Epci.of("200071751"), 2020, new BigDecimal("8861"))
      .withSeuil(PAYS_DE_GEX, 2020, new BigDecimal("10260"))
      .withSeuil(Epci.of("200042935"), 2020, new BigDecimal("9168"))
      .withSeuil(Epci.of("200070308"), 2020, new BigDecimal("9019"))
      .withSeuil(Epci.of("200040590"), 2020, new BigDecimal("8256"))
      .withSeuil(Epci.of("200040350"), 2020, new BigDecimal("8788"))
      .withSeuil(Epci.of("240100610"), 2020, new BigDecimal("10099"))
      .withSeuil(Epci.of("240100883"), 2020, new BigDecimal("9174"));

  private static final Menage ORDINAIRE = Menage.of(new BigDecimal("40000"), Fraction.of(2));
  private static final Menage Q1 = Menage.of(new BigDecimal("21000"), Menage.unitesConsommation(2, 2));
  private static final Logement EN_QPV = Logement.builder().from(logement("QPV1"))
      .localisation(Localisation.of(Commune.of("01173"), PAYS_DE_GEX, Qpv.of("QN00101A"))).build();

  private static Attribution attribution(String id, Reservataire r, Menage m) {
    return attribution(logement(id), r, m);
  }

  private static Attribution attribution(Logement l, Reservataire r, Menage m) {
    return Attribution.of(l, r, m, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 4, 1));
  }

  @Test
  @DisplayName("L.441-1 et arrêté 2020 (JORFTEXT000042056679) : CA du Pays de Gex 2020, seuil 10 260 € : 10 000 €/UC est au premier quartile, 10 300 € et 10 260 € pile ne le sont pas")
  void seuilPaysDeGex() {
    BigDecimal seuil = AIN_2020.seuil(PAYS_DE_GEX, 2020).orElseThrow();
    assertThat(seuil).isEqualByComparingTo("10260");
    assertThat(SeuilsQuartile.isPremierQuartile(Menage.of(new BigDecimal("10000"), Fraction.UN), seuil)).isTrue();
    assertThat(SeuilsQuartile.isPremierQuartile(Menage.of(new BigDecimal("10300"), Fraction.UN), seuil)).isFalse();
    assertThat(SeuilsQuartile.isPremierQuartile(Menage.of(new BigDecimal("10260"), Fraction.UN), seuil)).isFalse();
    assertThat(SeuilsQuartile.isPremierQuartile(Q1, seuil)).isTrue();
    assertThat(AIN_2020.seuil(PAYS_DE_GEX, 2021)).isEmpty();
    assertThat(AIN_2020.seuils()).hasSize(8);
  }

  @Test
  @DisplayName("25 % de prioritaires, 25 % de premier quartile hors QPV, 50 % de quartiles 2 à 4 en QPV : atteint, écart et rattrapage")
  void troisObjectifs() {
    List<Attribution> a = new ArrayList<>();
    a.add(attribution("C1", COMMUNE_ORNEX, ORDINAIRE.withDalo(true)));
    a.add(attribution("C2", COMMUNE_ORNEX, ORDINAIRE.withMotifs(java.util.Set.of(fr.fluxlogement.core.menage.MotifPriorite.actuels().get(10)))));
    a.add(attribution("C3", COMMUNE_ORNEX, Q1));
    a.add(attribution("C4", COMMUNE_ORNEX, ORDINAIRE.withRelogementRenouvellementUrbain(true)));
    for (int i = 5; i <= 8; i++) {
      a.add(attribution("C" + i, COMMUNE_ORNEX, ORDINAIRE));
    }
    for (int i = 1; i <= 4; i++) {
      a.add(attribution("A" + i, AL, ORDINAIRE));
    }
    a.add(attribution(EN_QPV, AL, Q1));
    a.add(attribution(Logement.builder().from(EN_QPV).identifiant("QPV2").build(), AL, ORDINAIRE));
    a.add(new Attribution(logement("MUT"), AL, Q1, LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2020, 2, 1)), true, false));
    a.add(Attribution.of(logement("2019"), AL, Q1, LocalDate.of(2019, 12, 1), LocalDate.of(2019, 12, 20)));

    List<ResultatObjectif> r = ControleObjectifs.controler(2020, a, Map.of(AL, 4L), AIN_2020, Parametres.nationaux()).valeurOuLever();
    ResultatObjectif communePrio = trouver(r, COMMUNE_ORNEX, Indicateur.PRIORITAIRES);
    assertThat(communePrio.publicCible()).isEqualTo(2);
    assertThat(communePrio.base()).isEqualTo(8);
    assertThat(communePrio.atteint()).isEqualTo(Taux.pourcent(25));
    assertThat(communePrio.isAtteint()).isTrue();
    ResultatObjectif communeQ1 = trouver(r, COMMUNE_ORNEX, Indicateur.Q1_HORS_QPV);
    assertThat(communeQ1.publicCible()).isEqualTo(2);
    assertThat(communeQ1.isAtteint()).isTrue();
    ResultatObjectif alPrio = trouver(r, AL, Indicateur.PRIORITAIRES);
    assertThat(alPrio.base()).isEqualTo(6);
    assertThat(alPrio.publicCible()).isZero();
    assertThat(alPrio.ecart()).isEqualTo(2);
    assertThat(alPrio.rattrapage()).contains(3L);
    assertThat(alPrio.explication().formule()).contains("0 ÷ 6", "cible 25 % soit au moins 2", "3 des 4 attributions restantes");
    ResultatObjectif alQpv = trouver(r, AL, Indicateur.Q2_Q4_EN_QPV);
    assertThat(alQpv.publicCible()).isEqualTo(1);
    assertThat(alQpv.base()).isEqualTo(2);
    assertThat(alQpv.atteint()).isEqualTo(Taux.pourcent(50));
    assertThat(alQpv.isAtteint()).isTrue();
    ResultatObjectif ensemble = r.stream().filter(x -> x.partie().isEmpty() && x.indicateur() == Indicateur.PRIORITAIRES).findFirst().orElseThrow();
    assertThat(ensemble.base()).isEqualTo(14);
    assertThat(ensemble.restantes()).isEqualTo(4);
  }

  @Test
  @DisplayName("rattrapage impossible quand il faudrait plus de ménages visés qu'il ne reste d'attributions")
  void rattrapageImpossible() {
    List<Attribution> a = List.of(attribution("A1", AL, ORDINAIRE), attribution("A2", AL, ORDINAIRE), attribution("A3", AL, ORDINAIRE),
        attribution("A4", AL, ORDINAIRE), attribution("A5", AL, ORDINAIRE));
    ResultatObjectif q2 = ControleObjectifs.controler(2020, a, Map.of(), AIN_2020, Parametres.nationaux()).valeurOuLever().stream()
        .filter(x -> x.partie().isPresent() && x.indicateur() == Indicateur.PRIORITAIRES).findFirst().orElseThrow();
    assertThat(q2.ecart()).isEqualTo(2);
    assertThat(q2.rattrapage()).isEmpty();
    assertThat(q2.explication().formule()).contains("rattrapage impossible");
  }

  @Test
  @DisplayName("L.441-1 : un logement sans EPCI ou un seuil inconnu pour l'année n'est qu'un avertissement ; rien ne bloque")
  void anomalies() {
    Logement sansEpci = Logement.builder().from(logement("X")).localisation(Localisation.of(Commune.of("01281"), Qpv.HORS_QPV)).build();
    List<Attribution> a = List.of(attribution(sansEpci, AL, ORDINAIRE),
        Attribution.of(logement("Y"), AL, ORDINAIRE, LocalDate.of(2021, 1, 5), LocalDate.of(2021, 2, 1)));
    var r2020 = ControleObjectifs.controler(2020, a, Map.of(), AIN_2020, Parametres.nationaux());
    assertThat(r2020.anomalies()).extracting(Anomalie::code).containsExactly(CodeAnomalie.SEUIL_QUARTILE_MANQUANT);
    assertThat(r2020.anomalies().get(0).isErreur()).isFalse();
    assertThat(r2020.anomalies().get(0).chemin()).isEqualTo("attributions[0].logement.epci");
    var r2021 = ControleObjectifs.controler(2021, a, Map.of(), AIN_2020, Parametres.nationaux());
    assertThat(r2021.anomalies()).extracting(Anomalie::code).containsExactly(CodeAnomalie.SEUIL_QUARTILE_MANQUANT);
    assertThat(r2021.anomalies().get(0).message()).contains("240100750").contains("2021");
    assertThat(ControleObjectifs.controler(2021, a, Map.of(), AIN_2020, Parametres.nationaux()).isValide()).isTrue();
  }

  @Test
  @DisplayName("L.441-1 ; L.313-26-2 : sans seuil de l'EPCI pour l'année, les 25 % de prioritaires d'Action Logement restent calculés, "
      + "seuls les indicateurs du quartile sont non calculables (compté à la main)")
  void seuilManquantNeBloquePasLesPrioritaires() {
    // 2021 : aucun seuil du Pays de Gex dans la table (arrêté 2020 seulement). 4 baux pour Action Logement,
    // hors QPV : 1 DALO, 3 ordinaires. Prioritaires : 1 ÷ 4 = 25 % ; au moins ⌈25 % × 4⌉ = 1 : atteint.
    Menage dalo = ORDINAIRE.withDalo(true);
    List<Attribution> a = new ArrayList<>();
    a.add(Attribution.of(logement("A1"), AL, dalo, LocalDate.of(2021, 1, 5), LocalDate.of(2021, 2, 1)));
    for (int i = 2; i <= 4; i++) {
      a.add(Attribution.of(logement("A" + i), AL, ORDINAIRE, LocalDate.of(2021, 1, 5), LocalDate.of(2021, 2, 1)));
    }
    var r = ControleObjectifs.controler(2021, a, Map.of(AL, 4L), AIN_2020, Parametres.nationaux());
    assertThat(r.anomalies()).hasSize(1); // un avertissement par EPCI et par année, non quatre
    ResultatObjectif prio = trouver(r.valeur().orElseThrow(), AL, Indicateur.PRIORITAIRES);
    assertThat(prio.isCalculable()).isTrue();
    assertThat(prio.publicCible()).isEqualTo(1);
    assertThat(prio.base()).isEqualTo(4);
    assertThat(prio.atteint()).isEqualTo(Taux.pourcent(25));
    assertThat(prio.isAtteint()).isTrue();
    ResultatObjectif q1 = trouver(r.valeur().orElseThrow(), AL, Indicateur.Q1_HORS_QPV);
    assertThat(q1.isCalculable()).isFalse();
    assertThat(q1.inconnus()).isEqualTo(4);
    assertThat(q1.isAtteint()).isFalse();
    assertThat(q1.rattrapage()).isEmpty();
    assertThat(q1.explication().valeur()).isEqualTo("non calculable");
    assertThat(trouver(r.valeur().orElseThrow(), AL, Indicateur.Q2_Q4_EN_QPV).isCalculable()).isTrue(); // base vide : rien d'inconnu
  }

  private static ResultatObjectif trouver(List<ResultatObjectif> r, Reservataire p, Indicateur i) {
    return r.stream().filter(x -> x.partie().equals(Optional.of(p)) && x.indicateur() == i).findFirst().orElseThrow();
  }
}
