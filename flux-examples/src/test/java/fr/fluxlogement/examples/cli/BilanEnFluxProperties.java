package fr.fluxlogement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.format.LecteurSne;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

@DisplayName("Bilan écrit au fil de l'eau (art. 6) : listes triées hors mémoire, même texte que le rendu du bilan en mémoire")
class BilanEnFluxProperties {

  /** Des identifiants qui éprouvent la neutralisation et la citation CSV, l'échappement JSON et le codage des paquets. */
  private static final String[] IDS = {"A;1", "B\"2", "=X", "'=Y", "''", "-5", "-5,5", "'", "@z", "+1", "Lé", "L\uD83D\uDE00x",
      "L\uD83D\uDE00y", "12,5", "7", "C", "C ", "D;\"", "\\", "/", "L1", "L10", "L100", "L2", "ab", "abc", "abd", "é", "\u00e9\u00e8"};

  private static final String[] CONTINGENTS = {"0", "1", "2", "3", "4", "5", "COMMUNE-01053", "EPCI-200071751", "DEPARTEMENT-01"};

  private static QuickTheory qt(int exemples) {
    long graine = Long.getLong("flux.proprietes.graine", 20250101L);
    int echelle = Integer.getInteger("flux.proprietes.echelle", 100);
    return QuickTheory.qt().withFixedSeed(graine).withExamples(Math.max(10, (int) ((long) exemples * echelle / 100)));
  }

  /** Des attributions lues d'un fichier SNE engendré : identifiants, contingents, années et mutations au hasard. */
  static List<Attribution> attributions(long graine, int n) {
    Random r = new Random(graine);
    List<String> lignes = new ArrayList<>();
    lignes.add("DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;CONTINGENT;RESSOURCES;UC;DEPCOM;NBPIECE;FINAN;EPCI");
    for (int i = 0; i < n; i++) {
      String id = r.nextInt(4) == 0 ? "" : r.nextInt(3) == 0 ? "L" + r.nextInt(40) : IDS[r.nextInt(IDS.length)];
      lignes.add((r.nextInt(4) == 0 ? "2024" : "2025") + "-03-01;" + (r.nextBoolean() ? "2025" : "2026") + "-04-01;" + (1 + r.nextInt(2))
          + ";\"" + id.replace("\"", "\"\"") + "\";2;" + CONTINGENTS[r.nextInt(CONTINGENTS.length)] + ";" + (9000 + i) + ";1,5;"
          + (r.nextBoolean() ? "01053" : "01004") + ";3;13;200071751");
    }
    List<Attribution> l = new ArrayList<>();
    LecteurSne.lire(lignes.iterator(), x -> Optional.empty(), new Bailleur("B", "b"), l::add);
    return l;
  }

  private static String enFlux(List<Attribution> as, ListesTriees listes, boolean json) {
    Bilan.Compteur c = Bilan.compteur(2025, SeuilsQuartile.vide(), listes);
    as.forEach(c::attribution);
    Bilan b = c.toBilan();
    assertThat(b.listes()).isEmpty();
    StringWriter w = new StringWriter();
    BilanEnFlux.ecrire(b, listes, json, new PrintWriter(w));
    return w.toString();
  }

  private static String enMemoire(List<Attribution> as, boolean json) {
    Bilan.Compteur c = Bilan.compteur(2025, SeuilsQuartile.vide());
    as.forEach(c::attribution);
    RapportBilan r = new RapportBilan(c.toBilan(), Map.of(), Optional.empty());
    return json ? Tables.bilan(r) + "\n" : Tables.BILAN.csv(r.lignes());
  }

  @Test
  @DisplayName("500 jeux de 0 à 60 attributions, paquets de 1 à 8 identifiants fusionnés par 2 à 4 : CSV et JSON identiques octet pour "
      + "octet au rendu en mémoire ; fichiers temporaires effacés")
  void memeTexte() {
    qt(500).forAll(longs().all(), integers().between(0, 60), integers().between(1, 8), integers().between(2, 4))
        .checkAssert((graine, n, capacite, fusion) -> {
          List<Attribution> as = attributions(graine, n);
          for (boolean json : new boolean[] {false, true}) {
            ListesTriees listes = new ListesTriees(capacite, fusion);
            try (listes) {
              assertThat(enFlux(as, listes, json)).isEqualTo(enMemoire(as, json));
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        });
  }

  @Test
  @DisplayName("les paquets écrits sur disque sont effacés à la fermeture, dossier compris")
  void fichiersEffaces() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> avant;
    try (var s = Files.list(tmp)) {
      avant = s.filter(p -> p.getFileName().toString().startsWith("flux-bilan-")).toList();
    }
    ListesTriees listes = new ListesTriees(2, 2);
    for (int i = 0; i < 20; i++) {
      listes.lister(Mesure.ATTRIBUTIONS_CALEOL, "P", "L" + (i % 7));
    }
    List<String> lus = new ArrayList<>();
    listes.liste("P", Mesure.ATTRIBUTIONS_CALEOL).forEachRemaining(lus::add);
    assertThat(lus).containsExactly("L0", "L1", "L2", "L3", "L4", "L5", "L6");
    listes.close();
    try (var s = Files.list(tmp)) {
      assertThat(s.filter(p -> p.getFileName().toString().startsWith("flux-bilan-")).toList()).containsExactlyInAnyOrderElementsOf(avant);
    }
  }
}
