package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rules.calendrier.ZoneCalendaire;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Article 1 — Le cadre territorial de la convention")
class Article1CadreTerritorialTest {

  private final Convention convention = DonneesOrnex.convention();

  @Test
  @DisplayName("la convention lie le bailleur Alliade Habitat et la collectivité, la commune d'Ornex")
  void parties() {
    assertThat(convention.bailleur().nom()).isEqualTo("Alliade Habitat");
    assertThat(convention.reservataire().libelle()).isEqualTo("commune d'Ornex");
  }

  @Test
  @DisplayName("elle porte sur le parc du bailleur sur le territoire de la commune (INSEE 01281), dans l'Ain, au sein du Pays de Gex")
  void territoire() {
    assertThat(convention.territoire().code()).isEqualTo("01281");
    assertThat(DonneesOrnex.ORNEX.departement().code()).isEqualTo("01");
    assertThat(DonneesOrnex.PAYS_DE_GEX.siren()).isEqualTo("240100750");
    assertThat(DonneesOrnex.parc()).allMatch(l -> l.localisation().epci().orElseThrow().equals(DonneesOrnex.PAYS_DE_GEX));
  }

  @Test
  @DisplayName("les délais s'y comptent avec les jours fériés de la métropole (l'Ain n'est pas en Alsace-Moselle)")
  void calendrier() {
    assertThat(ZoneCalendaire.de(DonneesOrnex.ORNEX)).isEqualTo(ZoneCalendaire.METROPOLE);
    assertThat(convention.modeGestion()).isEqualTo(ModeGestion.DIRECTE);
  }
}
