package fr.fluxlogement.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.reference.References;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Les lecteurs d'octets, en parallèle ou non, rendent exactement ce que rend la lecture ligne à
 * ligne des lignes du même fichier (découpées au seul {@code \n}, décodées ligne à ligne) : mêmes
 * valeurs dans le même ordre, mêmes anomalies aux mêmes numéros de ligne, même comptabilité, même
 * décodage — sur des fichiers abîmés de toutes les façons connues.
 */
@DisplayName("Lecture parallèle depuis les octets : identique à la lecture ligne à ligne")
class LectureParalleleProperties {

  private static final ForkJoinPool POOL = new ForkJoinPool(3);
  private static final Executor DIRECT = Runnable::run;

  @AfterAll
  static void fermer() {
    POOL.shutdown();
  }

  private static final String[] DEPCOM = {"01281", "01160", "2A004", "97411", "75056", "57463", " 01053 ", "00000", "ABCDE", "0128", ""};
  private static final String[] EPCI = {"", "", "200042497", "240100883", "200042498", "12345", " 200042497"};
  private static final String[] FINAN = {"11", "13", "14", "16", "49", "50", "99", "", "1 3", "x"};
  private static final String[] CUS = {"", "", "11", "13", "16", "7"};
  private static final String[] NBPIECE = {"1", "3", "6", "9", "0", "03", "+4", "x", "", " 2"};
  private static final String[] MODE = {"", "1", "2", "4", "5", "9", "7", "01"};
  private static final String[] QPV = {"", "1", "2", "0", "QP001001", "QN01234A", "X", "3"};
  private static final String[] SORTIE = {"", "", "1", "3", "4", "5", "9", "6", "44"};
  private static final String[] MIS = {"", "1", "2", "3"};
  private static final String[] CONTRES = {"", "1", "7", "8"};
  private static final String[] ANNEE = {"", "1990", "2025", "1799", "2101", "199", "+1990", "01990", "abcd"};
  private static final String[] IDENT = {"", "L", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123", "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234"};
  private static final String[] BAILLEUR = {"", "123456782", "552081317", "792341827", " 552081317 ", "Habitat Exemple"};
  private static final String[] LIBCOM = {"ORNEX", "BÂGÉ-LE-CHÂTEL", "SAINT-ÉTIENNE", "BOURG"};

  private static String au(Random r, String[] valeurs) {
    return valeurs[r.nextInt(valeurs.length)];
  }

  /** Un fichier RPLS engendré, abîmé au hasard, en octets. */
  static byte[] fichierRpls(long graine, int lignes) {
    Random r = new Random(graine);
    List<String> colonnes = new ArrayList<>(LecteursTest.COLLECTE);
    if (r.nextInt(3) == 0) {
      colonnes.add(r.nextInt(colonnes.size()), r.nextBoolean() ? "SIREN_BAILLEUR" : "SIREN");
    }
    if (r.nextInt(25) == 0) {
      colonnes.remove("NBPIECE");
    }
    boolean latin1 = r.nextInt(3) == 0;
    boolean crlf = r.nextInt(4) == 0;
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    if (r.nextInt(8) == 0) {
      f.writeBytes(Csv.BOM.getBytes(StandardCharsets.UTF_8));
    }
    ecrire(f, String.join(";", colonnes), false, crlf);
    for (int i = 0; i < lignes; i++) {
      int sorte = r.nextInt(40);
      String texte;
      if (sorte == 0) {
        texte = "";
      } else if (sorte == 1) {
        texte = " \t ";
      } else if (sorte == 2) {
        texte = "a;b;c";
      } else if (sorte == 3 && r.nextInt(10) == 0) {
        texte = "x".repeat(r.nextBoolean() ? 65_537 : 3 * 65_536 + 5 + r.nextInt(3));
      } else {
        String[] c = new String[colonnes.size()];
        Arrays.fill(c, "");
        for (int k = 0; k < c.length; k++) {
          String nom = colonnes.get(k);
          c[k] = switch (nom) {
            case "IDENT_REP" -> r.nextInt(4) == 0 ? au(r, IDENT) : "L" + i;
            case "DEPCOM" -> r.nextInt(4) == 0 ? au(r, DEPCOM) : DEPCOM[r.nextInt(6)];
            case "EPCI" -> au(r, EPCI);
            case "FINAN" -> r.nextInt(3) == 0 ? au(r, FINAN) : "13";
            case "CUS" -> au(r, CUS);
            case "NBPIECE" -> r.nextInt(3) == 0 ? au(r, NBPIECE) : Integer.toString(1 + r.nextInt(9));
            case "MODE" -> au(r, MODE);
            case "QPV" -> au(r, QPV);
            case "SORTIEPATRIM" -> au(r, SORTIE);
            case "MISCOMMERCIAL" -> au(r, MIS);
            case "CONTRESLOG" -> au(r, CONTRES);
            case "LOCAT", "CONSTRUCT" -> r.nextInt(3) == 0 ? au(r, ANNEE) : Integer.toString(1950 + r.nextInt(76));
            case "SIREN_BAILLEUR", "SIREN" -> au(r, BAILLEUR);
            case "LIBCOM" -> au(r, LIBCOM);
            case "COMMENTAIRE" -> switch (r.nextInt(12)) {
              case 0 -> "\"dit ; « cité »\"";
              case 1 -> "\"non fermé";
              case 2 -> "avec\ttabulation";
              case 3 -> "retour\rchariot";
              case 4 -> "contrôle\u0001";
              case 5 -> "\"\"";
              default -> "";
            };
            default -> "";
          };
        }
        texte = String.join(";", c);
        if (sorte == 4) {
          texte = texte + ";en trop";
        }
      }
      boolean enLatin1 = latin1 ? r.nextInt(10) != 0 : r.nextInt(10) == 0;
      ecrire(f, texte, enLatin1, crlf);
    }
    byte[] b = f.toByteArray();
    if (r.nextInt(4) == 0 && b.length > 0) {
      b = Arrays.copyOf(b, b.length - (crlf ? 2 : 1));
    }
    return b;
  }

  private static void ecrire(ByteArrayOutputStream f, String texte, boolean latin1, boolean crlf) {
    f.writeBytes(texte.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    f.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
  }

  /** Les lignes d'un fichier, découpées et décodées comme la commande {@code flux} les lit, et leurs comptes de décodage. */
  static final class Reference {
    final List<String> lignes = new ArrayList<>();
    long utf8;
    long latin1;
    final List<Long> numeros = new ArrayList<>();

    Reference(byte[] b) {
      CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      int max = 3 * LecteurRpls.LONGUEUR_MAXIMALE_LIGNE + 1;
      int s = 0;
      while (s < b.length) {
        int e = s;
        while (e < b.length && b[e] != '\n') {
          e++;
        }
        int n = Math.min(e - s, max);
        boolean tronquee = e - s > max;
        if (!tronquee && n > 0 && b[s + n - 1] == '\r') {
          n--;
        }
        boolean ascii = true;
        for (int i = s; i < s + n; i++) {
          ascii &= b[i] >= 0;
        }
        String t;
        if (ascii) {
          t = new String(b, s, n, StandardCharsets.US_ASCII);
        } else {
          try {
            t = d.decode(ByteBuffer.wrap(b, s, n)).toString();
            utf8++;
          } catch (CharacterCodingException x) {
            latin1++;
            if (numeros.size() < 10) {
              numeros.add((long) lignes.size() + 1);
            }
            t = new String(b, s, n, StandardCharsets.ISO_8859_1);
          }
        }
        lignes.add(t);
        s = e + 1;
      }
    }

    LectureFichier lecture(CompteRenduLecture bilan) {
      return new LectureFichier(bilan, utf8, latin1, numeros);
    }
  }

  private static LectureOctets.Source source(byte[] b) {
    return LectureOctets.de(ByteBuffer.wrap(b));
  }

  @Test
  @DisplayName("RPLS : mêmes logements, mêmes anomalies, mêmes colonnes, en parallèle ou non, quel que soit le découpage")
  void rpls() {
    Proprietes.qt(300).forAll(longs().all(), integers().between(0, 200), integers().between(16, 5_000)).checkAssert((graine, n, morceau) -> {
      byte[] octets = fichierRpls(graine, n);
      Reference ref = new Reference(octets);
      List<Map.Entry<Logement, String>> attendus = new ArrayList<>();
      CompteRenduLecture b = LectureEnFlux.lire(ref.lignes.iterator(), LecteurRpls.ALIAS, LecteurRpls.OBLIGATOIRES, References.ARRETE_RPLS,
          (c, index, e, numero, a) -> LecteurRpls.logement(c, index, numero, a)
              .map(l -> new AbstractMap.SimpleEntry<>(l, LectureEnFlux.champ(c, index, ColonnesRpls.BAILLEUR))),
          attendus::add);
      LectureFichier attendue = ref.lecture(b);
      List<Logement> logements = attendus.stream().map(Map.Entry::getKey).toList();
      ParcLu parcAttendu = ParcLu.of(logements, attendus.stream().map(Map.Entry::getValue).toList(), attendue);
      try {
        List<Logement> seq = new ArrayList<>();
        assertThat(LecteurRpls.lire(source(octets), DIRECT, 1, LectureOctets.TAILLE_MORCEAU, seq::add)).isEqualTo(attendue);
        assertThat(seq).isEqualTo(logements);
        List<Logement> par = new ArrayList<>();
        assertThat(LecteurRpls.lire(source(octets), POOL, 3, morceau, par::add)).isEqualTo(attendue);
        assertThat(par).isEqualTo(logements);
        assertThat(LecteurRpls.colonnes(source(octets), DIRECT, 1, LectureOctets.TAILLE_MORCEAU)).isEqualTo(parcAttendu);
        assertThat(LecteurRpls.colonnes(source(octets), POOL, 3, morceau)).isEqualTo(parcAttendu);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static final String[] DATES = {"2025-03-01", "01/03/2025", "2024-12-31", "31/04/2025", "2025-02-30", "", "1899-01-01", "3/1/2025"};
  private static final String[] DRAPEAU = {"", "1", "2", "O", "N", "oui", "non", "peut-être"};
  private static final String[] CONTINGENT = {"", "0", "1", "2", "3", "4", "5", "6", "COMMUNE-01281", "EPCI-200042497", "DEPARTEMENT-01", "X"};
  private static final String[] NOMBRE = {"12000", "12000,50", "0", "-5", "", "1e3", "x", "9".repeat(41), "1,5", "2"};

  /** Un fichier SNE engendré, abîmé au hasard. */
  static byte[] fichierSne(long graine, int lignes) {
    Random r = new Random(graine);
    List<String> colonnes = List.of("SIREN_BAILLEUR", "DATE_CALEOL", "DATE_BAIL", "MUTATION", "RPLS", "DALO", "PRIORITAIRE", "CONTINGENT",
        "RESSOURCES", "UC", "DEPCOM", "EPCI", "QPV", "NBPIECE", "FINAN");
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    boolean crlf = r.nextBoolean();
    ecrire(f, String.join(";", colonnes), false, crlf);
    for (int i = 0; i < lignes; i++) {
      String texte;
      if (r.nextInt(30) == 0) {
        texte = r.nextBoolean() ? "" : "1;2";
      } else {
        texte = String.join(";", au(r, BAILLEUR), au(r, DATES), r.nextInt(3) == 0 ? au(r, DATES) : "2025-04-01", au(r, DRAPEAU),
            r.nextInt(3) == 0 ? "" : "L" + r.nextInt(20), au(r, DRAPEAU), au(r, DRAPEAU), au(r, CONTINGENT),
            r.nextInt(3) == 0 ? au(r, NOMBRE) : "15000", r.nextInt(3) == 0 ? au(r, NOMBRE) : "1,5", au(r, DEPCOM), au(r, EPCI), au(r, QPV),
            au(r, NBPIECE), au(r, FINAN)) + (r.nextInt(20) == 0 ? ";Bâgé" : "");
      }
      ecrire(f, texte, r.nextInt(5) == 0, crlf);
    }
    return f.toByteArray();
  }

  @Test
  @DisplayName("SNE : mêmes attributions, mêmes anomalies, en parallèle ou non, quel que soit le découpage")
  void sne() {
    Bailleur bailleur = new Bailleur("123456782", "Habitat Exemple");
    Map<String, Logement> index = new java.util.HashMap<>();
    LecteurRpls.lire(List.of("IDENT_REP;DEPCOM;NBPIECE;FINAN", "L1;01281;3;13", "L2;01160;2;11", "L3;2A004;4;16").iterator(),
        l -> index.put(l.identifiant(), l));
    Map<String, Logement> logements = Map.copyOf(index);
    Proprietes.qt(200).forAll(longs().all(), integers().between(0, 150), integers().between(16, 3_000)).checkAssert((graine, n, morceau) -> {
      byte[] octets = fichierSne(graine, n);
      Reference ref = new Reference(octets);
      List<Attribution> attendues = new ArrayList<>();
      LectureFichier attendue = ref.lecture(LecteurSne.lire(ref.lignes.iterator(), id -> Optional.ofNullable(logements.get(id)), bailleur,
          attendues::add));
      try {
        List<Attribution> seq = new ArrayList<>();
        assertThat(LecteurSne.lire(source(octets), id -> Optional.ofNullable(logements.get(id)), bailleur, DIRECT, 1,
            LectureOctets.TAILLE_MORCEAU, seq::add)).isEqualTo(attendue);
        assertThat(seq).isEqualTo(attendues);
        List<Attribution> par = new ArrayList<>();
        assertThat(LecteurSne.lire(source(octets), id -> Optional.ofNullable(logements.get(id)), bailleur, POOL, 3, morceau, par::add))
            .isEqualTo(attendue);
        assertThat(par).isEqualTo(attendues);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  @DisplayName("un fichier sans aucun octet : une anomalie d'en-tête, aucune ligne lue")
  void fichierVide() throws Exception {
    LectureFichier l = LecteurRpls.lire(source(new byte[0]), POOL, 2, 64, x -> { });
    assertThat(l.compteRendu()).isEqualTo(LecteurRpls.lire(List.<String>of().iterator(), x -> { }));
    assertThat(LecteurRpls.colonnes(source(new byte[0]), POOL, 2, 64).lecture()).isEqualTo(l);
  }
}
