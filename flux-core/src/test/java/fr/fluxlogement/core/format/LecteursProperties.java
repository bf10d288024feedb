package fr.fluxlogement.core.format;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.logement.Logement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lecteurs : aller-retour et mutations aléatoires d'octets")
class LecteursProperties {

  private static final String ENTETE = String.join(";", LecteursTest.COLLECTE);
  private static final String[] FINAN = {"10", "11", "12", "13", "14", "15", "16", "17", "49", "50", "51", "52", "53", "54", "55", "99"};
  private static final String[] COMMUNES = {"01281", "01160", "2A004", "97411", "75056", "57463"};

  private static String ligne(int i, int g) {
    int x = g & Integer.MAX_VALUE;
    return LecteursTest.ligne(LecteursTest.champs("IDENT_REP", String.format("%010d", i), "DEPCOM", COMMUNES[x % COMMUNES.length],
        "QPV", x % 3 == 0 ? "1" : "2", "NBPIECE", Integer.toString(1 + x % 9), "FINAN", FINAN[x % FINAN.length],
        "MODE", Integer.toString(1 + x % 5), "CONTRESLOG", Integer.toString(1 + x % 7), "LOCAT", Integer.toString(1950 + x % 70),
        "MISCOMMERCIAL", x % 11 == 0 ? "1" : "2"));
  }

  @Test
  @DisplayName("des logements valides écrits puis relus sont égaux, et tous acceptés")
  void allerRetour() {
    Proprietes.qt(1000).forAll(lists().of(integers().all()).ofSizeBetween(0, 50)).check(graines -> {
      List<String> f = new ArrayList<>(List.of(ENTETE));
      for (int i = 0; i < graines.size(); i++) {
        f.add(ligne(i, graines.get(i)));
      }
      List<Logement> premier = new ArrayList<>();
      CompteRenduLecture b = LecteurRpls.lire(f.iterator(), premier::add);
      List<String> reecrit = new ArrayList<>(List.of(ENTETE));
      for (Logement l : premier) {
        reecrit.add(LecteursTest.ligne(LecteursTest.champs("IDENT_REP", l.identifiant(), "DEPCOM", l.localisation().commune().code(),
            "QPV", l.isEnQpv() ? "1" : "2", "NBPIECE", Integer.toString(l.typologie().ordinal() + 1),
            "CUS", switch (l.financement()) {
              case PLAI -> "11";
              case PLUS -> "13";
              case PLS -> "14";
              case PLI -> "16";
              default -> "";
            }, "FINAN", l.financement() == fr.fluxlogement.core.logement.Financement.AUTRE ? "49" : "",
            "MODE", l.modeOccupation().code(), "CONTRESLOG", l.contingent().map(c -> c.code()).orElse(""),
            "LOCAT", Integer.toString(l.anneeMiseEnLocation().getAsInt()), "MISCOMMERCIAL", l.enVente() ? "1" : "2")));
      }
      List<Logement> second = new ArrayList<>();
      LecteurRpls.lire(reecrit.iterator(), second::add);
      return b.acceptees() == graines.size() && b.rejetees() == 0 && premier.size() == second.size()
          && sansTypologieFine(premier).equals(sansTypologieFine(second));
    });
  }

  /** NBPIECE 6 à 9 donne T6+ ; la réécriture ne garde que la typologie : on compare à typologie égale. */
  private static List<String> sansTypologieFine(List<Logement> l) {
    List<String> r = new ArrayList<>();
    for (Logement x : l) {
      r.add(x.identifiant() + x.localisation() + x.financement() + x.typologie() + x.modeOccupation() + x.contingent() + x.enVente()
          + x.anneeMiseEnLocation());
    }
    return r;
  }

  @Test
  @DisplayName("des mutations aléatoires d'octets ne font jamais planter un lecteur et ne rompent jamais la comptabilité des lignes")
  void mutationsAleatoires() {
    Proprietes.qt(2000).forAll(lists().of(integers().all()).ofSizeBetween(1, 20), longs().all(), integers().between(1, 40)).check((g, graine, n) -> {
      StringBuilder sb = new StringBuilder(ENTETE).append('\n');
      for (int i = 0; i < g.size(); i++) {
        sb.append(ligne(i, g.get(i))).append('\n');
      }
      Random r = new Random(graine);
      char[] c = sb.toString().toCharArray();
      for (int k = 0; k < n; k++) {
        c[r.nextInt(c.length)] = (char) (r.nextBoolean() ? r.nextInt(128) : ";\n\"0123456789".charAt(r.nextInt(13)));
      }
      List<String> lignes = List.of(new String(c).split("\n", -1));
      long nonVides = lignes.stream().skip(1).filter(x -> !LectureEnFlux.isVide(x)).count();
      long[] recus = new long[1];
      CompteRenduLecture b = LecteurRpls.lire(lignes.iterator(), x -> recus[0]++);
      CompteRenduLecture s = LecteurSne.lire(lignes.iterator(), id -> Optional.empty(), new Bailleur("B", "b"), x -> { });
      return b.lues() == nonVides && b.acceptees() == recus[0] && b.lues() == b.acceptees() + b.rejetees()
          && s.lues() == s.acceptees() + s.rejetees();
    });
  }
}
