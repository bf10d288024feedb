package fr.fluxlogement.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Formats : nombres, dates et lignes bornés, neutralisation CSV réversible (arrêtés RPLS et SNE)")
class FiabiliteFormatsTest {

  private static final Duration GARDE = Duration.ofSeconds(30);

  @Test
  @DisplayName("un nombre de plus de 40 chiffres ou à exposant de plus de 40 est refusé avant toute expansion, en français")
  void nombresBornes() {
    assertTimeoutPreemptively(GARDE, () -> {
      for (String t : List.of("1e100000000", "1e-1000000", "1E+41", "9".repeat(41), "1/" + "7".repeat(41), "1".repeat(1_000_000))) {
        assertThat(Nombres.depassement(t)).as(t.substring(0, Math.min(20, t.length()))).isNotNull().doesNotContainPattern("[A-Z]{3,}");
        assertThatThrownBy(() -> Nombres.fraction(t)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Nombres.decimal(t)).isInstanceOf(NumberFormatException.class);
      }
    });
    assertThat(Nombres.depassement("9".repeat(40))).isNull();
    assertThat(Nombres.depassement("1e40")).isNull();
    assertThat(Nombres.depassement("1e-40")).isNull();
    assertThat(Nombres.depassement("1e-41")).contains("exposant");
    assertThat(Nombres.depassement("9".repeat(40) + "/" + "9".repeat(40))).isNull();
    assertThat(Nombres.depassement("1ex")).isNull();
    assertThat(Nombres.fraction("9,3 %").toString()).isEqualTo("93/1000");
    assertThat(Nombres.decimal("12,5")).isEqualByComparingTo("12.5");
  }

  @Test
  @DisplayName("dates strictes : 31/04/2025 et 2025-02-30 refusées (non ajustées), +999999999-12-31 refusée, 1900 à 2100 admises")
  void datesStrictes() {
    assertThat(Dates.isoOuFrancaise("31/04/2025").raison()).contains("inexistante");
    assertThat(Dates.isoOuFrancaise("31/02/2025").isLue()).isFalse();
    assertThat(Dates.iso("2025-02-30").raison()).contains("inexistante");
    assertThat(Dates.iso("+999999999-12-31").isLue()).isFalse();
    assertThat(Dates.iso("2101-01-01").raison()).startsWith("date hors");
    assertThat(Dates.iso("1899-12-31").raison()).startsWith("date hors");
    assertThat(Dates.iso("1900-01-01").date()).contains(LocalDate.of(1900, 1, 1));
    assertThat(Dates.isoOuFrancaise("31/12/2100").date()).contains(LocalDate.of(2100, 12, 31));
    assertThat(Dates.iso("29/02/2024").isLue()).isFalse();
    assertThat(Dates.isoOuFrancaise("29/02/2024").date()).contains(LocalDate.of(2024, 2, 29));
    assertThat(Dates.iso(" 2024-02-29 ").isLue()).isTrue();
    assertThat(Dates.iso("2024-2-29").isLue()).isFalse();
    assertThat(Dates.isAnneeAdmise(1900)).isTrue();
    assertThat(Dates.isAnneeAdmise(2101)).isFalse();
  }

  @Test
  @DisplayName("SNE : des ressources ou des UC à exposant énorme sont une anomalie DEBORDEMENT nommant le champ, en un instant")
  void sneNombresBornes() {
    String entete = "DATE_BAIL;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN";
    CompteRenduLecture b = assertTimeoutPreemptively(GARDE, () -> LecteurSne.lire(List.of(entete, "2025-04-01;2;1e100000000;1;01281;3;13",
        "2025-04-01;2;9000;1e-1000000;01281;3;13", "2025-04-01;2;9000;1;01281;3;13").iterator(), id -> Optional.empty(),
        new Bailleur("B", "b"), x -> { }));
    assertThat(b.resume()).isEqualTo("lues 3, acceptées 1, rejetées 2");
    assertThat(b.anomalies()).anyMatch(a -> a.chemin().equals("RESSOURCES") && a.code() == CodeAnomalie.DEBORDEMENT);
    assertThat(b.anomalies()).anyMatch(a -> a.chemin().equals("UC") && a.code() == CodeAnomalie.DEBORDEMENT);
  }

  @Test
  @DisplayName("SNE : des lignes sans identifiant RPLS ont chacune leur logement (sne-ligne-N) ; une valeur citée est masquée")
  void sneSansIdentifiant() {
    String entete = "DATE_BAIL;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN";
    List<String> ids = new ArrayList<>();
    CompteRenduLecture b = LecteurSne.lire(List.of(entete, "2025-04-01;2;9000;1;01281;3;13", "2025-04-01;2;9000;1;01281;3;13",
        "2025-04-01;MARTINEZ;9000;1;01281;3;13").iterator(), id -> Optional.empty(), new Bailleur("B", "b"),
        a -> ids.add(a.logement().identifiant()));
    assertThat(ids).containsExactly("sne-ligne-2", "sne-ligne-3");
    assertThat(b.anomalies()).singleElement().satisfies(a -> assertThat(a.message()).contains("« M*******").doesNotContain("MARTINEZ"));
  }

  @Test
  @DisplayName("SNE : un logement absent du RPLS et décrit par sa ligne garde l'identifiant de la colonne RPLS (arrêté du 17 septembre 2012) ;"
      + " un identifiant de plus de 30 caractères est refusé")
  void sneIdentifiantDecrit() {
    String entete = "DATE_BAIL;RPLS;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN";
    List<String> ids = new ArrayList<>();
    CompteRenduLecture b = LecteurSne.lire(List.of(entete, "2025-04-01;X1;2;9000;1;01281;3;13", "2025-04-01;X2;2;9000;1;01281;3;13",
        "2025-04-01;" + "Y".repeat(31) + ";2;9000;1;01281;3;13").iterator(), id -> Optional.empty(), new Bailleur("B", "b"),
        a -> ids.add(a.logement().identifiant()));
    assertThat(ids).containsExactly("X1", "X2");
    assertThat(b.resume()).isEqualTo("lues 3, acceptées 2, rejetées 1");
    assertThat(b.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.chemin()).isEqualTo("RPLS");
      assertThat(a.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
      assertThat(a.ligne()).hasValue(4);
    });
  }

  @Test
  @DisplayName("RPLS et SNE : un identifiant de logement cité qui contient « ; » est une anomalie de sa ligne, jamais une exception")
  void identifiantAvecPointVirgule() {
    List<String> ids = new ArrayList<>();
    CompteRenduLecture r = LecteurRpls.lire(List.of("IDENT_REP;DEPCOM;NBPIECE;FINAN", "\"A;B\";01281;3;13", "C;01281;3;13").iterator(),
        x -> ids.add(x.identifiant()));
    assertThat(ids).containsExactly("C");
    assertThat(r.resume()).isEqualTo("lues 2, acceptées 1, rejetées 1");
    assertThat(r.anomalies()).singleElement().satisfies(a -> {
      assertThat(a.chemin()).isEqualTo("IDENT_REP");
      assertThat(a.ligne()).hasValue(2);
    });
    CompteRenduLecture s = LecteurSne.lire(List.of("DATE_BAIL;RPLS;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN",
        "2025-04-01;\"A;B\";2;9000;1;01281;3;13").iterator(), id -> Optional.empty(), new Bailleur("B", "b"), a -> ids.add("sne"));
    assertThat(s.resume()).isEqualTo("lues 1, acceptées 0, rejetées 1");
    assertThat(s.anomalies()).anyMatch(a -> a.ligne().equals(java.util.OptionalLong.of(2)) && a.code() == CodeAnomalie.FORMAT_INVALIDE);
  }

  @Test
  @DisplayName("RPLS : une ligne trop longue et une ligne de caractères de contrôle sont comptées et rejetées à leur numéro, la lecture continue")
  void lignesRejeteesComptees() {
    List<String> l = List.of("IDENT_REP;DEPCOM;NBPIECE;FINAN", "A;01281;3;13", "B;01281;3;" + "1".repeat(LecteurRpls.LONGUEUR_MAXIMALE_LIGNE),
        "\u0001\u0002", "C;01\r281;3;13", "\"D;01281;3;13", "   ", "E;01281;3;13");
    List<String> ids = new ArrayList<>();
    CompteRenduLecture b = LecteurRpls.lire(l.iterator(), x -> ids.add(x.identifiant()));
    assertThat(b.resume()).isEqualTo("lues 6, acceptées 2, rejetées 4");
    assertThat(ids).containsExactly("A", "E");
    assertThat(b.anomalies()).extracting(a -> a.ligne().getAsLong()).containsExactly(3L, 4L, 5L, 6L);
    assertThat(b.anomalies().get(0).code()).isEqualTo(CodeAnomalie.DEBORDEMENT);
    assertThat(LecteurRpls.lire(List.of("x".repeat(LecteurRpls.LONGUEUR_MAXIMALE_LIGNE + 1), "A").iterator(), x -> { }).anomalies())
        .anyMatch(a -> a.message().startsWith("en-tête de plus de"));
  }

  @Test
  @DisplayName("CSV : une vraie apostrophe en tête est gardée ('=1 relu '=1) ; la neutralisation ne touche ni les nombres ni une apostrophe seule")
  void apostropheReelle() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", "'=1");
    m.put("b", "''");
    m.put("c", "'");
    m.put("d", "'abc");
    m.put("e", "=1");
    m.put("f", "-12,5");
    List<Map<String, String>> relu = Csv.lire(Csv.ecrire(List.of(m)));
    assertThat(relu.get(0)).containsExactly(Map.entry("a", "'=1"), Map.entry("b", "''"), Map.entry("c", "'"), Map.entry("d", "'abc"),
        Map.entry("e", "=1"), Map.entry("f", "-12,5"));
    assertThat(Csv.cellule("'=1")).isEqualTo("''=1");
    assertThat(Csv.cellule("'abc")).isEqualTo("'abc");
  }

  private static Gen<String> valeurs() {
    String alphabet = "'=+-@\t\r\n;\" aZé0123456789,%";
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 8)
        .map(l -> {
          StringBuilder b = new StringBuilder();
          l.forEach(i -> b.append(alphabet.charAt(i)));
          return b.toString();
        });
  }

  @Test
  @DisplayName("CSV : écrire puis relire rend exactement chaque valeur, y compris celles qui commencent par ', =, +, -, @ (10 000 tables)")
  void allerRetourExact() {
    Proprietes.qt(10_000).forAll(lists().of(valeurs()).ofSizeBetween(1, 4), strings().numeric()).checkAssert((v, graine) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < v.size(); i++) {
        m.put("c" + i, v.get(i));
      }
      List<Map<String, String>> relu = Csv.lire(Csv.ecrire(List.of(m, m)));
      assertThat(relu).hasSize(2);
      for (Map<String, String> r : relu) {
        for (int i = 0; i < v.size(); i++) {
          assertThat(r.get("c" + i)).isEqualTo(v.get(i));
        }
        String csv = Csv.ecrire(List.of(m));
        assertThat(csv.substring(csv.indexOf("\r\n") + 2)).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
      }
    });
  }
}
