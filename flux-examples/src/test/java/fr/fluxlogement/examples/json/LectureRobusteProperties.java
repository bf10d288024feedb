package fr.fluxlogement.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rendu.json.Cles;
import fr.fluxlogement.rendu.json.ExerciceJson;
import fr.fluxlogement.rules.exercice.Exercice;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

@DisplayName("Lecture JSON de l'exercice : jamais d'exception, toujours des anomalies situées")
class LectureRobusteProperties {

  /** La limite de taille d'un document (celle de {@code fr.fluxlogement.rendu.json.Lecture}). */
  private static final int MAX_CARACTERES = 16 * 1024 * 1024;

  private static QuickTheory qt(int exemples) {
    long graine = Long.getLong("flux.proprietes.graine", 20250101L);
    int echelle = Integer.getInteger("flux.proprietes.echelle", 100);
    return QuickTheory.qt().withFixedSeed(graine).withExamples(Math.max(10, (int) ((long) exemples * echelle / 100)));
  }


  /**
   * Un chemin JSON : vide (la racine), ou des noms simples séparés de points, des indices et des
   * clés entre crochets ({@code conventions[2].territoire}, {@code noms["a b"]}).
   */
  private static final Pattern CHEMIN = Pattern.compile(
      "|([\\w@\\-]+|\\[\\d+\\]|\\[\"([^\"\\\\]|\\\\.)*\"\\])(\\.[\\w@\\-]+|\\[\\d+\\]|\\[\"([^\"\\\\]|\\\\.)*\"\\])*");

  private static final String ORNEX = ExerciceJson.ecrire(DonneesOrnex.exercice());

  private static final String[] MORCEAUX = {"{", "}", "[", "]", ",", ":", "\"", "1e999999999", "-1E-999999999", "null", "true",
      "\"format\"", "\"version\"", "9".repeat(60), "0.000000000000000000000000000000000000000000001", "\"25/0\"", "\"1e99999/1\"",
      "\"2025-02-30\"", "\"COMMUNE-\"", "\"BAILLEUR-\"", "\\u0000", "\uD800", "NaN", "-", "01", "\"8,9 %\""};

  private static String muter(Random h) {
    String base = ORNEX;
    return switch (h.nextInt(9)) {
      case 0 -> base.substring(0, h.nextInt(base.length()));
      case 1 -> {
        byte[] b = new byte[h.nextInt(200)];
        h.nextBytes(b);
        yield new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
      }
      case 2 -> {
        int n = 1 + h.nextInt(200);
        yield (h.nextBoolean() ? "[" : "{\"a\":").repeat(n) + (h.nextBoolean() ? "1" : "");
      }
      case 3 -> "[".repeat(60 + h.nextInt(10_000));
      case 4 -> {
        StringBuilder sb = new StringBuilder();
        int n = h.nextInt(40);
        for (int i = 0; i < n; i++) {
          sb.append(MORCEAUX[h.nextInt(MORCEAUX.length)]);
        }
        yield sb.toString();
      }
      case 5 -> {
        // un nombre ou une valeur remplacés au hasard dans le document d'Ornex
        int i = h.nextInt(base.length());
        int j = Math.min(base.length(), i + h.nextInt(20));
        yield base.substring(0, i) + MORCEAUX[h.nextInt(MORCEAUX.length)] + base.substring(j);
      }
      case 6 -> base.replace("\"89/1000\"", h.nextBoolean() ? "1e999999999" : "\"1e999999999\"")
          .replace("\"annee\" : 2025", "\"annee\" : " + MORCEAUX[h.nextInt(MORCEAUX.length)]);
      case 7 -> {
        char[] c = base.toCharArray();
        int n = 1 + h.nextInt(5);
        for (int k = 0; k < n; k++) {
          c[h.nextInt(c.length)] = (char) h.nextInt(128);
        }
        yield new String(c);
      }
      default -> {
        // des champs supprimés ou retypés
        String[] cles = {"\"identifiant\"", "\"commune\"", "\"territoire\"", "\"reservataire\"", "\"date_signature\"", "\"financement\"",
            "\"parc\"", "\"conventions\"", "\"bailleur\""};
        String cle = cles[h.nextInt(cles.length)];
        yield h.nextBoolean() ? base.replace(cle, "\"x" + h.nextInt(9) + "\"") : base.replaceFirst(cle + " : [^,\\n]+", cle + " : {\"z\":[]}");
      }
    };
  }

  @Test
  @DisplayName("10 000 textes tronqués, aléatoires, aux exposants énormes ou profondément imbriqués : lire ne lève jamais et rend des anomalies situées")
  void jamaisDException() {
    qt(10_000).forAll(longs().all()).checkAssert(graine -> {
      String json = muter(new Random(graine));
      Resultat<Exercice> v = ExerciceJson.lire(json);
      if (!v.isValide()) {
        assertThat(v.erreurs()).isNotEmpty();
        for (Anomalie a : v.erreurs()) {
          assertThat(a.chemin()).as("chemin de %s", a).matches(CHEMIN);
          assertThat(a.message()).isNotBlank();
        }
      }
    });
  }

  @Test
  @DisplayName("les limites se nomment : taille, profondeur, chiffres et exposant")
  void limitesNommees() {
    assertThat(premiere("[".repeat(100)).message()).contains("64 niveaux");
    assertThat(premiere("[".repeat(100)).code()).isEqualTo(CodeAnomalie.DEBORDEMENT);
    assertThat(premiere("[" + "9".repeat(100) + "]").message()).contains("40 caractères");
    assertThat(premiere(" ".repeat(MAX_CARACTERES + 1)).message()).contains("limite de " + MAX_CARACTERES);
    Anomalie exposant = premiere(ORNEX.replace("\"ressources_annuelles\"", "\"x\"").replace("\"11200\"", "x")
        .replace("\"240100750\" : {\n      \"2025\" : 11200", "\"240100750\" : {\n      \"2025\" : 1e999999999"));
    assertThat(exposant.chemin()).isEqualTo("seuils.240100750.2025");
    assertThat(exposant.message()).contains("exposant");
  }

  @Test
  @DisplayName("une erreur de champ nomme son chemin JSON et toutes les erreurs reviennent ensemble")
  void cheminsDesChamps() {
    String json = ORNEX.replace("\"territoire\" : \"DEPARTEMENT-01\"", "\"territoire\" : \"DEPARTEMENT-00\"")
        .replace("\"date_signature\" : \"2025-06-10\"", "\"date_signature\" : \"2025-13-10\"");
    List<Anomalie> a = ExerciceJson.lire(json).erreurs();
    assertThat(a).extracting(Anomalie::chemin).contains("conventions[1].territoire", "conventions[2].territoire", "conventions[0].date_signature");
    assertThat(premiere(ORNEX.replace("\"version\" : 1", "\"version\" : 2")).chemin()).isEqualTo("version");
    assertThat(premiere("{\"format\":\"flux-exercice\",\"version\":1,\"bailleur\":{\"identifiant\":\"B\",\"nom\":\"N\"},"
        + "\"annee\":2025,\"departement\":\"01\",\"conventions\":[{\"reservataire\":\"COMMUNE-01281\"}]}").chemin())
        .isEqualTo("conventions[0].nom_reservataire");
    assertThat(premiere("{\"a\": [1, 2, {\"b\": tru}]}").chemin()).isEqualTo("a[2].b");
  }

  @Test
  @DisplayName("la clé d'un réservataire se relit en son type, nom compris")
  void reservataires() {
    assertThat(Cles.reservataire("ETAT-PRIORITAIRES", null).valeurOuLever()).isEqualTo(fr.fluxlogement.core.acteur.Etat.PRIORITAIRES);
    assertThat(Cles.reservataire("COMMUNE-01281", "Ornex").valeurOuLever()).isEqualTo(DonneesOrnex.COMMUNE);
    assertThat(Cles.reservataire("BAILLEUR-ALLIADE-HABITAT", "Alliade Habitat").valeurOuLever()).isEqualTo(DonneesOrnex.ALLIADE.partNonReservee());
    assertThat(Cles.reservataire("COMMUNE-01281", null).erreurs().get(0).code()).isEqualTo(CodeAnomalie.CHAMP_MANQUANT);
    assertThat(Cles.reservataire("PREFET", "x").erreurs().get(0).code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
    // la clé est lue par CleReservataire.parse, comme Commune.parse : bien formé, 99999 n'est d'aucun
    // département du code officiel géographique (code inconnu) ; mal formé, 0128X est un format invalide
    assertThat(Cles.reservataire("COMMUNE-99999", "x").erreurs().get(0).code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
    assertThat(Cles.reservataire("COMMUNE-0128X", "x").erreurs().get(0).code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
  }

  private static Anomalie premiere(String json) {
    Resultat<Exercice> v = ExerciceJson.lire(json);
    assertThat(!v.isValide()).isTrue();
    return v.erreurs().get(0);
  }
}
