package fr.fluxlogement.rules.assiette;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.ParcLu;
import fr.fluxlogement.core.logement.Logement;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assiette de chaque couple bailleur × commune depuis les octets d'un fichier RPLS")
class ParcParCoupleTest {

  @Test
  @DisplayName("mêmes drapeaux, mêmes groupes et mêmes assiettes que les logements lus ligne à ligne")
  void commeLaLectureLigneALigne() {
    Random r = new Random(7);
    List<String> lignes = new ArrayList<>(List.of("IDENT_REP;SIREN_BAILLEUR;DEPCOM;NBPIECE;FINAN;CUS;MODE;SORTIEPATRIM;MISCOMMERCIAL;LOCAT"));
    String[] bailleurs = {"552081317", "792341827", ""};
    String[] communes = {"01281", "01160", "2A004"};
    for (int i = 0; i < 2_000; i++) {
      lignes.add(String.join(";", "L" + i, bailleurs[r.nextInt(3)], communes[r.nextInt(3)], Integer.toString(1 + r.nextInt(6)),
          r.nextInt(10) == 0 ? "16" : "13", "", Integer.toString(1 + r.nextInt(5)), new String[] {"", "1", "4", "9"}[r.nextInt(4)],
          new String[] {"", "1", "2"}[r.nextInt(3)], Integer.toString(2020 + r.nextInt(7))));
    }
    byte[] octets = String.join("\n", lignes).getBytes(StandardCharsets.UTF_8);
    ForkJoinPool pool = new ForkJoinPool(2);
    ParcLu lu = LecteurRpls.colonnes(ByteBuffer.wrap(octets), pool, 2);
    pool.shutdown();
    List<Logement> logements = new ArrayList<>();
    LecteurRpls.lire(lignes.iterator(), logements::add);
    assertThat(lu.taille()).isEqualTo(logements.size()).isEqualTo(2_000);
    ParcParCouple p = ParcParCouple.of(lu);
    int[] groupe = new int[logements.size()];
    List<String> couples = new ArrayList<>();
    for (int i = 0; i < logements.size(); i++) {
      assertThat(ParcParCouple.drapeaux(lu, i)).isEqualTo(ParcColonnes.drapeaux(logements.get(i)));
      String[] champs = lignes.get(i + 1).split(";", -1);
      String couple = champs[1] + "|" + champs[2];
      if (!couples.contains(couple)) {
        couples.add(couple);
      }
      groupe[i] = couples.indexOf(couple);
    }
    assertThat(p.groupes()).isEqualTo(couples.size());
    for (int g = 0; g < p.groupes(); g++) {
      assertThat(p.bailleur(g) + "|" + p.commune(g)).isEqualTo(couples.get(g));
    }
    assertThat(p.assiettes(2025)).isDeepEqualTo(ParcColonnes.of(logements, couples.size(), groupe).assiettes(2025));
  }
}
