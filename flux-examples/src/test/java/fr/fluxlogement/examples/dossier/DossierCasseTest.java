package fr.fluxlogement.examples.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.examples.dossier.CommandeExerciceTest.Sorties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Dossier abîmé : code 1, chaque anomalie avec son fichier et sa ligne, le reste calculé et écrit")
class DossierCasseTest {

  private static Path ornex(Path tmp) throws Exception {
    return Copie.copier(CommandeExerciceTest.DOSSIERS.resolve("ornex-2025"), tmp.resolve("ornex"));
  }

  private static void remplacer(Path f, String avant, String apres) throws Exception {
    String t = Files.readString(f, StandardCharsets.UTF_8);
    assertThat(t).contains(avant);
    Files.writeString(f, t.replace(avant, apres), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("convention art. 3 : une ligne fautive dans droits.csv est rejetée (fichier, ligne, champ) ; les autres sont comptées ; code 1")
  void ligneFautiveDansLesDroits(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    Files.writeString(d.resolve("droits.csv"), "ACTION-LOGEMENT;FINANCEMENT_ACTION_LOGEMENT;P-VIGNES;;douze;2014-06-01;;\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.isSansErreur()).isFalse();
    assertThat(lu.lectures().get("droits.csv").resume()).isEqualTo("lues 3, acceptées 2, rejetées 1");
    assertThat(lu.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.fichier()).isEqualTo("droits.csv");
      assertThat(a.anomalie().ligne().getAsLong()).isEqualTo(4);
      assertThat(a.anomalie().chemin()).isEqualTo("logements");
      assertThat(a.anomalie().code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
      assertThat(a.toTexte()).isEqualTo("droits.csv : ligne 4, logements : nombre entier attendu : « douze » [FORMAT_INVALIDE] "
          + "(convention de réservation, art. 3)");
    });
    Path sortie = tmp.resolve("sortie");
    Sorties s = CommandeExerciceTest.executer("exercice", d.toString(), "--sortie", sortie.toString());
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("droits.csv : lues 3, acceptées 2, rejetées 1", "droits.csv : ligne 4, logements");
    assertThat(Files.readString(sortie.resolve("anomalies.txt"))).contains("Erreurs : 1", "droits.csv : ligne 4, logements");
    assertThat(sortie.resolve("synthese.csv")).as("le reste est calculé et écrit").isRegularFile();
    assertThat(sortie.resolve("conventions/COMMUNE-01281@01281/annexe.txt")).isRegularFile();
  }

  @Test
  @DisplayName("un fichier nommé par le manifeste manque : anomalie au manifeste, à la ligne qui le nomme ; code 1")
  void fichierManquant(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    Files.delete(d.resolve("seuils.csv"));
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.fichier()).isEqualTo("dossier.yaml");
      assertThat(a.anomalie().chemin()).isEqualTo("fichiers.seuils");
      assertThat(a.anomalie().code()).isEqualTo(CodeAnomalie.REFERENCE_INCONNUE);
      assertThat(a.anomalie().ligne().getAsLong()).isEqualTo(ligneDe(d.resolve("dossier.yaml"), "seuils: seuils.csv"));
      assertThat(a.toTexte()).contains("fichier introuvable : « seuils.csv »");
    });
    Sorties s = CommandeExerciceTest.executer("exercice", d.toString(), "--sortie", tmp.resolve("sortie").toString());
    assertThat(s.code()).isEqualTo(1);
    assertThat(s.err()).contains("dossier.yaml : ligne ", "fichiers.seuils : fichier introuvable");
  }

  @Test
  @DisplayName("un champ inconnu du manifeste (faute de frappe) est une anomalie à sa ligne ; code 1")
  void champInconnu(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    remplacer(d.resolve("dossier.yaml"), "illustratif: oui\n", "illustratif: oui\nenvoi_bilans: 2026-02-20\n");
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.fichier()).isEqualTo("dossier.yaml");
      assertThat(a.anomalie().code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
      assertThat(a.anomalie().chemin()).isEqualTo("envoi_bilans");
      assertThat(a.anomalie().ligne().getAsLong()).isEqualTo(ligneDe(d.resolve("dossier.yaml"), "envoi_bilans:"));
      assertThat(a.anomalie().message()).contains("champ inconnu « envoi_bilans »");
    });
    assertThat(CommandeExerciceTest.executer("exercice", d.toString(), "--sortie", tmp.resolve("s").toString()).code()).isEqualTo(1);
  }

  @Test
  @DisplayName("convention art. 3 : un droit sur un programme inconnu, ou sans programme ni commune, est rejeté à sa ligne")
  void droitNonSitue(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    Files.writeString(d.resolve("droits.csv"), "ACTION-LOGEMENT;APPORT_FINANCIER;P-INCONNU;;3;2020-01-01;;\n"
        + "COMMUNE-01281;APPORT_FONCIER;;;2;2020-01-01;;\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.lectures().get("droits.csv").resume()).isEqualTo("lues 4, acceptées 2, rejetées 2");
    assertThat(lu.anomalies()).extracting(a -> a.anomalie().code() + "@" + a.anomalie().ligne().getAsLong())
        .containsExactly("REFERENCE_INCONNUE@4", "DROIT_SANS_TERRITOIRE@5");
  }

  @Test
  @DisplayName("manifeste : version, réservataire inconnu, clause et paramètre inconnus, gestion inconnue — toutes les anomalies ensemble")
  void manifesteFautif(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    remplacer(d.resolve("dossier.yaml"), "version: 1", "version: 2");
    remplacer(d.resolve("dossier.yaml"), "reservataire: ACTION-LOGEMENT", "reservataire: ACTION-LOGIS");
    remplacer(d.resolve("dossier.yaml"), "    gestion: directe\n", "    gestion: directe\n    articles: {flux: \"4\"}\n"
        + "    parametres: {part_prefet: 25 %}\n");
    remplacer(d.resolve("dossier.yaml"), "  \"01281\": Ornex\n", "  \"01281\": Ornex\n  \"01281\": Ornex bis\n");
    remplacer(d.resolve("dossier.yaml"), "gestion: deleguee\n  - reservataire: DEPARTEMENT-01", "gestion: mixte\n  - reservataire: DEPARTEMENT-01");
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.exercice()).isPresent();
    assertThat(lu.anomalies()).allSatisfy(a -> assertThat(a.fichier()).isEqualTo("dossier.yaml"))
        .allSatisfy(a -> assertThat(a.anomalie().ligne()).isPresent())
        .extracting(a -> a.anomalie().chemin() + " " + a.anomalie().code())
        .containsExactly("version HORS_DOMAINE", "noms.01281 DOUBLON", "conventions[0].articles.flux CODE_INCONNU", "conventions[0].parametres.part_prefet CODE_INCONNU",
            "conventions[2].reservataire CODE_INCONNU", "conventions[2].gestion CODE_INCONNU");
  }

  @Test
  @DisplayName("RPLS (arrêté du 5 janvier 2010) : une ligne fautive et un identifiant répété sont rejetés à leur ligne ; lues = acceptées + rejetées")
  void rplsFautif(@TempDir Path tmp) throws Exception {
    Path d = ornex(tmp);
    Files.writeString(d.resolve("rpls.csv"), "ORN-OUC00;01281;240100750;2;2;13;1;2;2009;2008\nORN-X;0128;240100750;2;2;13;1;2;2009;2008\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.lectures().get("rpls.csv").resume()).isEqualTo("lues 186, acceptées 184, rejetées 2");
    assertThat(lu.anomalies()).extracting(a -> a.fichier() + ":" + a.anomalie().ligne().getAsLong() + ":" + a.anomalie().code())
        .containsExactlyInAnyOrder("rpls.csv:186:DOUBLON", "rpls.csv:187:FORMAT_INVALIDE");
    assertThat(lu.exercice().orElseThrow().parc()).hasSize(184);
  }

  private static long ligneDe(Path f, String texte) throws Exception {
    var lignes = Files.readAllLines(f, StandardCharsets.UTF_8);
    for (int i = 0; i < lignes.size(); i++) {
      if (lignes.get(i).contains(texte)) {
        return i + 1;
      }
    }
    throw new AssertionError(texte + " absent de " + f);
  }
}
