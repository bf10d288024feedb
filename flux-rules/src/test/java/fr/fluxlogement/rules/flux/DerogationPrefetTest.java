package fr.fluxlogement.rules.flux;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.rules.Fixtures;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R.441-5-2 I : la dérogation aux plafonds du préfet, par arrêté, pour un an au plus")
class DerogationPrefetTest {

  private static final Reference ARRETE = Reference.of("Arrêté préfectoral du 20 décembre 2024", "1");
  private static final LocalDate JANVIER_2025 = LocalDate.of(2025, 1, 1);
  private static final LocalDate JANVIER_2026 = LocalDate.of(2026, 1, 1);

  /** 35 % au préfet (30 % prioritaires + 5 % agents) et 20 % à Action Logement, sur un flux de 100. */
  private static Resultat<RepartitionDuFlux> repartir(Parametres p, LocalDate date) {
    Map<Reservataire, Taux> taux = new LinkedHashMap<>();
    taux.put(Etat.PRIORITAIRES, Taux.pourcent(30));
    taux.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
    taux.put(Fixtures.AL, Taux.pourcent(20));
    return RepartitionDuFlux.repartir(date, 100, taux, Fixtures.ALLIADE, p);
  }

  private static List<CodeAnomalie> codes(Resultat<RepartitionDuFlux> o) {
    assertThat(o.isValide()).isTrue();
    return o.avertissements().stream().map(Anomalie::code).toList();
  }

  @Test
  @DisplayName("sans dérogation, 35 % au préfet dépasse le plafond de 30 % : avertissement")
  void sansDerogation() {
    assertThat(codes(repartir(Parametres.nationaux(), JANVIER_2025))).containsExactly(CodeAnomalie.PLAFOND_PREFET_DEPASSE);
  }

  @Test
  @DisplayName("un arrêté porte le plafond à 35 % pour 2025 : aucun avertissement en 2025, de nouveau en 2026 quand la dérogation a pris fin")
  void derogationDUnAn() {
    DerogationPrefet d = DerogationPrefet.of(JANVIER_2025, JANVIER_2026, Taux.pourcent(35), Optional.empty(), ARRETE, Parametres.nationaux()).valeurOuLever();
    Parametres p = d.appliquer(Parametres.nationaux());
    assertThat(p.valeurDatee(Parametres.PLAFOND_PREFET, LocalDate.of(2025, 12, 31)).provenance()).isEqualTo(Provenance.ARRETE);
    assertThat(p.valeurDatee(Parametres.PLAFOND_PREFET, LocalDate.of(2025, 12, 31)).source()).isEqualTo(ARRETE);
    assertThat(p.valeur(Parametres.PLAFOND_PREFET, LocalDate.of(2024, 12, 31))).isEqualTo(Taux.pourcent(30));
    assertThat(p.valeur(Parametres.PLAFOND_PREFET, JANVIER_2026)).isEqualTo(Taux.pourcent(30));
    assertThat(codes(repartir(p, JANVIER_2025))).isEmpty();
    assertThat(codes(repartir(p, JANVIER_2026))).containsExactly(CodeAnomalie.PLAFOND_PREFET_DEPASSE);
  }

  @Test
  @DisplayName("une dérogation de plus d'un an (1er janvier 2025 au 1er février 2026) est refusée, avec son article")
  void plusDUnAn() {
    var v = DerogationPrefet.of(JANVIER_2025, LocalDate.of(2026, 2, 1), Taux.pourcent(35), Optional.empty(), ARRETE, Parametres.nationaux());
    assertThat(!v.isValide()).isTrue();
    assertThat(v.erreurs()).singleElement().satisfies(a -> {
      assertThat(a.code()).isEqualTo(CodeAnomalie.DEROGATION_INVALIDE);
      assertThat(a.message()).contains("un an au plus");
      assertThat(a.reference().orElseThrow().article()).isEqualTo("R.441-5-2");
    });
  }

  @Test
  @DisplayName("toutes les anomalies à la fois : période vide et plafond des agents au-dessus de celui du préfet")
  void anomaliesALaFois() {
    var vide = DerogationPrefet.of(JANVIER_2025, JANVIER_2025, Taux.pourcent(35), Optional.empty(), ARRETE, Parametres.nationaux());
    assertThat(vide.erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.DEROGATION_INVALIDE);
    var agents = DerogationPrefet.of(JANVIER_2025, JANVIER_2026, Taux.pourcent(35), Optional.of(Taux.pourcent(40)), ARRETE,
        Parametres.nationaux());
    assertThat(agents.erreurs()).extracting(Anomalie::chemin).containsExactly("plafond_agents");
    var bas = DerogationPrefet.of(JANVIER_2025, JANVIER_2026, Taux.pourcent(25), Optional.empty(), ARRETE, Parametres.nationaux());
    assertThat(bas.erreurs()).extracting(Anomalie::chemin).containsExactly("plafond");
  }

  @Test
  @DisplayName("une dérogation relevant aussi le plafond des agents à 8 % : 30 % + 8 % sans avertissement sur sa période")
  void agents() {
    DerogationPrefet d = DerogationPrefet.of(JANVIER_2025, JANVIER_2026, Taux.pourcent(38), Optional.of(Taux.pourcent(8)), ARRETE,
        Parametres.nationaux()).valeurOuLever();
    Map<Reservataire, Taux> taux = new LinkedHashMap<>();
    taux.put(Etat.PRIORITAIRES, Taux.pourcent(30));
    taux.put(Etat.AGENTS_PUBLICS, Taux.pourcent(8));
    Resultat<RepartitionDuFlux> o = RepartitionDuFlux.repartir(JANVIER_2025, 100, taux, Fixtures.ALLIADE, d.appliquer(Parametres.nationaux()));
    assertThat(codes(o)).isEmpty();
    Resultat<RepartitionDuFlux> sans = RepartitionDuFlux.repartir(JANVIER_2025, 100, taux, Fixtures.ALLIADE, Parametres.nationaux());
    assertThat(codes(sans)).containsExactly(CodeAnomalie.PLAFOND_PREFET_DEPASSE, CodeAnomalie.PLAFOND_AGENTS_DEPASSE);
  }
}
