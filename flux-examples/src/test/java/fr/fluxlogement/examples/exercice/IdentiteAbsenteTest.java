package fr.fluxlogement.examples.exercice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.examples.ornex.DonneesOrnex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Aucune convention, partie ni commune n'est écrite dans le code de la bibliothèque : les identités
 * sont des données (CCH R.441-5 : une convention par bailleur, réservataire et département).
 */
@DisplayName("Identité : aucune convention, partie ni commune d'un exemple n'est écrite dans flux-core ni flux-rules (CCH R.441-5)")
class IdentiteAbsenteTest {

  /** Le code des modules, commentaires retirés (un exemple de Javadoc n'est pas une constante). */
  private static List<String> code() throws IOException {
    List<String> l = new ArrayList<>();
    for (String module : List.of("flux-core", "flux-rules")) {
      Path racine = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> fichiers = Files.walk(racine)) {
        for (Path f : fichiers.filter(p -> p.toString().endsWith(".java")).toList()) {
          String s = Files.readString(f, StandardCharsets.UTF_8);
          s = s.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
          l.add(f + "\n" + s);
        }
      }
    }
    return l;
  }

  @Test
  @DisplayName("ni le titre, ni le bailleur, ni la commune, ni l'EPCI de l'exemple d'Ornex n'apparaissent dans le code")
  void ornexEstUneDonnee() throws IOException {
    List<String> identites = List.of(DonneesOrnex.TITRE, DonneesOrnex.ALLIADE.nom(), "Alliade", "Ornex", DonneesOrnex.ORNEX.code(),
        DonneesOrnex.PAYS_DE_GEX.siren(), "Pays de Gex", "AUCOURT", "GUICHARD");
    List<String> code = code();
    assertThat(code).hasSizeGreaterThan(100);
    for (String fichier : code) {
      for (String identite : identites) {
        assertThat(fichier).as("identité « %s »", identite).doesNotContainIgnoringCase(identite);
      }
    }
  }

  @Test
  @DisplayName("le contrôle voit bien une identité qui serait écrite dans une chaîne (témoin)")
  void temoin() {
    String s = "class X { String t = \"Convention Ornex\"; } // Ornex en commentaire".replaceAll("(?m)//.*$", "");
    assertThat(s).containsIgnoringCase("Ornex");
    assertThat("/** Ornex */ class Y {}".replaceAll("(?s)/\\*.*?\\*/", "")).doesNotContain("Ornex");
  }
}
