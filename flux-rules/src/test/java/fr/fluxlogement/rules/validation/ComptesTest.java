package fr.fluxlogement.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.reference.References;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Comptes : comptes de logements bornés, erreurs au chemin donné (convention art. 2)")
class ComptesTest {

  @Test
  @DisplayName("un compte de 0 à 10¹² est bon ; −1 est négatif ; 10¹² + 1 déborde ; chaque rejet est une erreur au chemin donné")
  void comptes() {
    List<Anomalie> a = new ArrayList<>();
    assertThat(Comptes.verifier(0, "zero", References.CLAUSE_ASSIETTE, a)).isTrue();
    assertThat(Comptes.verifier(Comptes.MAXIMUM, "max", References.CLAUSE_ASSIETTE, a)).isTrue();
    assertThat(a).isEmpty();
    assertThat(Comptes.verifier(-1, "negatif", References.CLAUSE_ASSIETTE, a)).isFalse();
    assertThat(Comptes.verifier(Comptes.MAXIMUM + 1, "enorme", References.CLAUSE_ASSIETTE, a)).isFalse();
    assertThat(a).extracting(Anomalie::code, Anomalie::chemin).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CodeAnomalie.NOMBRE_NEGATIF, "negatif"), org.assertj.core.groups.Tuple.tuple(CodeAnomalie.DEBORDEMENT, "enorme"));
  }
}
