package fr.fluxlogement.rules.exercice;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.ALLIADE;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Chaîne d'une convention : taux (art. 3, R.441-5), flux (art. 4.1, R.441-5-1), objectifs (art. 6, R.441-5-2)")
class ChaineConventionTest {

  private static final LocalDate DEBUT = LocalDate.of(2020, 1, 1);
  private static final Map<Integer, Taux> ROTATIONS = Map.of(2022, Taux.pourcent(7), 2023, Taux.pourcent(8), 2024, Taux.pourcent(9));

  private static DroitReservation droit(Reservataire r, long n) {
    return new DroitReservation(r, OrigineDroit.AUTRE, n, DEBUT, Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Map<Reservataire, Taux> prefet() {
    Map<Reservataire, Taux> m = new LinkedHashMap<>();
    m.put(Etat.PRIORITAIRES, Taux.pourcent(25));
    m.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
    return m;
  }

  @Test
  @DisplayName("R.441-5, R.441-5-1 et R.441-5-2 : assiette 1 000, commune 40 et Action Logement 220 réservés, rotation 7-8-9 %, préfet 25 % + 5 % → flux 72, objectifs 3, 16, 18, 3 et 32 pour le bailleur")
  void chaineComplete() {
    ChaineConvention c = ChaineConvention.calculer(ChaineConvention.Entrees.of(2025, ALLIADE, Parametres.nationaux())
        .withAssiette(1_000)
        .withDroits(List.of(droit(COMMUNE_ORNEX, 40), droit(AL, 220)), Set.of())
        .withFlux(EntreesFlux.of(2025, 1_000, ROTATIONS))
        .withRepartition(prefet()));
    assertThat(c.erreurs()).isEmpty();
    // 40 / 1 000 = 4 % ; 220 / 1 000 = 22 %
    assertThat(c.taux().orElseThrow().valeurOuLever()).extracting(t -> t.taux()).containsExactlyInAnyOrder(Taux.pourcent(4), Taux.pourcent(22));
    // 1 000 × (7 + 8 + 9) / 3 % = 80 libérations, 10 % de mutations (paramètre national) = 8 : 72
    assertThat(c.flux().orElseThrow().valeurOuLever().flux()).isEqualTo(72);
    // 72 × 4 % = 2,88 ; × 22 % = 15,84 ; × 30 % = 21,6 ; × 44 % = 31,68 : planchers 2, 15, 21, 31 (69),
    // les 3 restants aux plus forts restes 0,88, 0,84, 0,68 : commune 3, AL 16, État 21, bailleur 32 ;
    // État : 21 × 25/30 = 17,5 et 21 × 5/30 = 3,5, le reste égal va au plus grand taux : 18 et 3
    RepartitionDuFlux o = c.objectifs().orElseThrow().valeurOuLever();
    assertThat(o.logements(COMMUNE_ORNEX)).isEqualTo(3);
    assertThat(o.logements(AL)).isEqualTo(16);
    assertThat(o.logements(Etat.PRIORITAIRES)).isEqualTo(18);
    assertThat(o.logements(Etat.AGENTS_PUBLICS)).isEqualTo(3);
    assertThat(o.logements(ALLIADE.partNonReservee())).isEqualTo(32);
  }

  @Test
  @DisplayName("art. 6 : un flux donné tel quel se répartit quand aucun flux n'est calculé ; un taux ajouté prime sur celui des droits")
  void fluxDonneEtTauxAjoute() {
    Map<Reservataire, Taux> ajoutes = prefet();
    ajoutes.put(COMMUNE_ORNEX, Taux.pourcent(10));
    ChaineConvention c = ChaineConvention.calculer(ChaineConvention.Entrees.of(2025, ALLIADE, Parametres.nationaux())
        .withAssiette(1_000).withDroits(List.of(droit(COMMUNE_ORNEX, 40)), Set.of()).withFluxDonne(20).withRepartition(ajoutes));
    assertThat(c.flux()).isEmpty();
    // 20 × 10 % = 2 ; 20 × 30 % = 6 (5 et 1) ; le bailleur 12
    RepartitionDuFlux o = c.objectifs().orElseThrow().valeurOuLever();
    assertThat(o.logements(COMMUNE_ORNEX)).isEqualTo(2);
    assertThat(o.logements(Etat.PRIORITAIRES)).isEqualTo(5);
    assertThat(o.logements(Etat.AGENTS_PUBLICS)).isEqualTo(1);
    assertThat(o.logements(ALLIADE.partNonReservee())).isEqualTo(12);
  }

  @Test
  @DisplayName("rien de demandé, rien de calculé ; une étape demandée sans son entrée : CHAMP_MANQUANT ; une étape amont fausse : pas d'objectifs")
  void etapesManquantes() {
    ChaineConvention.Entrees vide = ChaineConvention.Entrees.of(2025, ALLIADE, Parametres.nationaux());
    ChaineConvention rien = ChaineConvention.calculer(vide);
    assertThat(rien.taux()).isEmpty();
    assertThat(rien.flux()).isEmpty();
    assertThat(rien.objectifs()).isEmpty();

    ChaineConvention sansAssiette = ChaineConvention.calculer(vide.withDroits(List.of(droit(AL, 1)), Set.of()));
    assertThat(sansAssiette.erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.CHAMP_MANQUANT);
    assertThat(sansAssiette.erreurs().get(0).message()).contains("assiette");

    ChaineConvention sansFlux = ChaineConvention.calculer(vide.withRepartition(prefet()));
    assertThat(sansFlux.erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.CHAMP_MANQUANT);
    assertThat(sansFlux.erreurs().get(0).message()).contains("flux annuel manquant");

    // 120 logements réservés sur une assiette de 100 : les taux échouent, les objectifs ne sont pas calculés
    ChaineConvention tropDeDroits = ChaineConvention.calculer(vide.withAssiette(100).withDroits(List.of(droit(AL, 120)), Set.of())
        .withFluxDonne(10).withRepartition(prefet()));
    assertThat(tropDeDroits.erreurs()).extracting(Anomalie::code).containsExactly(CodeAnomalie.DROITS_SUPERIEURS_A_ASSIETTE);
    assertThat(tropDeDroits.objectifs()).isEmpty();
  }
}
