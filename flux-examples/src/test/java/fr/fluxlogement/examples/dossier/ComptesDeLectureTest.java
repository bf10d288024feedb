package fr.fluxlogement.examples.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.format.CompteRenduLecture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

@DisplayName("Comptes de lecture : chaque fichier CSV du dossier rend lues = acceptées + rejetées, ligne à ligne")
class ComptesDeLectureTest {

  /** Des lignes valides et fautives, le nombre de valides attendu. */
  private record Cas(String fichier, String texte, long lues, long acceptees) {}

  private static final List<Cas> CAS = List.of(
      new Cas("programmes.csv", "programme;commune;logements;mise_en_service;financement;garant;quotite;pret;debut;fin;rembourse\n"
          + "P-OUCHES;01281;48;2009-09-01;PLUS;COMMUNE-01281;100 %;CDC-OUCHES;2008-03-01;2048-03-01;\n"
          + "P-VIGNES;01281;36;2014-06-01;PLAI;COMMUNE-01281;50 %;CDC-VIGNES;2013-05-01;2053-05-01;\n"
          + "P-VIGNES;01281;37;2014-06-01;PLAI;DEPARTEMENT-01;50 %;CDC-VIGNES;2013-05-01;2053-05-01;\n"
          + "\n"
          + "P-TERRASSES;01281;60;2018-10-01;PLUS;COMMUNE-01281;150 %;CDC-TERRASSES;2017-02-01;2057-02-01;\n"
          + "P-COEUR;01281;24;01/09/2025;PLUS;COMMUNE-01281;100 %;CDC-COEUR;2024-04-01;2064-04-01;\n"
          + "P-SEUL;01281;12;2020-01-01;PLUS;;;;;;\n"
          + "P-FAUX;01281;12;2020-01-01;PLUS;;;;2020-01-01;;\n"
          + "P-COURT;01281;12\n", 8, 4),
      new Cas("droits.csv", "titulaire;origine;programme;commune;logements;debut;fin;source\n"
          + "ACTION-LOGEMENT;FINANCEMENT_ACTION_LOGEMENT;P-VIGNES;;12;2014-06-01;2054-05-31;x\n"
          + "ACTION-LOGEMENT;financement_action_logement;;01281;3;2014-06-01;;\n"
          + "ETAT-PRIORITAIRES;AUTRE;;01281;3;2014-06-01;;\n"
          + "ACTION-LOGEMENT;DON;;01281;3;2014-06-01;;\n"
          + "ACTION-LOGEMENT;AUTRE;;01281;-3;2014-06-01;;\n"
          + "ACTION-LOGEMENT;AUTRE;;01281;3;2014-06-01;2010-01-01;\n", 6, 2),
      new Cas("rotations.csv", "annee;taux\n2022;8,9 %\n2023;0,084\n2024;81/1000\n2024;8 %\n2025;140 %\n20x5;8 %\n", 6, 3),
      new Cas("seuils.csv", "epci;annee;seuil\n240100750;2025;11200\n240100750;2024;10 900,50\n240100751;2025;11200\n"
          + "240100750;2025;11300\n240100750;2023;-1\n", 5, 2));

  @Test
  @DisplayName("programmes, droits, rotations, seuils : lignes fautives rejetées et comptées, les autres acceptées")
  void chaqueLecteur(@TempDir Path tmp) throws Exception {
    Path d = Copie.copier(CommandeExerciceTest.DOSSIERS.resolve("ornex-2025"), tmp.resolve("ornex"));
    for (Cas c : CAS) {
      Files.writeString(d.resolve(c.fichier()), c.texte(), StandardCharsets.UTF_8);
    }
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    for (Cas c : CAS) {
      CompteRenduLecture b = lu.lectures().get(c.fichier());
      assertThat(b.lues()).as(c.fichier()).isEqualTo(c.lues());
      assertThat(b.acceptees()).as(c.fichier()).isEqualTo(c.acceptees());
      assertThat(b.lues()).as(c.fichier()).isEqualTo(b.acceptees() + b.rejetees());
      long lignesRejetees = lu.anomalies().stream().filter(a -> a.fichier().equals(c.fichier()) && a.anomalie().ligne().isPresent()
          && a.anomalie().ligne().getAsLong() > 1).map(a -> a.anomalie().ligne().getAsLong()).distinct().count();
      assertThat(lignesRejetees).as(c.fichier() + " : chaque ligne rejetée a au moins une anomalie").isEqualTo(b.rejetees());
    }
  }

  @Test
  @DisplayName("libérations et attributions : un logement inconnu du RPLS, un type inconnu, une date hors de l'année sont rejetés")
  void liberationsEtAttributions(@TempDir Path tmp) throws Exception {
    Path d = Copie.copier(CommandeExerciceTest.DOSSIERS.resolve("ornex-2025"), tmp.resolve("ornex"));
    Files.writeString(d.resolve("liberations.csv"), "logement;type;date\nORN-OUC10;preavis_un_mois;2025-03-01\n"
        + "ORN-INCONNU;preavis_un_mois;2025-03-01\nORN-OUC11;preavis_deux_mois;2025-03-01\nORN-OUC12;PREAVIS_TROIS_MOIS;2024-12-01\n",
        StandardCharsets.UTF_8);
    Files.writeString(d.resolve("attributions.csv"), "DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC\n"
        + "01/04/2025;15/04/2025;2;ORN-OUC10;2;COMMUNE-01281;14000;1,5\n"
        + "01/04/2025;15/04/2025;2;ORN-OUC10;2;9;14000;1,5\n", StandardCharsets.UTF_8);
    String m = Files.readString(d.resolve("dossier.yaml"), StandardCharsets.UTF_8);
    Files.writeString(d.resolve("dossier.yaml"), m + "  liberations: liberations.csv\n  attributions: attributions.csv\n", StandardCharsets.UTF_8);
    LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
    assertThat(lu.lectures().get("liberations.csv").resume()).isEqualTo("lues 4, acceptées 1, rejetées 3");
    assertThat(lu.lectures().get("attributions.csv").resume()).isEqualTo("lues 2, acceptées 1, rejetées 1");
    assertThat(lu.exercice().orElseThrow().attributions()).singleElement()
        .satisfies(a -> assertThat(a.contingent()).isEqualTo(fr.fluxlogement.examples.ornex.DonneesOrnex.COMMUNE));
  }

  @Test
  @DisplayName("propriété : pour tout mélange de lignes valides et fautives de rotations.csv, acceptées = valides et lues = acceptées + rejetées")
  void propriete(@TempDir Path tmp) throws Exception {
    Path d = Copie.copier(CommandeExerciceTest.DOSSIERS.resolve("ornex-2025"), tmp.resolve("ornex"));
    String[] fautives = {"20x4;8 %", "2024", "2024;huit", "1800;8 %", "2024;101 %", ";8 %", "2024;;", "2024;-1 %"};
    QuickTheory.qt().withFixedSeed(20250101L).withExamples(200).forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 30))
        .check(tirages -> {
          StringBuilder sb = new StringBuilder("annee;taux\n");
          long valides = 0;
          int annee = 1990;
          for (int x : tirages) {
            if (x < 16) {
              sb.append(fautives[x % fautives.length]).append('\n');
            } else if (x < 20) {
              sb.append('\n');
            } else {
              sb.append(annee++).append(';').append(x % 20).append(",5 %\n");
              valides++;
            }
          }
          try {
            Files.writeString(d.resolve("rotations.csv"), sb.toString(), StandardCharsets.UTF_8);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          LecteurDossier.DossierLu lu = LecteurDossier.lire(d);
          CompteRenduLecture b = lu.lectures().get("rotations.csv");
          Map<Integer, ?> rotations = lu.exercice().orElseThrow().rotations();
          return b.acceptees() == valides && b.lues() == b.acceptees() + b.rejetees() && rotations.size() == valides
              && b.lues() == tirages.stream().filter(x -> x < 16 || x >= 20).count();
        });
  }
}
