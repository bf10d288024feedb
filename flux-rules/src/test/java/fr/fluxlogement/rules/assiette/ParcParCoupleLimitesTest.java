package fr.fluxlogement.rules.assiette;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.ParcLu;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assiette par couple bailleur × commune (art. 2, R.441-5 I) : 300 couples, la table des couples agrandie plusieurs fois")
class ParcParCoupleLimitesTest {

  private static final String[] BAILLEURS = {"552081317", "792341827", ""};

  /**
   * Deux passages sur 100 communes × 3 bailleurs (le troisième absent) : le premier en PLUS, le
   * second en PLI ; chaque couple a donc 2 logements, 1 retenu et 1 exclu (PLI, L.441-1).
   */
  private static ParcLu lu() {
    List<String> lignes = new ArrayList<>(List.of("IDENT_REP;SIREN_BAILLEUR;DEPCOM;NBPIECE;FINAN;CUS;MODE;SORTIEPATRIM;MISCOMMERCIAL;LOCAT"));
    int n = 0;
    for (int passage = 0; passage < 2; passage++) {
      for (int c = 0; c < 100; c++) {
        for (String b : BAILLEURS) {
          lignes.add(String.join(";", "L" + n++, b, commune(c), "3", passage == 0 ? "13" : "16", "", "1", "", "", "2010"));
        }
      }
    }
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      return LecteurRpls.colonnes(ByteBuffer.wrap(String.join("\n", lignes).getBytes(StandardCharsets.UTF_8)), pool, 1);
    } finally {
      pool.shutdown();
    }
  }

  private static String commune(int c) {
    return String.format("01%03d", c + 1);
  }

  @Test
  @DisplayName("300 couples numérotés dans l'ordre de leur première rencontre (commune × 3 + bailleur), chacun 1 retenu et 1 PLI exclu")
  void troisCentsCouples() {
    ParcLu lu = lu();
    assertThat(lu.taille()).isEqualTo(600);
    ParcParCouple p = ParcParCouple.of(lu);
    // 100 communes × 3 bailleurs : au-delà de 32 couples (la moitié de la table de 64), la table double, puis encore
    assertThat(p.groupes()).isEqualTo(300);
    assertThat(p.colonnes().groupes()).isEqualTo(300);
    long[][] a = p.assiettes(2025);
    int pli = 1 + MotifExclusion.PLI.ordinal();
    for (int g = 0; g < 300; g++) {
      assertThat(p.bailleur(g)).as("bailleur du couple %d", g).isEqualTo(BAILLEURS[g % 3]);
      assertThat(p.commune(g)).as("commune du couple %d", g).isEqualTo(commune(g / 3));
      long[] attendu = new long[MotifExclusion.values().length + 1];
      attendu[0] = 1; // assiette : le logement PLUS
      attendu[pli] = 1; // exclu : le logement PLI
      assertThat(a[g]).as("assiette du couple %d", g).containsExactly(attendu);
    }
  }
}
