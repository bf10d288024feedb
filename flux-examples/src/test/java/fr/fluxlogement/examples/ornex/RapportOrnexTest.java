package fr.fluxlogement.examples.ornex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Le rapport complet de l'exemple d'Ornex est un fichier de référence : toute différence, même d'un
 * caractère, est une régression à examiner (et, si elle est voulue, à recopier dans le fichier
 * après relecture).
 */
@DisplayName("Exemple d'Ornex : le rapport complet est identique au fichier de référence")
class RapportOrnexTest {

  @Test
  @DisplayName("le rapport 2025 est identique, caractère pour caractère, à ornex/rapport-2025.txt")
  void rapportDeReference() throws IOException {
    String attendu;
    try (InputStream in = getClass().getResourceAsStream("/ornex/rapport-2025.txt")) {
      attendu = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ExempleOrnex.rapport()).isEqualTo(attendu);
  }

  @Test
  @DisplayName("le rapport est déterministe : deux calculs donnent le même texte")
  void deterministe() {
    assertThat(ExempleOrnex.rapport()).isEqualTo(ExempleOrnex.rapport());
  }
}
