package fr.fluxlogement.core.anomalie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.convention.TexteConvention;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.reference.References;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Résultat et anomalies (R.441-5-1) : erreurs et avertissements séparés ; une anomalie citée dans sa convention")
class ResultatLimitesTest {

  @Test
  @DisplayName("un résultat valide avec un avertissement et un résultat en échec avec une erreur et un avertissement : chacun à sa place")
  void erreursEtAvertissements() {
    Anomalie erreur = Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, "taux", "taux au-delà de 100 %", References.CCH_R441_5);
    Anomalie avertissement = Anomalie.avertissement(CodeAnomalie.BILAN_TARDIF, "dateEnvoi", "bilan envoyé le 2 mars",
        References.CCH_R441_5_1);
    Resultat<String> ok = Resultat.ok("bilan", List.of(avertissement));
    assertThat(ok.isValide()).isTrue();
    assertThat(ok.valeur()).contains("bilan");
    assertThat(ok.avertissements()).containsExactly(avertissement);
    assertThat(ok.erreurs()).isEmpty();
    Resultat<String> ko = Resultat.echec(List.of(erreur, avertissement));
    assertThat(ko.isValide()).isFalse();
    assertThat(ko.erreurs()).containsExactly(erreur);
    assertThat(ko.avertissements()).containsExactly(avertissement);
    assertThat(ko.anomalies()).containsExactly(erreur, avertissement);
  }

  @Test
  @DisplayName("une anomalie qui cite la clause des engagements (art. 6) est résolue dans le texte de sa convention ; le reste est gardé")
  void resolution() {
    Anomalie a = Anomalie.erreur(CodeAnomalie.TAUX_SUPERIEURS_A_100, "taux", "les taux somment à 110 %", References.CLAUSE_ENGAGEMENTS);
    Anomalie r = a.resoudre(TexteConvention.of("Convention d'Ornex").withArticle(Clause.ENGAGEMENTS, "8").resolveur());
    assertThat(r.reference().orElseThrow().citation()).isEqualTo("Convention d'Ornex, art. 8");
    assertThat(r.code()).isEqualTo(a.code());
    assertThat(r.chemin()).isEqualTo("taux");
    assertThat(r.message()).isEqualTo(a.message());
    assertThat(r.isErreur()).isTrue();
  }
}
