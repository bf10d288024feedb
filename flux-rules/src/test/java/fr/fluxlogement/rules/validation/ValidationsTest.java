package fr.fluxlogement.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validations : comptes de logements, erreurs et avertissements (convention art. 2)")
class ValidationsTest {

  @Test
  @DisplayName("un compte de 0 à 10¹² est bon ; −1 est négatif ; 10¹² + 1 déborde ; chaque rejet est une erreur au chemin donné")
  void comptes() {
    List<Anomalie> a = new ArrayList<>();
    assertThat(Validations.verifierCompte(0, "zero", References.CLAUSE_ASSIETTE, a)).isTrue();
    assertThat(Validations.verifierCompte(Validations.COMPTE_MAXIMUM, "max", References.CLAUSE_ASSIETTE, a)).isTrue();
    assertThat(a).isEmpty();
    assertThat(Validations.verifierCompte(-1, "negatif", References.CLAUSE_ASSIETTE, a)).isFalse();
    assertThat(Validations.verifierCompte(Validations.COMPTE_MAXIMUM + 1, "enorme", References.CLAUSE_ASSIETTE, a)).isFalse();
    assertThat(a).extracting(Anomalie::code, Anomalie::chemin).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CodeAnomalie.NOMBRE_NEGATIF, "negatif"), org.assertj.core.groups.Tuple.tuple(CodeAnomalie.DEBORDEMENT, "enorme"));
  }

  @Test
  @DisplayName("une validation porte la valeur s'il n'y a que des avertissements, toutes les erreurs sinon ; un résultat du cœur se convertit de même")
  void selonEtOf() {
    Anomalie avertissement = Anomalie.avertissement(CodeAnomalie.BILAN_TARDIF, "x", "tard", References.CLAUSE_ENGAGEMENTS);
    Anomalie erreur = Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, "y", "faux", References.CLAUSE_ENGAGEMENTS);
    assertThat(Validations.selon(List.of(avertissement), () -> 42).get()).isEqualTo(42);
    var invalide = Validations.selon(List.of(avertissement, erreur), () -> 42);
    assertThat(invalide.isValid()).isFalse();
    assertThat(Validations.anomalies(invalide)).containsExactly(erreur);
    assertThat(Validations.anomalies(Validations.selon(List.of(), () -> 1))).isEmpty();
    assertThat(Validations.of(Resultat.ok("v")).get()).isEqualTo("v");
    assertThat(Validations.anomalies(Validations.of(Resultat.echec(List.of(erreur))))).containsExactly(erreur);
  }
}
