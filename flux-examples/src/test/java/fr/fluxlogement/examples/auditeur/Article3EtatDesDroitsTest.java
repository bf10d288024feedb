package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rules.droits.DroitsGarantie;
import fr.fluxlogement.rules.droits.TauxReservataire;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Article 3 — L'état du stock de logements réservés")
class Article3EtatDesDroitsTest {

  private final ExempleOrnex.Figures f = ExempleOrnex.calculer();

  @Test
  @DisplayName("une garantie d'emprunt ouvre au plus 20 % des logements de l'opération : 48 logements garantis donnent 9 droits")
  void plafondDesGaranties() {
    Programme ouches = DonneesOrnex.programmes().get(0);
    long droits = DroitsGarantie.calculer(ouches, Parametres.nationaux()).valeurOuLever().valeur().stream().mapToLong(DroitReservation::quantite).sum();
    assertThat(droits).isEqualTo(9);
    assertThat(droits * 5).isLessThanOrEqualTo(ouches.nombreLogements());
  }

  @Test
  @DisplayName("ces droits se répartissent au prorata des garanties : 50/50 sur 7 droits donnent 4 à la commune et 3 au département")
  void prorata() {
    assertThat(f.droitsGaranties().get("P-VIGNES").toTexte()).contains("commune d'Ornex : 4", "département de l'Ain : 3");
  }

  @Test
  @DisplayName("le taux est actualisé chaque année : en 2026 le programme neuf entre dans l'assiette et ses 4 droits s'ajoutent à ceux de la commune")
  void actualisation() {
    TauxReservataire t2025 = f.taux().stream().filter(t -> t.reservataire().equals(DonneesOrnex.COMMUNE)).findFirst().orElseThrow();
    assertThat(t2025.reserves()).isEqualTo(25);
    long assiette2026 = f.assiette().taille() + 24;
    TauxReservataire t2026 = f.etatDesDroits().taux(2026, assiette2026, Set.of()).valeurOuLever().stream()
        .filter(t -> t.reservataire().equals(DonneesOrnex.COMMUNE)).findFirst().orElseThrow();
    assertThat(t2026.reserves()).isEqualTo(29);
    assertThat(t2026.taux()).isEqualTo(Taux.of(29, 166));
  }
}
