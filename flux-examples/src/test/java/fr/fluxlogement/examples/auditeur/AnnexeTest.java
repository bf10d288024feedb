package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.rendu.texte.TexteAnnexe;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rules.convention.Annexe;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Annexe — Parc, droits, modalités de gestion et objectif quantitatif de la commune")
class AnnexeTest {

  private final Annexe annexe = ExempleOrnex.calculer().annexe();

  @Test
  @DisplayName("l'annexe remplit les « XX » du modèle : 142 logements concernés au 01/01/2025, 25 réservés, soit 17,61 %")
  void chiffres() {
    assertThat(annexe.parcConcerne()).isEqualTo(142);
    assertThat(annexe.reserves()).isEqualTo(25);
    assertThat(TexteAnnexe.texte(annexe)).contains("142 logements concernés par la gestion en flux", "25 logements réservés par la commune d'Ornex, soit 17,61 %");
  }

  @Test
  @DisplayName("elle dit le mode de gestion (en direct) et l'objectif (17,61 % du flux, 2 logements), et se déclare illustrative")
  void gestionEtObjectif() {
    assertThat(TexteAnnexe.texte(annexe)).contains("souhaite gérer en direct", "octroyer 17,61 % du flux annuel", "soit 2 logement(s)", "illustratifs");
  }
}
