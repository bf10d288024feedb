package fr.fluxlogement.core.territoire;

import static org.quicktheories.generators.SourceDSL.integers;

import fr.fluxlogement.core.Proprietes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Territoires : propriétés des codes")
class TerritoireProperties {

  @Test
  @DisplayName("changer un seul chiffre d'un SIREN valide le rend invalide (clé de Luhn)")
  void luhnDetecteUnChiffre() {
    Proprietes.qt(2000).forAll(integers().between(0, 99_999_999), integers().between(0, 8), integers().between(1, 9))
        .check((corps, position, delta) -> {
          String base = String.format("%08d", corps);
          String siren = null;
          for (int cle = 0; cle <= 9; cle++) {
            if (Epci.isSirenValide(base + cle)) {
              siren = base + cle;
            }
          }
          if (siren == null) {
            return false;
          }
          char[] c = siren.toCharArray();
          c[position] = (char) ('0' + (c[position] - '0' + delta) % 10);
          return !Epci.isSirenValide(new String(c));
        });
  }

  @Test
  @DisplayName("new Commune(c.code()) rend la même commune (aller-retour)")
  void allerRetourCommune() {
    Proprietes.qt(2000).forAll(integers().between(1, 95), integers().between(1, 999)).check((dep, num) -> {
      if (dep == 20) {
        return true;
      }
      String code = String.format("%02d%03d", dep, num);
      return Commune.of(code).equals(Commune.of(Commune.of(code).toString()))
          && Commune.of(code).departement().code().equals(code.substring(0, 2));
    });
  }

  @Test
  @DisplayName("la validation rapide des départements accepte exactement l'expression du COG (01-19, 21-95, 2A, 2B, 971-976)")
  void departementsCommeLExpression() {
    java.util.regex.Pattern forme = java.util.regex.Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");
    String alphabet = "0123456789ABZ";
    Proprietes.qt(5000).forAll(integers().between(0, 12), integers().between(0, 12), integers().between(0, 13)).check((a, b, c) -> {
      String code = "" + alphabet.charAt(a) + alphabet.charAt(b) + (c == 13 ? "" : String.valueOf(alphabet.charAt(c)));
      return Departement.isValide(code) == forme.matcher(code).matches();
    });
  }
}
