package fr.fluxlogement.rules.flux;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.ALLIADE;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Flux, objectifs et premières mises en location : cas limites (convention art. 2, 4.1, 5.3 et 6)")
class FluxLimitesTest {

  private static final Map<Integer, Taux> DIX_POUR_CENT = Map.of(2022, Taux.pourcent(10), 2023, Taux.pourcent(10), 2024, Taux.pourcent(10));

  @Test
  @DisplayName("art. 2 : des déductions égales aux libérations (100 × 10 % − 10 mutations) donnent un flux nul, sans anomalie")
  void deductionsEgales() {
    var f = CalculFlux.calculer(EntreesFlux.of(2025, 100, DIX_POUR_CENT).withMutations(10));
    assertThat(f.isValide()).isTrue();
    assertThat(f.valeurOuLever().flux()).isZero();
    assertThat(f.valeurOuLever().fluxExact()).isEqualTo(Fraction.ZERO);
    assertThat(CalculFlux.calculer(EntreesFlux.of(2025, 100, DIX_POUR_CENT).withMutations(11)).isValide()).isFalse();
  }

  @Test
  @DisplayName("art. 4.1 : l'explication cite les trois années de rotation (2022 à 2024) et les premières mises en location quand il y en a")
  void explication() {
    String avec = CalculFlux.calculer(EntreesFlux.of(2025, 100, DIX_POUR_CENT).withPremieresMisesEnLocation(3)).valeurOuLever().explication().toTexte();
    assertThat(avec).contains("assiette 100 × rotation moyenne 10 % + 3 premières mises en location",
        "moyenne des taux départementaux RPLS de 2022 à 2024", "rotation 2022 : 10 %", "rotation 2023 : 10 %", "rotation 2024 : 10 %");
    String sans = CalculFlux.calculer(EntreesFlux.of(2025, 100, DIX_POUR_CENT)).valeurOuLever().explication().toTexte();
    assertThat(sans).doesNotContain("premières mises en location");
  }

  @Test
  @DisplayName("art. 6 : des taux sommant à 100 % tout juste sont valides ; le reste du bailleur est nul ; objectifs dans l'ordre des clés")
  void tauxCentPourCent() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(COMMUNE_ORNEX, Taux.pourcent(40));
    t.put(AL, Taux.pourcent(60));
    RepartitionDuFlux o = RepartitionDuFlux.repartir(LocalDate.of(2025, 1, 1), 10, t, ALLIADE, Parametres.nationaux()).valeurOuLever();
    assertThat(o.logements(AL)).isEqualTo(6);
    assertThat(o.logements(COMMUNE_ORNEX)).isEqualTo(4);
    assertThat(o.logements(ALLIADE.partNonReservee())).isZero();
    assertThat(o.objectifs()).extracting(x -> x.partie().cle()).isSorted();
  }

  @Test
  @DisplayName("R.441-5-2 I : sur 10 logements, l'État (27 %) reçoit le plus fort reste (2,7 → 3), puis ses agents publics le leur (5/27 de 3)")
  void etatPlusFortReste() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(Etat.PRIORITAIRES, Taux.pourcent(22));
    t.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
    t.put(AL, Taux.pourcent(41));
    t.put(COMMUNE_ORNEX, Taux.pourcent(32));
    // quotas 2,7 / 4,1 / 3,2 : planchers 2 + 4 + 3 = 9, le dixième au plus fort reste (0,7, l'État)
    // puis 3 × 22/27 = 2,44 et 3 × 5/27 = 0,56 : planchers 2 + 0, le troisième aux agents (0,56 > 0,44)
    RepartitionDuFlux o = RepartitionDuFlux.repartir(LocalDate.of(2025, 1, 1), 10, t, ALLIADE, Parametres.nationaux()).valeurOuLever();
    assertThat(o.logements(Etat.PRIORITAIRES)).isEqualTo(2);
    assertThat(o.logements(Etat.AGENTS_PUBLICS)).isEqualTo(1);
    assertThat(o.logements(AL)).isEqualTo(4);
    assertThat(o.logements(COMMUNE_ORNEX)).isEqualTo(3);
    assertThat(o.explication().toTexte()).contains("État (préfet), les deux contingents ensemble : 3 (quota 2,7, plus fort reste");
  }

  @Test
  @DisplayName("art. 5.3 : État 30 % et Action Logement 70 % couvrent tout le programme ; sur 7 logements, le plus fort reste est dit")
  void premiereMiseEnLocationLimites() {
    Programme dix = Programme.builder().identifiant("N10").commune(ORNEX).nombreLogements(10).dateMiseEnService(LocalDate.of(2025, 9, 1))
        .financement(Financement.PLUS).build();
    var d = PremiereMiseEnLocation.designer(dix, Map.of(AL, Taux.pourcent(70)), ALLIADE, Parametres.nationaux());
    assertThat(d.isValide()).isTrue();
    assertThat(d.valeurOuLever().logements()).containsEntry(Etat.PRIORITAIRES, 3L).containsEntry(AL, 7L);
    Programme sept = Programme.builder().from(dix).identifiant("N7").nombreLogements(7).build();
    // 7 × 30 % = 2,1 ; 7 × 25 % = 1,75 ; reste 45 % = 3,15 : planchers 2 + 1 + 3 = 6, le septième à Action Logement (0,75)
    var s = PremiereMiseEnLocation.designer(sept, Map.of(AL, Taux.pourcent(25)), ALLIADE, Parametres.nationaux()).valeurOuLever();
    assertThat(s.logements()).containsEntry(Etat.PRIORITAIRES, 2L).containsEntry(AL, 2L).containsEntry(ALLIADE.partNonReservee(), 3L);
    assertThat(s.explication().toTexte()).contains("Action Logement Services : 2 (quota 1,75, plus fort reste)", "État (ménages prioritaires) : 2 (quota 2,1)");
  }
}
