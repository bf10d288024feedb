package fr.fluxlogement.core.saisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Gravite;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.format.Dates;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.NumeroUnique;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Lecture des valeurs saisies : parse(texte, chemin) rend la valeur ou ses anomalies, jamais d'exception")
class SaisieTest {

  /** L'unique erreur d'un résultat en échec, vérifiée : chemin donné, message français non vide. */
  private static Anomalie erreur(Resultat<?> r, String chemin) {
    assertThat(r.isValide()).as("résultat en échec").isFalse();
    assertThat(r.erreurs()).hasSize(1);
    Anomalie a = r.erreurs().get(0);
    assertThat(a.chemin()).isEqualTo(chemin);
    assertThat(a.message()).isNotBlank().doesNotContain("Exception").doesNotContain("For input");
    assertThat(a.gravite()).isEqualTo(Gravite.ERREUR);
    return a;
  }

  @ParameterizedTest(name = "code officiel géographique : « {0} » est la commune {1}")
  @CsvSource({"01281,01281", "' 01281 ',01281", "2A004,2A004", "2B033,2B033", "97411,97411", "97611,97611", "75056,75056"})
  void communesLues(String texte, String code) {
    assertThat(Commune.parse(texte, "commune").valeur()).contains(Commune.of(code));
  }

  @ParameterizedTest(name = "code officiel géographique : « {0} » est refusé ({1})")
  @CsvSource({
    "99001,CODE_INCONNU", // 99 : pays étrangers, pas un département
    "20004,CODE_INCONNU", // 20 : la Corse avant 1976, remplacée par 2A et 2B
    "97701,CODE_INCONNU", // 977 : Saint-Barthélemy, collectivité hors des départements 971 à 976
    "01000,CODE_INCONNU", // numéro de commune nul
    "2a004,CODE_INCONNU", // 2A en majuscules seulement : aucun ajustement
    "0128,FORMAT_INVALIDE", "012810,FORMAT_INVALIDE", "01A81,FORMAT_INVALIDE", "9710A,FORMAT_INVALIDE"})
  void communesRefusees(String texte, CodeAnomalie code) {
    Anomalie a = erreur(Commune.parse(texte, "logements[3].commune"), "logements[3].commune");
    assertThat(a.code()).isEqualTo(code);
    assertThat(a.message()).contains(texte);
    assertThat(a.reference()).contains(References.ARRETE_RPLS_DEPCOM);
  }

  @Test
  @DisplayName("code officiel géographique : 99001 est refusé en nommant le département 99 ; texte absent ou blanc : CHAMP_MANQUANT")
  void communeEtrangere() {
    assertThat(erreur(Commune.parse("99001", "c"), "c").message()).contains("« 99 »").contains("code officiel géographique");
    for (String t : new String[] {null, "", "   ", "\t\n"}) {
      assertThat(erreur(Commune.parse(t, "c"), "c").code()).isEqualTo(CodeAnomalie.CHAMP_MANQUANT);
    }
  }

  @Test
  @DisplayName("code officiel géographique : départements 01, 2A, 974 lus ; 20, 96, 977, 00 inconnus ; 1 et 0001 mal formés")
  void departements() {
    assertThat(Departement.parse("01", "d").valeur()).contains(Departement.of("01"));
    assertThat(Departement.parse("2A", "d").valeur()).contains(Departement.of("2A"));
    assertThat(Departement.parse(" 974", "d").valeur()).contains(Departement.of("974"));
    for (String t : new String[] {"20", "96", "977", "00", "2C"}) {
      assertThat(erreur(Departement.parse(t, "d"), "d").code()).as(t).isEqualTo(CodeAnomalie.CODE_INCONNU);
    }
    assertThat(erreur(Departement.parse("1", "d"), "d").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(erreur(Departement.parse("0001", "d"), "d").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
  }

  @Test
  @DisplayName("SIREN (Code de commerce R.123-220) : la CA du Pays de Gex 240100750 est lue ; un chiffre changé fausse la clé de Luhn")
  void siren() {
    // 240100750, chiffres de droite à gauche, un sur deux doublé : 0 + 1 + 7 + 0 + 0 + 2 + 0 + 8 + 2 = 20, multiple de 10
    assertThat(Epci.parse("240100750", "epci").valeur()).contains(Epci.of("240100750"));
    Anomalie cle = erreur(Epci.parse("240100751", "epci"), "epci");
    assertThat(cle.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(cle.message()).contains("clé").contains("Luhn");
    assertThat(cle.reference()).contains(References.CODE_COMMERCE_R123_220);
    assertThat(erreur(Epci.parse("24010075", "epci"), "epci").message()).contains("9 chiffres");
    assertThat(erreur(Epci.parse("240 100 750", "epci"), "epci").message()).contains("9 chiffres");
  }

  @Test
  @DisplayName("bailleur : identifiant et nom exigés ; un identifiant de 9 chiffres à la clé de Luhn fausse est un avertissement")
  void bailleur() {
    // 123456782 : 2 + 7 + 7 + 3 + 5 + 8 + 3 + 4 + 1 = 40, clé juste ; 123456789 : 47, clé fausse
    Resultat<Bailleur> juste = Bailleur.parse("123456782", " Habitat Exemple ", "bailleur");
    assertThat(juste.valeur()).contains(new Bailleur("123456782", "Habitat Exemple"));
    assertThat(juste.anomalies()).isEmpty();
    Resultat<Bailleur> faux = Bailleur.parse("123456789", "Habitat Exemple", "bailleur");
    assertThat(faux.valeur()).contains(new Bailleur("123456789", "Habitat Exemple"));
    assertThat(faux.avertissements()).singleElement().satisfies(a -> {
      assertThat(a.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
      assertThat(a.chemin()).isEqualTo("bailleur.identifiant");
    });
    assertThat(Bailleur.parse("BAILLEUR", "le bailleur", "").anomalies()).isEmpty();
    Resultat<Bailleur> vide = Bailleur.parse(" ", null, "");
    assertThat(vide.erreurs()).extracting(Anomalie::chemin).containsExactly("identifiant", "nom");
    assertThat(vide.erreurs()).extracting(Anomalie::code).containsOnly(CodeAnomalie.CHAMP_MANQUANT);
  }

  @Test
  @DisplayName("taux : 9,3 % = 93/1000, 0,25 = 1/4, 3/10, 100 % ; « 12 pourcent » est une anomalie française, non une NumberFormatException")
  void taux() {
    assertThat(Taux.parse("9,3 %", "t").valeur()).contains(Taux.of(93, 1000));
    assertThat(Taux.parse("0,25", "t").valeur()).contains(Taux.pourcent(25));
    assertThat(Taux.parse(" 3/10 ", "t").valeur()).contains(Taux.of(3, 10));
    assertThat(Taux.parse("100 %", "t").valeur()).contains(Taux.CENT_POUR_CENT);
    assertThat(Taux.parse("0", "t").valeur()).contains(Taux.ZERO);
    Anomalie a = erreur(Taux.parse("12 pourcent", "rotations.2024"), "rotations.2024");
    assertThat(a.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(a.message()).startsWith("nombre attendu");
    assertThat(erreur(Taux.parse("101 %", "t"), "t").code()).isEqualTo(CodeAnomalie.HORS_DOMAINE);
    assertThat(erreur(Taux.parse("-1 %", "t"), "t").code()).isEqualTo(CodeAnomalie.NOMBRE_NEGATIF);
    assertThat(erreur(Taux.parse("1/0", "t"), "t").message()).isEqualTo("dénominateur nul");
    assertThat(erreur(Taux.parse(null, "t"), "t").code()).isEqualTo(CodeAnomalie.CHAMP_MANQUANT);
    assertThat(Taux.of("9,3 %")).isEqualTo(Taux.of(93, 1000));
  }

  @Test
  @DisplayName("fractions : -1/2, 1,5e3 = 1500, 1e39 lus exactement ; 41 chiffres au texte ou à la valeur (1e40), exposant 999999999 : DEBORDEMENT sans expansion")
  void fractions() {
    assertThat(Fraction.parse("-1/2", "f").valeur()).contains(Fraction.of(-1, 2));
    assertThat(Fraction.parse("1,5e3", "f").valeur()).contains(Fraction.of(1500));
    assertThat(Fraction.parse("1e39", "f").valeur()).contains(Fraction.of(BigInteger.TEN.pow(39), BigInteger.ONE));
    // 1e40 et 1e-38 % respectent les limites du texte (exposant 40 au plus), non celles de la valeur : 41 chiffres
    assertThat(erreur(Fraction.parse("1e40", "f"), "f").message()).contains("valeur de plus de 40 chiffres");
    assertThat(erreur(Fraction.parse("1e-38 %", "f"), "f").code()).isEqualTo(CodeAnomalie.DEBORDEMENT);
    assertThat(Fraction.parse("9".repeat(40) + "/" + "7".repeat(40), "f").isValide()).isTrue();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (String t : new String[] {"9".repeat(41), "1e41", "1e999999999", "1e-999999999", "1".repeat(1_000_000)}) {
        assertThat(erreur(Fraction.parse(t, "f"), "f").code()).isEqualTo(CodeAnomalie.DEBORDEMENT);
      }
    });
    // chiffres arabes-indiens : BigDecimal les lirait comme 12 ; refusés, non convertis
    assertThat(erreur(Fraction.parse("١٢", "f"), "f").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(erreur(Fraction.parse("NaN", "f"), "f").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(erreur(Fraction.parse("0x10", "f"), "f").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
  }

  @Test
  @DisplayName("typologie (arrêté RPLS, pièces principales) : T3, t6+, T6_PLUS lus ; T9 et « T6_PLUſ » inconnus (aucun ajustement de casse Unicode)")
  void typologies() {
    assertThat(Typologie.parse("T3", "t").valeur()).contains(Typologie.T3);
    assertThat(Typologie.parse("t6+", "t").valeur()).contains(Typologie.T6_PLUS);
    assertThat(Typologie.parse("T6_PLUS", "t").valeur()).contains(Typologie.T6_PLUS);
    Anomalie a = erreur(Typologie.parse("T9", "t"), "t");
    assertThat(a.code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
    assertThat(a.reference()).contains(References.ARRETE_RPLS);
    assertThat(erreur(Typologie.parse("T6_PLUſ", "t"), "t").code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
  }

  @Test
  @DisplayName("financement (arrêté RPLS) : PLAI, plus, autre lus ; PLX et « plaı » (i sans point) inconnus")
  void financements() {
    assertThat(Financement.parse("PLAI", "f").valeur()).contains(Financement.PLAI);
    assertThat(Financement.parse(" plus ", "f").valeur()).contains(Financement.PLUS);
    assertThat(Financement.parse("autre", "f").valeur()).contains(Financement.AUTRE);
    assertThat(erreur(Financement.parse("PLX", "f"), "f").code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
    assertThat(erreur(Financement.parse("plaı", "f"), "f").code()).isEqualTo(CodeAnomalie.CODE_INCONNU);
  }

  @Test
  @DisplayName("dates : 01/03/2025 et 2025-03-01 lues ; 31/04/2025 refusée, non ramenée au 30 avril ; années 1900 à 2100")
  void dates() {
    LocalDate premierMars = LocalDate.of(2025, 3, 1);
    assertThat(Dates.parse("01/03/2025", "date").valeur()).contains(premierMars);
    assertThat(Dates.parse("2025-03-01", "date").valeur()).contains(premierMars);
    assertThat(Dates.parseIso("2025-03-01", "date").valeur()).contains(premierMars);
    assertThat(Dates.parse("29/02/2024", "date").valeur()).contains(LocalDate.of(2024, 2, 29));
    Anomalie avril = erreur(Dates.parse("31/04/2025", "date"), "date");
    assertThat(avril.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(avril.message()).contains("inexistante").contains("31/04/2025");
    assertThat(erreur(Dates.parse("2025-02-29", "date"), "date").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(erreur(Dates.parse("+999999999-12-31", "date"), "date").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(erreur(Dates.parse("2101-01-01", "date"), "date").code()).isEqualTo(CodeAnomalie.DATE_INCOHERENTE);
    assertThat(erreur(Dates.parse("31/12/1899", "date"), "date").code()).isEqualTo(CodeAnomalie.DATE_INCOHERENTE);
    assertThat(Dates.parse("01/01/1900", "date").valeur()).contains(LocalDate.of(1900, 1, 1));
    assertThat(Dates.parse("31/12/2100", "date").valeur()).contains(LocalDate.of(2100, 12, 31));
    assertThat(erreur(Dates.parseIso("01/03/2025", "date"), "date").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(erreur(Dates.parse("", "date"), "date").code()).isEqualTo(CodeAnomalie.CHAMP_MANQUANT);
  }

  @Test
  @DisplayName("ressources (L.441-1, premier quartile) : 18000,50 exactes, 12,345 non arrondies ; négatives, « 18 000 », 31 caractères refusés, jamais citées")
  void ressources() {
    assertThat(Menage.parseRessources("18000,50", "r").valeur()).contains(new BigDecimal("18000.50"));
    assertThat(Menage.parseRessources("12,345", "r").valeur()).contains(new BigDecimal("12.345"));
    assertThat(Menage.parseRessources("0", "r").valeur()).contains(BigDecimal.ZERO);
    Anomalie negatives = erreur(Menage.parseRessources("-1200", "menage.ressources"), "menage.ressources");
    assertThat(negatives.code()).isEqualTo(CodeAnomalie.NOMBRE_NEGATIF);
    assertThat(negatives.reference()).contains(References.CCH_L441_1_QUARTILE);
    Anomalie milliers = erreur(Menage.parseRessources("18 000", "r"), "r");
    assertThat(milliers.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
    assertThat(milliers.message()).doesNotContain("18").contains("non citée");
    assertThat(erreur(Menage.parseRessources("1".repeat(31), "r"), "r").code()).isEqualTo(CodeAnomalie.DEBORDEMENT);
    assertThat(erreur(Menage.parseRessources("1e999999999", "r"), "r").code()).isEqualTo(CodeAnomalie.DEBORDEMENT);
    assertThat(erreur(Menage.parseRessources("3/10", "r"), "r").code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
  }

  @Test
  @DisplayName("unités de consommation : deux adultes et un enfant, 1 + 0,5 + 0,3 = 1,8 = 9/5 ; nulles ou négatives : HORS_DOMAINE")
  void unitesDeConsommation() {
    Fraction attendu = Menage.unitesConsommation(2, 1);
    assertThat(attendu).isEqualTo(Fraction.of(9, 5));
    assertThat(Menage.parseUnitesConsommation("1,8", "uc").valeur()).contains(attendu);
    assertThat(Menage.parseUnitesConsommation("9/5", "uc").valeur()).contains(attendu);
    assertThat(erreur(Menage.parseUnitesConsommation("0", "uc"), "uc").code()).isEqualTo(CodeAnomalie.HORS_DOMAINE);
    assertThat(erreur(Menage.parseUnitesConsommation("-1,5", "uc"), "uc").code()).isEqualTo(CodeAnomalie.HORS_DOMAINE);
    assertThat(erreur(Menage.parseUnitesConsommation("1".repeat(31), "uc"), "uc").code()).isEqualTo(CodeAnomalie.DEBORDEMENT);
  }

  @Test
  @DisplayName("numéro unique (L.441-2-1 CCH) : lu sans jamais être cité ; mal formé ou de plus de 27 caractères : FORMAT_INVALIDE")
  void numeroUnique() {
    String numero = "001202500012345";
    assertThat(NumeroUnique.parse(" " + numero + " ", "menage.numero").valeur()).contains(new NumeroUnique(numero));
    for (String t : new String[] {"DUPONT", "0012025" + "1".repeat(21), "00120"}) {
      Anomalie a = erreur(NumeroUnique.parse(t, "menage.numero"), "menage.numero");
      assertThat(a.code()).isEqualTo(CodeAnomalie.FORMAT_INVALIDE);
      assertThat(a.message()).doesNotContain(t).contains("non citée");
      assertThat(a.reference()).contains(References.CCH_L441_2_1);
    }
  }

  @Test
  @DisplayName("un texte d'un million de caractères n'est jamais cité en entier : 20 caractères et sa longueur")
  void citationBornee() {
    Anomalie a = erreur(Commune.parse("9".repeat(1_000_000), "c"), "c");
    assertThat(a.message()).hasSizeLessThan(200).contains("(1000000 caractères)");
    assertThat(erreur(Typologie.parse("T\u0000\u0007", "t"), "t").message()).contains("« T?? »");
    assertThat(Optional.of(a.code())).contains(CodeAnomalie.FORMAT_INVALIDE);
  }
}
