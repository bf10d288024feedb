package fr.fluxlogement.examples.cas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.examples.ornex.ExempleOrnex;
import fr.fluxlogement.rendu.Colonne;
import fr.fluxlogement.rendu.Table;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rules.bilan.LigneBilan;
import fr.fluxlogement.rules.bilan.RapportBilan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Sorties : bilan et annexe en CSV et JSON ; commandes flux assiette et flux bilan")
class SortiesTest {

  private static String[] executer(String... args) {
    Commande.Sorties s = Commande.executer(args);
    return new String[] {s.out(), s.err(), Integer.toString(s.code())};
  }

  @Test
  @DisplayName("le bilan d'Ornex écrit en CSV puis relu redonne les mêmes figures ; l'annexe aussi")
  void allerRetour() {
    ExempleOrnex.Figures f = ExempleOrnex.calculer();
    RapportBilan r = f.bilan();
    List<Map<String, String>> relu = Csv.lire(Tables.BILAN.csv(r.lignes()));
    assertThat(relu).hasSize(r.lignes().size());
    for (int i = 0; i < relu.size(); i++) {
      LigneBilan l = r.lignes().get(i);
      for (Colonne<LigneBilan> c : Tables.BILAN.colonnes()) {
        assertThat(relu.get(i).getOrDefault(c.entete(), "")).as(c.entete()).isEqualTo(c.lire(l).map(Table::texte).orElse(""));
      }
    }
    Map<String, String> annexe = Csv.lire(Tables.ANNEXE.csv(List.of(f.annexe()))).get(0);
    assertThat(annexe).containsEntry("parc_concerne", "142").containsEntry("taux", "17,61 %").containsEntry("logements_dus", "2");
    assertThat(Tables.ANNEXE.json(f.annexe())).contains("\"parc_concerne\" : 142", "\"taux\" : \"17,61 %\"");
  }

  @Test
  @DisplayName("flux assiette --rpls : un fichier latin-1 de trois logements, l'assiette de la commune et le compte des lignes")
  void assiette(@TempDir Path dossier) throws Exception {
    Path f = dossier.resolve("rpls.csv");
    Files.write(f, "IDENT_REP;DEPCOM;LIBCOM;NBPIECE;FINAN;MODE\nA;01281;Ornex;3;13;1\nB;01281;Ornex;2;16;1\nC;01153;Échenevex;2;13;1\nD;0128;Ornex;2;13;1\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    String[] r = executer("assiette", "--rpls", f.toString(), "--commune", "01281", "--annee", "2025");
    assertThat(r[0]).contains("assiette 2025 (commune 01281) : 1", "exclus : logements PLI : 1", "encodage ISO-8859-1 ; lues 4, acceptées 3, rejetées 1");
    assertThat(r[1]).contains("ligne 5, DEPCOM : code INSEE de commune invalide");
  }

  @Test
  @DisplayName("flux bilan --attributions --rpls --format csv|json : le bilan d'un fichier du SNE, neutralisé pour le tableur")
  void bilan(@TempDir Path dossier) throws Exception {
    Path rpls = dossier.resolve("rpls.csv");
    Files.writeString(rpls, "IDENT_REP;DEPCOM;EPCI;NBPIECE;FINAN\nA;01281;240100750;3;13\nB;01281;240100750;2;11\n");
    Path sne = dossier.resolve("sne.csv");
    Files.writeString(sne, "DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC\n"
        + "02/03/2025;01/04/2025;2;A;1;2;9000;1\n03/03/2025;02/04/2025;1;B;2;4;30000;2\n03/03/2025;xx;1;B;2;4;30000;2\n");
    String[] csv = executer("bilan", "--attributions", sne.toString(), "--rpls", rpls.toString(), "--annee", "2025", "--format", "csv");
    assertThat(csv[0]).startsWith("\uFEFFpartie;libelle;propositions");
    assertThat(csv[0]).contains("ETAT-PRIORITAIRES;État (ménages prioritaires);0;1;1");
    assertThat(csv[1]).contains("lues 3, acceptées 2, rejetées 1", "DATE_BAIL");
    String[] json = executer("bilan", "--attributions", sne.toString(), "--rpls", rpls.toString(), "--annee", "2025", "--format", "json");
    assertThat(json[0]).startsWith("{\"annee\":2025");
    assertThat(executer("bilan", "--attributions", sne.toString(), "--annee", "2025", "--format", "xml")[1]).contains("format inconnu");
  }
}
