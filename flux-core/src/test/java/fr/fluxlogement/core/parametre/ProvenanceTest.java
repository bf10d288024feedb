package fr.fluxlogement.core.parametre;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.reference.References;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Provenance d'une valeur : une clause de convention (art. 7) ou le texte national (R.441-5-2)")
class ProvenanceTest {

  @Test
  @DisplayName("une valeur fondée sur une clause vient de la convention ; sur le CCH, elle est nationale")
  void selonLaSource() {
    assertThat(Parametres.provenance(References.CLAUSE_DUREE)).isEqualTo(Provenance.CONVENTION);
    assertThat(Parametres.provenance(References.CCH_R441_5_2_I)).isEqualTo(Provenance.NATIONAL);
  }
}
