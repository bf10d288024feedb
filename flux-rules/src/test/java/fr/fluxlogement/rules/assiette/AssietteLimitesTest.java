package fr.fluxlogement.rules.assiette;

import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assiette : cas limites (convention art. 2 et 5.3 ; R.441-5 CCH)")
class AssietteLimitesTest {

  @Test
  @DisplayName("art. 5.3 : un programme mis en service dans l'année N est en première mise en location ; mis en service en N-1, il entre dans l'assiette")
  void miseEnServiceALaBorne() {
    Logement base = Logement.builder().from(logement("S")).anneeMiseEnLocation(java.util.OptionalInt.empty()).build();
    Logement cetteAnnee = Logement.builder().from(base).dateMiseEnService(LocalDate.of(2025, 1, 1)).build();
    Logement anneePassee = Logement.builder().from(base).dateMiseEnService(LocalDate.of(2024, 12, 31)).build();
    assertThat(MotifExclusion.de(cetteAnnee, 2025)).contains(MotifExclusion.PREMIERE_MISE_EN_LOCATION);
    assertThat(MotifExclusion.de(anneePassee, 2025)).isEmpty();
    assertThat(MotifExclusion.de(base, 2025)).isEmpty();
  }

  @Test
  @DisplayName("chaque motif d'exclusion a son libellé français et cite la convention et le texte national")
  void libellesEtReferences() {
    assertThat(MotifExclusion.PLI.libelle()).isEqualTo("logements PLI");
    assertThat(MotifExclusion.VENTE.references()).containsExactly(References.CLAUSE_ASSIETTE, References.CCH_L443_7);
    for (MotifExclusion m : MotifExclusion.values()) {
      assertThat(m.libelle()).isNotBlank();
      assertThat(m.references()).hasSize(2);
    }
  }

  @Test
  @DisplayName("art. 2 : des exclusions égales au parc donnent une assiette nulle, pas une anomalie")
  void exclusionsEgalesAuParc() {
    var a = CalculAssiette.depuisComptes(2025, ORNEX, 5, Map.of(MotifExclusion.PLI, 2L, MotifExclusion.VENTE, 3L));
    assertThat(a.isValide()).isTrue();
    assertThat(a.valeurOuLever().retenus().total()).isZero();
    assertThat(CalculAssiette.depuisComptes(2025, ORNEX, 5, Map.of(MotifExclusion.PLI, 6L)).isValide()).isFalse();
  }

  @Test
  @DisplayName("la ventilation compte les logements en QPV et hors QPV")
  void ventilationQpv() {
    Logement q = Logement.builder().from(logement("Q")).localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.EN_QPV)).build();
    Ventilation.Compteur c = new Ventilation.Compteur();
    c.ajouter(q);
    c.ajouter(logement("H1"));
    c.ajouter(logement("H2"));
    Ventilation v = c.toVentilation();
    assertThat(v.enQpv()).isEqualTo(1);
    assertThat(v.horsQpv()).isEqualTo(2);
    assertThat(v.total()).isEqualTo(3);
  }

  @Test
  @DisplayName("parc en colonnes : tailles, bornes des groupes, égalité, et construction depuis des logements")
  void parcColonnes() {
    ParcColonnes vide = ParcColonnes.of(0, new int[0], new byte[0], new short[0]);
    assertThat(vide.taille()).isZero();
    assertThat(vide.groupes()).isZero();
    assertThat(vide.assiettes(2025)).isEmpty();
    assertThatThrownBy(() -> ParcColonnes.of(-1, new int[0], new byte[0], new short[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParcColonnes.of(1, new int[1], new byte[0], new short[1])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParcColonnes.of(1, new int[1], new byte[1], new short[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParcColonnes.of(2, new int[] {2}, new byte[1], new short[1])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParcColonnes.of(2, new int[] {-1}, new byte[1], new short[1])).isInstanceOf(IllegalArgumentException.class);
    Logement pli = Logement.builder().from(logement("P")).financement(Financement.PLI).build();
    Logement neuf = Logement.builder().from(logement("N")).anneeMiseEnLocation(2020).dateMiseEnService(LocalDate.of(2025, 3, 1)).build();
    ParcColonnes p = ParcColonnes.of(List.of(logement("A"), pli, neuf), 2, new int[] {0, 1, 1});
    assertThat(p.taille()).isEqualTo(3);
    assertThat(p.groupes()).isEqualTo(2);
    // groupe 0 : un logement retenu ; groupe 1 : un PLI et une première mise en location (2025, la plus tardive des deux dates)
    long[][] a = p.assiettes(2025);
    assertThat(a[0][0]).isEqualTo(1);
    assertThat(a[1][0]).isZero();
    assertThat(a[1][1 + MotifExclusion.PLI.ordinal()]).isEqualTo(1);
    assertThat(a[1][1 + MotifExclusion.PREMIERE_MISE_EN_LOCATION.ordinal()]).isEqualTo(1);
    ParcColonnes memes = ParcColonnes.of(2, new int[] {0, 1, 1}, new byte[] {0, 1, 0}, new short[] {2005, 2005, 2025});
    assertThat(p).isEqualTo(memes).hasSameHashCodeAs(memes);
    assertThat(p).isNotEqualTo(ParcColonnes.of(3, new int[] {0, 1, 1}, new byte[] {0, 1, 0}, new short[] {2005, 2005, 2025}));
    assertThat(p).isNotEqualTo(ParcColonnes.of(2, new int[] {0, 0, 1}, new byte[] {0, 1, 0}, new short[] {2005, 2005, 2025}));
    assertThat(p).isNotEqualTo(ParcColonnes.of(2, new int[] {0, 1, 1}, new byte[] {0, 2, 0}, new short[] {2005, 2005, 2025}));
    assertThat(p).isNotEqualTo(ParcColonnes.of(2, new int[] {0, 1, 1}, new byte[] {0, 1, 0}, new short[] {2005, 2005, 2024}));
    assertThat(p).isNotEqualTo("parc");
  }
}
