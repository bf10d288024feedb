package fr.fluxlogement.core.parametre;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Les valeurs légales datées viennent de fichiers de données, un par paramètre")
class ParametresDonneesTest {

  private static final Path DONNEES = Path.of("src", "main", "parametres");
  private static final Path GENERATEUR = Path.of("src", "build", "GenerateurParametres.java");

  @Test
  @DisplayName("chaque paramètre déclaré a son fichier et sa chronologie, et chaque fichier nomme un paramètre déclaré")
  void unFichierParParametre() throws Exception {
    List<String> declares = new ArrayList<>();
    for (Field f : Parametres.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Parametre.class) {
        declares.add(((Parametre<?>) f.get(null)).nom());
      }
    }
    List<String> fichiers;
    try (var s = Files.list(DONNEES)) {
      fichiers = s.map(p -> p.getFileName().toString().replace(".properties", "")).sorted().toList();
    }
    assertThat(fichiers).containsExactlyInAnyOrderElementsOf(declares);
    assertThat(Parametres.nationaux().cles()).extracting(Parametre::nom).containsExactlyInAnyOrderElementsOf(declares);
  }

  @Test
  @DisplayName("R.441-5-2 I, L.441-1, R.441-3, R.441-6 et CPC 642 : les valeurs lues des fichiers sont celles des textes")
  void valeursDesTextes() {
    Parametres p = Parametres.nationaux();
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThat(p.valeurDatee(Parametres.PLAFOND_PREFET, d).valeur()).isEqualTo(Taux.of(3, 10));
    assertThat(p.valeurDatee(Parametres.PLAFOND_PREFET, d).source()).isEqualTo(References.CCH_R441_5_2_I);
    assertThat(p.valeurDatee(Parametres.PLAFOND_PREFET, d).provenance()).isEqualTo(Provenance.NATIONAL);
    assertThat(p.valeur(Parametres.PLAFOND_AGENTS, d)).isEqualTo(Taux.of(1, 20));
    assertThat(p.valeur(Parametres.OBJECTIF_PRIORITAIRES, d)).isEqualTo(Taux.of(1, 4));
    assertThat(p.valeur(Parametres.OBJECTIF_Q2_Q4_EN_QPV, d)).isEqualTo(Taux.of(1, 2));
    assertThat(p.valeur(Parametres.NOMBRE_CANDIDATS, d)).isEqualTo(3);
    assertThat(p.valeur(Parametres.PROROGATION_GARANTIE_ANNEES, d)).isEqualTo(5);
    assertThat(p.valeur(Parametres.REPORT_JOUR_NON_OUVRE, d)).isTrue();
    assertThat(p.valeur(Parametres.ARRONDI_GARANTIES, d)).isEqualTo(Arrondi.PLANCHER);
    assertThat(p.valeur(Parametres.DELAI_CANDIDATS_PREAVIS_1_MOIS, d)).isEqualTo(Delai.joursOuvres(5));
    assertThat(p.valeurDatee(Parametres.TAUX_MUTATIONS_DEFAUT, d).provenance()).isEqualTo(Provenance.CONVENTION);
  }

  private static Process generer(Path donnees, Path sortie) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), GENERATEUR.toString(), donnees.toString(), sortie.toString()).redirectErrorStream(true).start();
  }

  @Test
  @DisplayName("un fichier de données faux arrête la construction, avec le fichier et la raison en français, toutes les erreurs à la fois")
  void donneeFausse(@TempDir Path dir) throws Exception {
    Path donnees = Files.createDirectories(dir.resolve("donnees"));
    Files.writeString(donnees.resolve("plafond_prefet.properties"),
        "ordre = 1\ntype = taux\nvaleur.2020-02-22 = trente pour cent ; CCH_R441_5_2_I\nvaleur.2020-13-01 = 30 % ; CCH_R441_5_2_I\n",
        StandardCharsets.UTF_8);
    Files.writeString(donnees.resolve("Mauvaise-Cle.properties"), "ordre = 2\ntype = couleur\nautre = 1\n", StandardCharsets.UTF_8);
    Process p = generer(donnees, dir.resolve("sortie"));
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String sortie = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(sortie).contains("plafond_prefet.properties : taux invalide « trente pour cent »")
        .contains("plafond_prefet.properties : date de début invalide « valeur.2020-13-01 »")
        .contains("Mauvaise-Cle.properties : clé invalide")
        .contains("Mauvaise-Cle.properties : type inconnu « couleur »")
        .contains("Mauvaise-Cle.properties : champ inconnu « autre »");
    assertThat(dir.resolve("sortie")).doesNotExist();
  }

  @Test
  @DisplayName("deux valeurs datées : la première s'arrête au premier jour de la seconde")
  void deuxPeriodes(@TempDir Path dir) throws Exception {
    Path donnees = Files.createDirectories(dir.resolve("donnees"));
    Files.writeString(donnees.resolve("plafond_prefet.properties"),
        "ordre = 1\ntype = taux\nvaleur.1900-01-01 = 30 % ; CCH_R441_5\nvaleur.2020-02-22 = 30 % ; CCH_R441_5_2_I\n", StandardCharsets.UTF_8);
    Process p = generer(donnees, dir.resolve("sortie"));
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    String java = Files.readString(dir.resolve(Path.of("sortie", "fr", "fluxlogement", "core", "parametre", "ParametresNationaux.java")));
    assertThat(java).contains("new ValeurDatee<>(LocalDate.of(1900, 1, 1), Optional.of(LocalDate.of(2020, 2, 22)), Taux.of(\"30 %\"), "
        + "References.CCH_R441_5,")
        .contains("new ValeurDatee<>(LocalDate.of(2020, 2, 22), Optional.empty(), Taux.of(\"30 %\"), References.CCH_R441_5_2_I,");
  }
}
