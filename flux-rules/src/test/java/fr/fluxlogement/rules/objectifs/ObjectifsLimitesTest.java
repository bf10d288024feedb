package fr.fluxlogement.rules.objectifs;

import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Objectifs d'attribution : cas limites (convention art. 5 ; CCH L.441-1)")
class ObjectifsLimitesTest {

  private static final LocalDate JANVIER_2020 = LocalDate.of(2020, 1, 1);

  @Test
  @DisplayName("L.441-1 : 25 % de 4 baux = 1 requis ; atteint avec 1, écart 1 sans ; rattrapage possible tout juste (besoin = restantes) ou impossible")
  void resultatALaMain() {
    var cible = Parametres.nationaux().valeurDatee(Indicateur.PRIORITAIRES.cible(), JANVIER_2020);
    ResultatObjectif atteint = ControleObjectifs.resultat(Optional.empty(), Indicateur.PRIORITAIRES, 1, 4, 2, cible);
    assertThat(atteint.isAtteint()).isTrue();
    assertThat(atteint.ecart()).isZero();
    // fin d'année : ⌈25 % × 6⌉ = 2, il en manque 1 sur 2 restantes
    assertThat(atteint.rattrapage()).contains(1L);
    ResultatObjectif manque = ControleObjectifs.resultat(Optional.empty(), Indicateur.PRIORITAIRES, 0, 4, 0, cible);
    assertThat(manque.isAtteint()).isFalse();
    assertThat(manque.ecart()).isEqualTo(1);
    assertThat(manque.rattrapage()).isEmpty();
    // ⌈25 % × 1⌉ = 1 requis, 1 restante : tout juste
    assertThat(ControleObjectifs.resultat(Optional.empty(), Indicateur.PRIORITAIRES, 0, 0, 1, cible).rattrapage()).contains(1L);
    assertThat(manque.explication().toTexte()).contains("0 ÷ 4 ; cible 25 % soit au moins 1 ; écart 1 ménage(s) ; rattrapage impossible sur les 0 attributions restantes");
  }

  @Test
  @DisplayName("L.441-1 : en QPV, seuls les ménages au-delà du premier quartile comptent pour l'objectif de 50 % (2 sur 3 ici)")
  void quartilesEnQpv() {
    SeuilsQuartile seuils = SeuilsQuartile.vide().withSeuil(PAYS_DE_GEX, 2020, new BigDecimal("10260"));
    Logement qpv = Logement.builder().from(logement("Q")).localisation(Localisation.of(Commune.of("01173"), PAYS_DE_GEX, Qpv.EN_QPV)).build();
    Menage pauvre = Menage.of(new BigDecimal("9000"), Fraction.UN);
    Menage aise = Menage.of(new BigDecimal("40000"), Fraction.UN);
    List<Attribution> a = List.of(
        Attribution.of(qpv, COMMUNE_ORNEX, pauvre, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 4, 1)),
        Attribution.of(qpv, COMMUNE_ORNEX, aise, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 4, 1)),
        Attribution.of(qpv, COMMUNE_ORNEX, aise, LocalDate.of(2020, 5, 2), LocalDate.of(2020, 6, 1)));
    List<ResultatObjectif> r = ControleObjectifs.controler(2020, a, Map.of(), seuils, Parametres.nationaux()).valeurOuLever();
    ResultatObjectif ensemble = r.stream().filter(x -> x.partie().isEmpty() && x.indicateur() == Indicateur.Q2_Q4_EN_QPV).findFirst().orElseThrow();
    assertThat(ensemble.publicCible()).isEqualTo(2);
    assertThat(ensemble.base()).isEqualTo(3);
  }

  @Test
  @DisplayName("seuils de quartile : table vide, seuil nul ou négatif refusé, plus petit seuil positif accepté, table construite depuis une carte")
  void seuils() {
    SeuilsQuartile vide = SeuilsQuartile.vide();
    assertThat(vide.seuils()).isEmpty();
    assertThat(vide.seuil(PAYS_DE_GEX, 2020)).isEmpty();
    assertThatThrownBy(() -> vide.withSeuil(PAYS_DE_GEX, 2020, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> vide.withSeuil(PAYS_DE_GEX, 2020, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(vide.withSeuil(PAYS_DE_GEX, 2020, new BigDecimal("0.01")).seuil(PAYS_DE_GEX, 2020)).contains(new BigDecimal("0.01"));
    SeuilsQuartile carte = new SeuilsQuartile(Map.of("240100750", Map.of(2020, new BigDecimal("10260"))));
    assertThat(carte.seuil(PAYS_DE_GEX, 2020)).contains(new BigDecimal("10260"));
    assertThat(carte.withSeuil(PAYS_DE_GEX, 2021, BigDecimal.TEN).seuil(PAYS_DE_GEX, 2020)).contains(new BigDecimal("10260"));
  }

  @Test
  @DisplayName("chaque indicateur a son libellé, sa cible nationale et cite la convention et L.441-1")
  void indicateurs() {
    assertThat(Indicateur.Q2_Q4_EN_QPV.libelle()).isEqualTo("attributions en QPV aux quartiles 2 à 4");
    assertThat(Indicateur.PRIORITAIRES.references()).containsExactly(References.CLAUSE_GESTION, References.CCH_L441_1_PRIORITAIRES);
    assertThat(Parametres.nationaux().valeurDatee(Indicateur.Q2_Q4_EN_QPV.cible(), JANVIER_2020).valeur()).isEqualTo(Taux.pourcent(50));
  }
}
