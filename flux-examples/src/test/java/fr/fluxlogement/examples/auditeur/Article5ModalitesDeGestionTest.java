package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rules.flux.PremiereMiseEnLocation;
import fr.fluxlogement.rules.objectifs.Indicateur;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Article 5 — Les modalités de gestion de la réservation des collectivités")
class Article5ModalitesDeGestionTest {

  private final ExempleOrnex.Figures f = ExempleOrnex.calculer();

  @Test
  @DisplayName("la commune gère ses droits en direct : elle présente elle-même trois candidats (5.1)")
  void gestionDirecte() {
    assertThat(DonneesOrnex.convention().modeGestion()).isEqualTo(ModeGestion.DIRECTE);
    assertThat(Parametres.nationaux().valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2025, 1, 1))).isEqualTo(3);
  }

  @Test
  @DisplayName("quel que soit le mode, 25 % des attributions du contingent vont aux ménages prioritaires : la commune est contrôlée")
  void prioritaires() {
    ResultatObjectif r = f.controles().stream()
        .filter(x -> x.partie().map(p -> p.equals(DonneesOrnex.COMMUNE)).orElse(false) && x.indicateur() == Indicateur.PRIORITAIRES)
        .findFirst().orElseThrow();
    // recompté sur les attributions de l'année : baux signés en 2025 au titre de la commune, hors mutation
    var siennes = f.annee().attributions().stream()
        .filter(a -> a.contingent().equals(DonneesOrnex.COMMUNE) && !a.mutation() && a.dateBail().map(d -> d.getYear() == 2025).orElse(false))
        .toList();
    long prioritaires = siennes.stream().filter(a -> a.menage().isPrioritaire()).count();
    assertThat(r.cible()).isEqualTo(Taux.pourcent(25));
    assertThat(r.base()).isEqualTo(siennes.size()).isEqualTo(2);
    assertThat(r.publicCible()).isEqualTo(prioritaires);
    // 25 % de 2 attributions demandent 1 ménage prioritaire (arrondi au supérieur) : l'écart est ce qui manque
    assertThat(r.ecart()).isEqualTo(Math.max(0, 1 - prioritaires));
    assertThat(r.isAtteint()).isEqualTo(prioritaires >= 1);
  }

  @Test
  @DisplayName("et 25 % des attributions suivies d'un bail hors QPV vont au premier quartile : l'écart est chiffré en ménages")
  void premierQuartile() {
    ResultatObjectif r = f.controles().stream()
        .filter(x -> x.partie().isEmpty() && x.indicateur() == Indicateur.Q1_HORS_QPV).findFirst().orElseThrow();
    assertThat(r.cible()).isEqualTo(Taux.pourcent(25));
    assertThat(r.base()).isEqualTo(11);
    assertThat(r.ecart()).isEqualTo(Math.max(0, 3 - r.publicCible()));
  }

  @Test
  @DisplayName("5.3 : la première mise en location d'un programme neuf reste en stock et reflète son financement, l'État prenant 30 %")
  void programmeNeuf() {
    Programme coeur = DonneesOrnex.programmes().get(3);
    Map<Reservataire, Long> d = PremiereMiseEnLocation.designer(coeur, Map.of(DonneesOrnex.COMMUNE, Taux.pourcent(20)),
        DonneesOrnex.ALLIADE, Parametres.nationaux()).valeurOuLever().logements();
    assertThat(d.get(Etat.PRIORITAIRES)).isEqualTo(7);
    assertThat(d.get(DonneesOrnex.COMMUNE)).isEqualTo(5);
    assertThat(d.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24);
  }

  @Test
  @DisplayName("5.4 : les logements neufs NPNRU sont exclus du flux (aucun à Ornex)")
  void npnru() {
    assertThat(f.assiette().exclus(fr.fluxlogement.rules.assiette.MotifExclusion.NEUF_NPNRU)).isZero();
  }

  @Test
  @DisplayName("art. 5.3 : dans l'exercice, P-COEUR (24 logements mis en location en 2025) est désigné à l'État (30 %), à la commune (20 %, sa part de financeur) et au bailleur")
  void premiereMiseEnLocationDansLExercice() {
    var d = f.resultat().premieresLocations();
    assertThat(d).extracting(x -> x.programme()).containsExactly("P-COEUR");
    // quotas : 24 × 30 % = 7,2 ; 24 × 20 % = 4,8 ; 24 × 50 % = 12 → 7 + 4 + 12 = 23, le dernier au plus fort reste (0,8, la commune)
    assertThat(d.get(0).logements()).containsEntry(Etat.PRIORITAIRES, 7L).containsEntry(DonneesOrnex.COMMUNE, 5L)
        .containsEntry(DonneesOrnex.ALLIADE.partNonReservee(), 12L);
    assertThat(d.get(0).explication().toTexte()).contains(DonneesOrnex.TITRE + ", art. 5.3");
  }
}
