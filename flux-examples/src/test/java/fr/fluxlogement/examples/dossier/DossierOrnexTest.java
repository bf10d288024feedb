package fr.fluxlogement.examples.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.rendu.texte.TexteAnnexe;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dossier ornex-2025 : lu sur disque, le même exercice que l'exemple travaillé (DonneesOrnex)")
class DossierOrnexTest {

  static final Path DOSSIERS = Path.of(System.getProperty("flux.racine", ".."), "flux-examples", "dossiers");

  private static final LecteurDossier.DossierLu LU = LecteurDossier.lire(DOSSIERS.resolve("ornex-2025"));

  private static ResultatExercice calculer(Exercice e) {
    var v = CalculExercice.calculer(e);
    assertThat(v.isValide()).as(() -> !v.isValide() ? v.erreurs().toString() : "").isTrue();
    return v.valeurOuLever();
  }

  @Test
  @DisplayName("le dossier se lit sans anomalie ; chaque fichier rend son compte (RPLS : 184 lignes lues, 184 acceptées)")
  void lecture() {
    assertThat(LU.anomalies()).isEmpty();
    assertThat(LU.isSansErreur()).isTrue();
    assertThat(LU.lectures()).containsOnlyKeys("rpls.csv", "programmes.csv", "droits.csv", "rotations.csv", "seuils.csv");
    assertThat(LU.lectures().get("rpls.csv").resume()).isEqualTo("lues 184, acceptées 184, rejetées 0");
    assertThat(LU.lectures().get("programmes.csv").resume()).isEqualTo("lues 5, acceptées 5, rejetées 0");
    LU.lectures().values().forEach(b -> assertThat(b.lues()).isEqualTo(b.acceptees() + b.rejetees()));
  }

  @Test
  @DisplayName("CCH R.441-5 : mêmes conventions, mêmes bailleur, année, département, programmes, droits, rotations et seuils")
  void memesDonnees() {
    Exercice lu = LU.exercice().orElseThrow();
    Exercice java = DonneesOrnex.exercice();
    assertThat(lu.bailleur()).isEqualTo(java.bailleur());
    assertThat(lu.annee()).isEqualTo(java.annee());
    assertThat(lu.departement()).isEqualTo(java.departement());
    assertThat(lu.illustratif()).isTrue();
    assertThat(lu.envoiBilan()).isEqualTo(java.envoiBilan());
    assertThat(lu.conventions()).containsExactlyInAnyOrderElementsOf(java.conventions());
    assertThat(lu.programmes()).containsExactlyInAnyOrderElementsOf(java.programmes());
    assertThat(lu.droits()).containsExactlyInAnyOrderElementsOf(java.droits());
    assertThat(lu.rotations()).isEqualTo(java.rotations());
    assertThat(lu.seuils()).isEqualTo(java.seuils());
    assertThat(lu.parc()).hasSize(184);
    assertThat(lu.nom(DonneesOrnex.ORNEX)).isEqualTo("Ornex");
    assertThat(lu.nom(DonneesOrnex.AIN)).isEqualTo("l'Ain");
  }

  @Test
  @DisplayName("convention art. 2, 3, 4.1 et 6 : pour chaque convention, même assiette (142), mêmes taux (25/142 pour la commune), "
      + "même flux (11), mêmes objectifs (2 pour la commune) et même annexe que DonneesOrnex.exercice()")
  void memesFigures() {
    ResultatExercice lu = calculer(LU.exercice().orElseThrow());
    ResultatExercice java = calculer(DonneesOrnex.exercice());
    assertThat(lu.conventions()).extracting(ResultatConvention::cle)
        .containsExactly("ACTION-LOGEMENT@01", "COMMUNE-01281@01281", "DEPARTEMENT-01@01", "ETAT@01");
    assertThat(lu.conventions()).hasSameSizeAs(java.conventions());
    for (int i = 0; i < java.conventions().size(); i++) {
      ResultatConvention a = lu.conventions().get(i);
      ResultatConvention b = java.conventions().get(i);
      assertThat(a.cle()).isEqualTo(b.cle());
      assertThat(a.assiette().taille()).as(a.cle()).isEqualTo(b.assiette().taille()).isEqualTo(142);
      assertThat(a.tauxReservataire()).as(a.cle()).isEqualTo(b.tauxReservataire());
      assertThat(a.reserves()).as(a.cle()).isEqualTo(b.reserves());
      assertThat(cles(a.taux())).as(a.cle()).isEqualTo(cles(b.taux()));
      assertThat(a.flux().flux()).as(a.cle()).isEqualTo(b.flux().flux()).isEqualTo(11);
      assertThat(a.flux().fluxExact()).as(a.cle()).isEqualTo(b.flux().fluxExact());
      assertThat(a.objectif()).as(a.cle()).isEqualTo(b.objectif());
      assertThat(a.objectifs().objectifs()).as(a.cle()).isEqualTo(b.objectifs().objectifs());
      assertThat(a.annexe()).as(a.cle()).isEqualTo(b.annexe());
      assertThat(TexteAnnexe.texte(a.annexe())).as(a.cle()).isEqualTo(TexteAnnexe.texte(b.annexe()));
      assertThat(a.assiette().explication().toTexte()).as(a.cle()).isEqualTo(b.assiette().explication().toTexte());
    }
    ResultatConvention commune = lu.convention(DonneesOrnex.COMMUNE).orElseThrow();
    assertThat(commune.tauxReservataire()).isEqualTo(Taux.of(25, 142));
    assertThat(commune.objectif()).isEqualTo(2);
  }

  private static List<String> cles(List<TauxReservataire> l) {
    return l.stream().map(t -> t.reservataire().cle() + "=" + t.reserves() + ":" + t.taux()).toList();
  }
}
