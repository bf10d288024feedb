package fr.fluxlogement.core.saisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.CleReservataire;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.format.Dates;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.NumeroUnique;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("Lecture des valeurs saisies : propriétés (QuickTheories, graine fixe) — aucune exception, anomalies françaises, allers-retours")
class SaisieProperties {

  /** Le nombre de textes engendrés pour chaque lecture. */
  private static final int TEXTES_PAR_LECTURE = 10_000;

  /** Le nombre de valeurs engendrées pour chaque aller-retour. */
  private static final int ALLERS_RETOURS = 2_000;

  private static final String CHEMIN = "entrees[7].champ";

  /** Un nombre d'un million de chiffres, construit une fois. */
  private static final String MILLION_DE_CHIFFRES = "7".repeat(1_000_000);

  /** Mots d'un message qui ne serait pas français : celui d'une exception du JDK. */
  private static final Pattern ANGLAIS = Pattern.compile("Exception|For input|Illegal|[Ii]nvalid\\b|Character|Index|null|overflow");

  /** Les départements du code officiel géographique. */
  private static final List<String> DEPARTEMENTS = departements();

  private static List<String> departements() {
    List<String> d = new ArrayList<>();
    for (int i = 1; i <= 95; i++) {
      if (i != 20) {
        d.add(String.format("%02d", i));
      }
    }
    d.addAll(List.of("2A", "2B", "971", "972", "973", "974", "975", "976"));
    return List.copyOf(d);
  }

  // --- les textes engendrés ---------------------------------------------------------------------

  private static final List<String> PIEGES = List.of("", " ", "\t\n\u00a0", "\u2007", "1e999999999", "1e-999999999", "-1e+999999999 %",
      "+999999999-12-31", "-0001-01-01", "0000-00-00", "31/04/2025", "29/02/2025", "2025-02-30", "99001", "20004", "2A004", "2a004",
      "240100751", "240100750", "COMMUNE-", "COMMUNE-99001", "EPCI-240100751", "ETAT-PRIORITAIRES ", "AUTRE-", "BAILLEUR-\u0000",
      "١٢", "１２", "NaN", "Infinity", "-0", "0x10", "1/0", "0/0", "--1", "1e", "e5", "%", "1 %%", "1/-0", "1.", ".5", ",", "1,2,3",
      "T6+", "t6_plus", "T6_PLUſ", "plaı", "PLAİ", "\uD800", "\uDFFF\uD800", "0012025", "00120250000000000000000000000", "9".repeat(41),
      "1/" + "9".repeat(41), MILLION_DE_CHIFFRES, "1e" + MILLION_DE_CHIFFRES, "COMMUNE-" + MILLION_DE_CHIFFRES, " ".repeat(100_000));

  private static Gen<String> chiffres(int min, int max) {
    return strings().betweenCodePoints('0', '9').ofLengthBetween(min, max);
  }

  /** Des textes qui ressemblent à des nombres : signe, chiffres, séparateur, exposant énorme, fraction, pour cent. */
  private static final Gen<String> NOMBRES = Generate.pick(List.of("", "-", "+", " "))
      .zip(chiffres(0, 45), Generate.pick(List.of("", ".", ",", "/", " / ")), chiffres(0, 45), (s, a, sep, b) -> s + a + sep + b)
      .zip(Generate.pick(List.of("", "e", "E", "e-", "E+", "e+0")), chiffres(0, 12), Generate.pick(List.of("", " %", "%", " ")),
          (n, e, x, p) -> n + (e.isEmpty() ? "" : e + x) + p);

  /** Des textes qui ressemblent à des dates, aux chiffres quelconques. */
  private static final Gen<String> DATES = Generate.oneOf(
      chiffres(4, 4).zip(chiffres(2, 2), chiffres(2, 2), (a, m, j) -> a + "-" + m + "-" + j),
      chiffres(2, 2).zip(chiffres(2, 2), chiffres(4, 4), (j, m, a) -> j + "/" + m + "/" + a),
      chiffres(1, 10).zip(chiffres(1, 3), chiffres(1, 3), (a, m, j) -> "+" + a + "-" + m + "-" + j));

  /** Des codes et des clés valides, puis abîmés d'un caractère (remplacé, inséré ou ôté). */
  private static final Gen<String> CODES = Generate.oneOf(
      Generate.pick(DEPARTEMENTS).zip(chiffres(3, 3), (d, n) -> (d + n).substring(0, 5)),
      integers().between(0, 99_999_999).map(SaisieProperties::siren),
      Generate.pick(List.of("ETAT-PRIORITAIRES", "ETAT-AGENTS", "ACTION-LOGEMENT", "COMMUNE-01281", "EPCI-240100750", "DEPARTEMENT-2A",
          "REGION-84", "AUTRE-CAF", "BAILLEUR-123456782", "T1", "T6+", "PLAI", "autre", "001202500012345", "18000,50", "9,3 %")));

  private static final Gen<String> ABIMES = CODES.zip(integers().between(0, 40), integers().between(0, 2), integers().between(0, 0x10FFFF),
      (c, position, operation, point) -> {
        int i = Math.min(position, c.length());
        String x = Character.isValidCodePoint(point) && !(point >= 0xD800 && point <= 0xDFFF) ? new String(Character.toChars(point)) : "?";
        return switch (operation) {
          case 0 -> c.substring(0, i) + x + c.substring(i);
          case 1 -> i < c.length() ? c.substring(0, i) + x + c.substring(i + 1) : c + x;
          default -> i < c.length() ? c.substring(0, i) + c.substring(i + 1) : c;
        };
      });

  /** Tous les textes : Unicode quelconque (demi-codets isolés compris), chiffres, nombres, dates, codes abîmés, pièges. */
  private static final Gen<String> TEXTES = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 30),
      strings().basicLatinAlphabet().ofLengthBetween(0, 20), chiffres(0, 60), NOMBRES, DATES, CODES, ABIMES, Generate.pick(PIEGES));

  // --- aucune exception, chaque échec en anomalies françaises ---------------------------------

  static Stream<Arguments> lectures() {
    List<Arguments> l = new ArrayList<>();
    l.add(lecture("Commune.parse", t -> Commune.parse(t, CHEMIN)));
    l.add(lecture("Departement.parse", t -> Departement.parse(t, CHEMIN)));
    l.add(lecture("Epci.parse", t -> Epci.parse(t, CHEMIN)));
    l.add(lecture("Bailleur.parse (identifiant)", t -> Bailleur.parse(t, "Habitat", CHEMIN)));
    l.add(lecture("Bailleur.parse (nom)", t -> Bailleur.parse("123456782", t, CHEMIN)));
    l.add(lecture("Taux.parse", t -> Taux.parse(t, CHEMIN)));
    l.add(lecture("Fraction.parse", t -> Fraction.parse(t, CHEMIN)));
    l.add(lecture("Typologie.parse", t -> Typologie.parse(t, CHEMIN)));
    l.add(lecture("Financement.parse", t -> Financement.parse(t, CHEMIN)));
    l.add(lecture("Dates.parse", t -> Dates.parse(t, CHEMIN)));
    l.add(lecture("Dates.parseIso", t -> Dates.parseIso(t, CHEMIN)));
    l.add(lecture("Menage.parseRessources", t -> Menage.parseRessources(t, CHEMIN)));
    l.add(lecture("Menage.parseUnitesConsommation", t -> Menage.parseUnitesConsommation(t, CHEMIN)));
    l.add(lecture("NumeroUnique.parse", t -> NumeroUnique.parse(t, CHEMIN)));
    l.add(lecture("CleReservataire.parse", t -> CleReservataire.parse(t, CHEMIN)));
    return l.stream();
  }

  private static Arguments lecture(String nom, Function<String, Resultat<?>> lecture) {
    return Arguments.of(nom, lecture);
  }

  @ParameterizedTest(name = "{0} : 10 000 textes (Unicode, chiffres, exposants énormes, million de chiffres, dates, codes abîmés), "
      + "aucune exception, chaque échec en anomalies à code, chemin et message français")
  @MethodSource("lectures")
  void aucuneExceptionEtDesAnomaliesFrancaises(String nom, Function<String, Resultat<?>> lecture) {
    Proprietes.qt(TEXTES_PAR_LECTURE).forAll(TEXTES).checkAssert(t -> {
      Resultat<?> r = lecture.apply(t);
      assertThat(r.isValide() || !r.erreurs().isEmpty()).isTrue();
      for (Anomalie a : r.anomalies()) {
        assertThat(a.code()).isNotNull();
        assertThat(a.chemin()).startsWith(CHEMIN);
        assertThat(a.message()).isNotBlank().hasSizeLessThan(300).doesNotContainPattern(ANGLAIS);
        assertThat(a.reference()).isNotNull();
      }
    });
  }

  @Test
  @DisplayName("un texte valide relu après réécriture rend la même valeur (lecture idempotente), sur 10 000 textes")
  void lectureIdempotente() {
    Proprietes.qt(TEXTES_PAR_LECTURE).forAll(TEXTES).checkAssert(t -> {
      Commune.parse(t, "c").valeur().ifPresent(c -> assertThat(Commune.parse(c.toString(), "c").valeur()).contains(c));
      Fraction.parse(t, "f").valeur().ifPresent(f -> assertThat(Fraction.parse(f.toString(), "f").valeur()).contains(f));
      Taux.parse(t, "t").valeur().ifPresent(x -> assertThat(Taux.parse(x.toString(), "t").valeur()).contains(x));
      Dates.parse(t, "d").valeur().ifPresent(d -> assertThat(Dates.parse(d.toString(), "d").valeur()).contains(d));
      CleReservataire.parse(t, "k").valeur().ifPresent(k -> assertThat(CleReservataire.parse(k.toString(), "k").valeur()).contains(k));
    });
  }

  // --- allers-retours : parse(x.toString()) rend x ----------------------------------------------

  private static String siren(int corps) {
    String base = String.format("%08d", corps);
    for (int cle = 0; cle <= 9; cle++) {
      if (Epci.isSirenValide(base + cle)) {
        return base + cle;
      }
    }
    throw new AssertionError("aucune clé de Luhn pour " + base);
  }

  private static final Gen<Commune> COMMUNES = Generate.pick(DEPARTEMENTS).zip(integers().between(1, 999),
      (d, n) -> Commune.of(d.length() == 3 ? d + String.format("%02d", n % 100 == 0 ? 1 : n % 100) : d + String.format("%03d", n)));

  @Test
  @DisplayName("aller-retour des communes, départements et EPCI du code officiel géographique et du répertoire SIRENE")
  void allerRetourTerritoires() {
    Proprietes.qt(ALLERS_RETOURS).forAll(COMMUNES, Generate.pick(DEPARTEMENTS), integers().between(0, 99_999_999))
        .checkAssert((c, d, corps) -> {
          assertThat(Commune.parse(c.toString(), "c").valeur()).contains(c);
          assertThat(Departement.parse(d, "d").valeur().map(Departement::toString)).contains(d);
          Epci e = Epci.of(siren(corps));
          assertThat(Epci.parse(e.toString(), "e").valeur()).contains(e);
        });
  }

  private static final Gen<String> IDENTIFIANTS = strings().basicLatinAlphabet().ofLengthBetween(1, 15)
      .assuming(s -> !s.isBlank() && s.equals(s.strip()));

  @Test
  @DisplayName("aller-retour des bailleurs : parse(identifiant, nom) rend le bailleur")
  void allerRetourBailleurs() {
    Proprietes.qt(ALLERS_RETOURS).forAll(IDENTIFIANTS, IDENTIFIANTS).checkAssert((id, nom) ->
        assertThat(Bailleur.parse(id, nom, "b").valeur()).contains(new Bailleur(id, nom)));
  }

  /** Un entier d'au plus 36 chiffres. */
  private static final Gen<BigInteger> GRANDS = longs().between(0, 999_999_999_999_999_999L).zip(longs().between(0, 999_999_999_999_999_999L),
      integers().between(0, 2), (a, b, forme) -> switch (forme) {
        case 0 -> BigInteger.valueOf(b % 1000);
        case 1 -> BigInteger.valueOf(b);
        default -> BigInteger.valueOf(a).multiply(BigInteger.TEN.pow(18)).add(BigInteger.valueOf(b));
      });

  @Test
  @DisplayName("aller-retour des fractions (jusqu'à 36 chiffres), des taux de 0 à 100 % et des unités de consommation")
  void allerRetourQuantites() {
    Proprietes.qt(ALLERS_RETOURS).forAll(GRANDS, GRANDS, Generate.booleans()).checkAssert((n, d, negatif) -> {
      BigInteger den = d.add(BigInteger.ONE);
      Fraction f = Fraction.of(negatif ? n.negate() : n, den);
      assertThat(Fraction.parse(f.toString(), "f").valeur()).contains(f);
      Fraction partie = Fraction.of(n.min(den), den);
      Taux t = Taux.of(partie);
      assertThat(Taux.parse(t.toString(), "t").valeur()).contains(t);
      Fraction uc = Fraction.of(n.mod(BigInteger.valueOf(1000)).add(BigInteger.ONE), BigInteger.valueOf(d.mod(BigInteger.valueOf(97)).longValue() + 1));
      assertThat(Menage.parseUnitesConsommation(uc.toString(), "uc").valeur()).contains(uc);
    });
  }

  @Test
  @DisplayName("aller-retour des ressources : un décimal exact, échelle comprise, relu à l'identique (aucun arrondi)")
  void allerRetourRessources() {
    Proprietes.qt(ALLERS_RETOURS).forAll(longs().between(0, Long.MAX_VALUE), integers().between(0, 6)).checkAssert((u, echelle) -> {
      BigDecimal r = BigDecimal.valueOf(u, echelle);
      assertThat(Menage.parseRessources(r.toString(), "r").valeur()).contains(r);
      assertThat(Menage.parseRessources(r.toString().replace('.', ','), "r").valeur()).contains(r);
    });
  }

  private static final DateTimeFormatter FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  @Test
  @DisplayName("aller-retour des dates de 1900 à 2100, en aaaa-mm-jj et en jj/mm/aaaa")
  void allerRetourDates() {
    long debut = LocalDate.of(Dates.ANNEE_MIN, 1, 1).toEpochDay();
    long fin = LocalDate.of(Dates.ANNEE_MAX, 12, 31).toEpochDay();
    Proprietes.qt(ALLERS_RETOURS).forAll(longs().between(debut, fin)).checkAssert(jour -> {
      LocalDate d = LocalDate.ofEpochDay(jour);
      assertThat(Dates.parse(d.toString(), "d").valeur()).contains(d);
      assertThat(Dates.parseIso(d.toString(), "d").valeur()).contains(d);
      assertThat(Dates.parse(d.format(FRANCAISE), "d").valeur()).contains(d);
    });
  }

  @Test
  @DisplayName("aller-retour des typologies et des financements, par leur nom et par leur libellé")
  void allerRetourEnumerations() {
    Proprietes.qt(ALLERS_RETOURS).forAll(Generate.enumValues(Typologie.class), Generate.enumValues(Financement.class)).checkAssert((t, f) -> {
      assertThat(Typologie.parse(t.toString(), "t").valeur()).contains(t);
      assertThat(Typologie.parse(t.libelle(), "t").valeur()).contains(t);
      assertThat(Financement.parse(f.toString(), "f").valeur()).contains(f);
      assertThat(Financement.parse(f.libelle(), "f").valeur()).contains(f);
    });
  }

  private static final String ALPHABET_NUMERO = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Test
  @DisplayName("aller-retour des numéros uniques par leur valeur (leur toString est masqué)")
  void allerRetourNumerosUniques() {
    Proprietes.qt(ALLERS_RETOURS).forAll(Generate.pick(List.of("001", "01A", "02B", "074", "095", "971", "976", "985")),
        integers().between(0, 9999), lists().of(integers().between(0, 35)).ofSizeBetween(0, 20)).checkAssert((dep, n, suite) -> {
          StringBuilder b = new StringBuilder(dep).append(String.format("%04d", n));
          suite.forEach(i -> b.append(ALPHABET_NUMERO.charAt(i)));
          NumeroUnique numero = new NumeroUnique(b.toString());
          assertThat(NumeroUnique.parse(numero.valeur(), "n").valeur()).contains(numero);
        });
  }

  /** Des réservataires de toute nature, aux noms et identifiants quelconques (Unicode compris). */
  private static final Gen<Reservataire> RESERVATAIRES = integers().between(0, 8).zip(COMMUNES, integers().between(0, 99_999_999),
      strings().allPossible().ofLengthBetween(1, 12).assuming(s -> !s.isBlank()), (nature, c, corps, texte) -> switch (nature) {
        case 0 -> Etat.PRIORITAIRES;
        case 1 -> Etat.AGENTS_PUBLICS;
        case 2 -> ActionLogement.INSTANCE;
        case 3 -> Collectivite.commune(c, texte);
        case 4 -> Collectivite.epci(Epci.of(siren(corps)), texte);
        case 5 -> Collectivite.departement(c.departement(), texte);
        case 6 -> new Collectivite(Collectivite.Niveau.REGION, String.format("%02d", corps % 100), texte);
        case 7 -> new AutreReservataire(texte, "autre");
        default -> new Bailleur(texte, "bailleur").partNonReservee();
      });

  @Test
  @DisplayName("aller-retour des clés de réservataire : CleReservataire.de(r) s'écrit r.cle() et parse(r.cle()) la rend")
  void allerRetourCles() {
    Proprietes.qt(ALLERS_RETOURS).forAll(RESERVATAIRES).checkAssert(r -> {
      CleReservataire k = CleReservataire.de(r);
      assertThat(k.toString()).isEqualTo(r.cle());
      assertThat(CleReservataire.parse(r.cle(), "k").valeur()).contains(k);
      assertThat(k.designe(r)).isTrue();
    });
  }

  @Test
  @DisplayName("deux collectivités de même code et de noms quelconques ont la même clé, et des codes différents des clés différentes")
  void clesParLeSeulCode() {
    Gen<String> noms = strings().allPossible().ofLengthBetween(0, 12);
    Proprietes.qt(ALLERS_RETOURS).forAll(COMMUNES, COMMUNES, noms, noms).checkAssert((a, b, nomA, nomB) -> {
      CleReservataire ka = CleReservataire.de(Collectivite.commune(a, nomA));
      assertThat(ka).isEqualTo(CleReservataire.de(Collectivite.commune(a, nomB)));
      assertThat(ka.equals(CleReservataire.de(Collectivite.commune(b, nomA)))).isEqualTo(a.equals(b));
      assertThat(Optional.of(ka)).isEqualTo(CleReservataire.parse(Collectivite.commune(a, nomB).cle(), "k").valeur());
    });
  }
}
