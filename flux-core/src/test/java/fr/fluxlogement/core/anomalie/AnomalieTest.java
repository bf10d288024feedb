package fr.fluxlogement.core.anomalie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.reference.References;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Anomalies : code stable, chemin, ligne, message français, référence")
class AnomalieTest {

  @Test
  @DisplayName("une anomalie de fichier se rend avec sa ligne, son chemin, son code et sa référence")
  void rendu() {
    Anomalie a = Anomalie.erreur(CodeAnomalie.CODE_INCONNU, "MODE", "code inconnu « 7 »", References.ARRETE_RPLS).aLaLigne(12);
    assertThat(a.toTexte()).isEqualTo("ligne 12, MODE : code inconnu « 7 » [CODE_INCONNU] (Arrêté du 5 janvier 2010 (RPLS), art. 3)");
    assertThat(a.sous("logements[3]").chemin()).isEqualTo("logements[3].MODE");
    assertThat(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "", "vide").sous("x").chemin()).isEqualTo("x");
    Anomalie avert = Anomalie.avertissement(CodeAnomalie.PLAFOND_PREFET_DEPASSE, "taux", "35 %", References.CCH_R441_5_2_I);
    assertThat(avert.isErreur()).isFalse();
    assertThat(avert.toTexte()).startsWith("avertissement : taux : 35 %");
    assertThat(CodeAnomalie.BILAN_TARDIF.libelle()).isEqualTo("bilan envoyé hors délai");
  }

  @Test
  @DisplayName("un résultat porte une valeur et ses avertissements, ou toutes ses erreurs, jamais les deux")
  void resultat() {
    Anomalie erreur = Anomalie.erreur(CodeAnomalie.NOMBRE_NEGATIF, "parc", "négatif");
    Anomalie avert = Anomalie.avertissement(CodeAnomalie.PLAFOND_PREFET_DEPASSE, "taux", "35 %", References.CCH_R441_5_2_I);
    assertThat(Resultat.ok(3).isValide()).isTrue();
    assertThat(Resultat.ok(3, List.of(avert)).avertissements()).containsExactly(avert);
    assertThat(Resultat.<Integer>echec(List.of(erreur, avert)).erreurs()).containsExactly(erreur);
    assertThat(Resultat.selon(List.of(avert), () -> 4).valeur()).contains(4);
    assertThat(Resultat.selon(List.of(erreur), () -> 4).isValide()).isFalse();
    assertThat(Resultat.ok(3).map(x -> x * 2).valeur()).contains(6);
    Resultat<Integer> enchaine = Resultat.ok(3, List.of(avert)).flatMap(x -> Resultat.echec(List.of(erreur)));
    assertThat(enchaine.anomalies()).containsExactly(avert, erreur);
    assertThat(Resultat.<Integer>echec(List.of(erreur)).flatMap(x -> Resultat.ok(x)).anomalies()).containsExactly(erreur);
    assertThatThrownBy(() -> new Resultat<>(Optional.of(1), List.of(erreur))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Resultat.echec(List.of(avert))).isInstanceOf(IllegalArgumentException.class);
  }
}
