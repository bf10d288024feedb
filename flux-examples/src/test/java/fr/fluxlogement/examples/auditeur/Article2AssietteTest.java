package fr.fluxlogement.examples.auditeur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Article 2 — Le parc locatif social concerné par la gestion en flux")
class Article2AssietteTest {

  private final ExempleOrnex.Figures f = ExempleOrnex.calculer();

  @Test
  @DisplayName("l'assiette est le parc du bailleur au 01/01/2025 (184 logements) moins les logements non concernés : 142")
  void assiette() {
    Assiette a = f.assiette();
    assertThat(a.parc().total()).isEqualTo(184);
    assertThat(a.taille()).isEqualTo(142);
    assertThat(a.parc().total() - a.totalExclus()).isEqualTo(a.taille());
  }

  @Test
  @DisplayName("sont exclus les PLI (6), les logements-foyers (10), les logements en vente (2) et, selon l'art. 5.3, le programme neuf (24)")
  void exclusions() {
    Assiette a = f.assiette();
    assertThat(a.exclus(MotifExclusion.PLI)).isEqualTo(6);
    assertThat(a.exclus(MotifExclusion.FOYER_OU_ASSOCIATION)).isEqualTo(10);
    assertThat(a.exclus(MotifExclusion.VENTE)).isEqualTo(2);
    assertThat(a.exclus(MotifExclusion.PREMIERE_MISE_EN_LOCATION)).isEqualTo(24);
    assertThat(a.exclus(MotifExclusion.RESERVATION_STOCK)).isZero();
  }

  @Test
  @DisplayName("sans objectif de la CUS, les mutations internes sont 10 % des libérations, déduites du flux")
  void mutations() {
    assertThat(Parametres.nationaux().valeur(Parametres.TAUX_MUTATIONS_DEFAUT, LocalDate.of(2025, 1, 1))).isEqualTo(Taux.pourcent(10));
    assertThat(f.flux().mutations()).isEqualTo(f.flux().liberations().fois(Fraction.of(1, 10)));
    assertThat(f.assiette().explication().toTexte()).contains("art. 2");
  }
}
