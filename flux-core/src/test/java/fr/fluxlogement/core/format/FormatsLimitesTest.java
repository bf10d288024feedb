package fr.fluxlogement.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Formats : cas limites des lecteurs SNE et RPLS et du CSV (arrêté RPLS ; R.441-2-5 CCH)")
class FormatsLimitesTest {

  private static final String ENTETE = "SIREN_BAILLEUR;DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;PRIORITAIRE;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN";

  private static boolean signale(CompteRenduLecture b, long ligne, String chemin) {
    return b.anomalies().stream().anyMatch(a -> a.ligne().equals(OptionalLong.of(ligne)) && a.chemin().equals(chemin));
  }

  @Test
  @DisplayName("SNE : ressources nulles, dates 1900 et 2100 acceptées, 1899 et 2101 refusées, bail manquant, nombre de 30 caractères accepté et de 31 refusé, ménage prioritaire")
  void sneAuxBornes() {
    Logement l = Logement.builder().identifiant("0000000001").localisation(Localisation.of(Commune.of("01281"), Qpv.HORS_QPV))
        .financement(Financement.PLUS).typologie(Typologie.T3).build();
    Map<String, Logement> parc = Map.of(l.identifiant(), l);
    List<Attribution> a = new ArrayList<>();
    CompteRenduLecture b = LecteurSne.lire(List.of(ENTETE,
        "775584580;02/03/2025;01/04/2025;2;0000000001;1;2;2;0;1;;;",
        "775584580;02/03/2025;01/04/2025;2;0000000001;2;2;2;9000;1;;;",
        "775584580;01/01/1900;31/12/2100;2;0000000001;2;2;2;9000;1;;;",
        "775584580;31/12/1899;01/04/2025;2;0000000001;2;2;2;9000;1;;;",
        "775584580;02/03/2025;01/01/2101;2;0000000001;2;2;2;9000;1;;;",
        "775584580;02/03/2025;;2;0000000001;2;2;2;9000;1;;;",
        "775584580;02/03/2025;01/04/2025;2;0000000001;2;2;2;" + "0".repeat(26) + "9000;1;;;",
        "775584580;02/03/2025;01/04/2025;2;0000000001;2;2;2;" + "0".repeat(27) + "9000;1;;;",
        "775584580;02/03/2025;01/04/2025;2;;2;2;2;9000;1;;;",
        "775584580;02/03/2025;01/04/2025;2;;2;2;2;9000;1;\";01173\";2;11",
        "775584580;02/03/2025;01/04/2025;2;;2;2;2;9000;1;\"\"\"01173\";2;11").iterator(),
        id -> Optional.ofNullable(parc.get(id)), new Bailleur("B", "b"), a::add);
    assertThat(b.resume()).isEqualTo("lues 11, acceptées 4, rejetées 7");
    assertThat(a.get(0).menage().ressourcesAnnuelles()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(a.get(0).menage().isPrioritaire()).isTrue();
    assertThat(a.get(1).menage().isPrioritaire()).isFalse();
    assertThat(a.get(2).dateCaleol()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(a.get(2).dateBail()).contains(LocalDate.of(2100, 12, 31));
    assertThat(a.get(3).menage().ressourcesAnnuelles()).isEqualByComparingTo("9000");
    // numéros de ligne : l'en-tête est la ligne 1
    assertThat(signale(b, 5, "DATE_CALEOL")).isTrue();
    assertThat(signale(b, 6, "DATE_BAIL")).isTrue();
    assertThat(b.anomalies()).anySatisfy(x -> {
      assertThat(x.ligne()).isEqualTo(OptionalLong.of(7));
      assertThat(x.chemin()).isEqualTo("DATE_BAIL");
      assertThat(x.code()).isEqualTo(CodeAnomalie.CHAMP_MANQUANT);
    });
    assertThat(signale(b, 9, "RESSOURCES")).isTrue();
    // sans identifiant RPLS ni description : le logement manque, sans « référence inconnue »
    assertThat(signale(b, 10, "logement.DEPCOM")).isTrue();
    assertThat(signale(b, 10, "RPLS")).isFalse();
    // une commune commençant par « ; » reste un seul champ une fois la ligne recomposée pour le lecteur RPLS
    assertThat(signale(b, 11, "logement.DEPCOM")).isTrue();
    assertThat(signale(b, 11, "logement.ligne")).isFalse();
    // de même une commune commençant par un guillemet
    assertThat(signale(b, 12, "logement.DEPCOM")).isTrue();
    assertThat(signale(b, 12, "logement.ligne")).isFalse();
    // DEPCOM vide : champ manquant ; DEPCOM faux : format invalide
    assertThat(b.anomalies()).filteredOn(x -> x.ligne().equals(OptionalLong.of(10)) && x.chemin().equals("logement.DEPCOM"))
        .extracting(x -> x.code()).containsExactly(CodeAnomalie.CHAMP_MANQUANT);
    assertThat(b.anomalies()).filteredOn(x -> x.ligne().equals(OptionalLong.of(11)) && x.chemin().equals("logement.DEPCOM"))
        .extracting(x -> x.code()).containsExactly(CodeAnomalie.FORMAT_INVALIDE);
  }

  @Test
  @DisplayName("décision de CALEOL : zéro candidat est possible (liste vide), un nombre négatif est une erreur de programmation")
  void decisionCaleolSansCandidat() {
    Logement l = Logement.builder().identifiant("L").localisation(Localisation.of(Commune.of("01281"), Qpv.HORS_QPV))
        .financement(Financement.PLUS).typologie(Typologie.T3).build();
    var d = new fr.fluxlogement.core.evenement.DecisionCaleol(l, fr.fluxlogement.core.acteur.ActionLogement.INSTANCE, LocalDate.of(2025, 1, 6),
        fr.fluxlogement.core.evenement.TypeDecision.REFUS, 0);
    assertThat(d.candidats()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new fr.fluxlogement.core.evenement.DecisionCaleol(l,
        fr.fluxlogement.core.acteur.ActionLogement.INSTANCE, LocalDate.of(2025, 1, 6), fr.fluxlogement.core.evenement.TypeDecision.REFUS, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("RPLS : une colonne lue en dernière position (en-tête réduit), et au plus 1 000 anomalies conservées sur 1 001, toutes comptées")
  void rplsDerniereColonneEtAnomaliesConservees() {
    List<Logement> l = new ArrayList<>();
    CompteRenduLecture b = LecteurRpls.lire(List.of("IDENT_REP;DEPCOM;NBPIECE;FINAN", "A1;01281;3;13").iterator(), l::add);
    assertThat(b.acceptees()).isEqualTo(1);
    assertThat(l.get(0).financement()).isEqualTo(Financement.PLUS);
    List<String> f = new ArrayList<>(List.of("IDENT_REP;DEPCOM;NBPIECE;FINAN"));
    for (int i = 0; i < LecteurRpls.ANOMALIES_CONSERVEES + 1; i++) {
      f.add("X" + i + ";99999;3;13");
    }
    CompteRenduLecture m = LecteurRpls.lire(f.iterator(), x -> { });
    assertThat(m.anomaliesTotal()).isEqualTo(1_001);
    assertThat(m.anomalies()).hasSize(1_000);
    assertThat(m.rejetees()).isEqualTo(1_001);
  }

  @Test
  @DisplayName("CSV : une cellule qui commence par « ; », un guillemet ou un saut de ligne est citée ; une cellule « ' » seule, une ligne courte, un CR final se relisent")
  void csvAuxBornes() {
    assertThat(Csv.cellule(";a")).isEqualTo("\";a\"");
    assertThat(Csv.cellule("\"a")).isEqualTo("\"\"\"a\"");
    assertThat(Csv.cellule("\na")).isEqualTo("\"\na\"");
    // un retour chariot en tête est d'abord neutralisé (apostrophe), puis la cellule est citée
    assertThat(Csv.cellule("\ra")).isEqualTo("\"'\ra\"");
    assertThat(Csv.cellule("a")).isEqualTo("a");
    List<Map<String, String>> r = Csv.lire("a;b\r\n';x\r\n1\r");
    assertThat(r).hasSize(2);
    assertThat(r.get(0)).containsEntry("a", "'").containsEntry("b", "x");
    assertThat(r.get(1)).containsEntry("a", "1").containsEntry("b", "");
    assertThat(Csv.lire("")).isEmpty();
  }
}
