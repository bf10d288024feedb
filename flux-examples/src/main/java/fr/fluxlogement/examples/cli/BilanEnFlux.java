package fr.fluxlogement.examples.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.bilan.RapportBilan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * L'écriture du bilan dont les listes de logements (art. 6) sont lues au fil de l'eau dans des
 * {@link ListesTriees} : le texte rendu est, octet pour octet, celui des rendus de {@code
 * flux-rendu} ({@link Tables#BILAN} en CSV, {@link Tables#bilan} en JSON) sur le bilan dont les
 * listes seraient en mémoire. Le squelette du rendu est calculé sur le bilan sans listes, chaque
 * liste remplacée par une marque ; chaque marque est remplacée à l'écriture par la liste jointe
 * par des virgules, avec la neutralisation et la citation CSV ({@link Csv#cellule}) ou
 * l'échappement JSON que la liste entière aurait reçus.
 */
final class BilanEnFlux {

  private BilanEnFlux() {}

  /** Les mesures listées, dans l'ordre des colonnes d'une ligne du bilan. */
  private static final Mesure[] LISTEES = {Mesure.PROPOSITIONS, Mesure.ATTRIBUTIONS_CALEOL};

  /**
   * Écrit le bilan.
   *
   * @param bilan le bilan, sans ses listes
   * @param listes ses listes, lues une fois
   * @param json vrai pour le JSON (une ligne, comme {@code Tables.bilan(…).toString()}), faux pour le CSV
   * @param out la sortie
   */
  static void ecrire(Bilan bilan, ListesTriees listes, boolean json, PrintWriter out) {
    List<String> lignes = new ArrayList<>(bilan.parties());
    lignes.add(Cle.TOUS);
    // une marque absente du rendu sans marque : elle ne peut être confondue avec un libellé
    String nu = rendre(bilan, json);
    int t = 0;
    while (nu.contains(marque(t, ""))) {
      t++;
    }
    TreeMap<String, java.util.SortedSet<String>> marques = new TreeMap<>(bilan.listes());
    List<String[]> quoi = new ArrayList<>();
    for (String p : lignes) {
      for (Mesure m : LISTEES) {
        marques.put(m.name() + "|" + p, new TreeSet<>(List.of(marque(t, quoi.size() + "-"))));
        quoi.add(new String[] {p, m.name()});
      }
    }
    String squelette = rendre(new Bilan(bilan.annee(), bilan.compteurs(), bilan.libelles(), marques), json);
    String debut = marque(t, "");
    int i = 0;
    int k = 0;
    while (true) {
      int j = squelette.indexOf(debut, i);
      if (j < 0) {
        break;
      }
      int fin = squelette.indexOf('-', j + debut.length());
      int numero = Integer.parseInt(squelette.substring(j + debut.length(), fin));
      if (numero != k) {
        throw new IllegalStateException("marque " + numero + " à la place de " + k);
      }
      out.write(squelette, i, j - i);
      String partie = quoi.get(k)[0];
      Mesure mesure = Mesure.valueOf(quoi.get(k)[1]);
      Iterator<String> ids = listes.liste(partie, mesure);
      if (json) {
        json(ids, out);
      } else {
        csv(ids, listes.aCiter(partie, mesure), out);
      }
      i = fin + 1;
      k++;
    }
    if (k != quoi.size()) {
      throw new IllegalStateException(k + " listes écrites sur " + quoi.size());
    }
    out.write(squelette, i, squelette.length() - i);
  }

  private static String marque(int t, String suite) {
    return "flux-liste-" + t + "-" + suite;
  }

  private static String rendre(Bilan b, boolean json) {
    RapportBilan r = new RapportBilan(b, Map.of(), Optional.empty());
    return json ? Tables.bilan(r) + "\n" : Tables.BILAN.csv(r.lignes());
  }

  private static void json(Iterator<String> ids, PrintWriter out) {
    JsonStringEncoder e = JsonStringEncoder.getInstance();
    boolean premier = true;
    while (ids.hasNext()) {
      if (!premier) {
        out.write(", ");
      }
      out.write(e.quoteAsString(ids.next()));
      premier = false;
    }
  }

  /**
   * La cellule CSV de la liste jointe : {@link Csv#cellule} ne regarde, pour neutraliser, que le
   * début du texte et s'il est un nombre (jamais quand il joint deux identifiants), et cite le texte
   * si l'un des identifiants contient {@code ;}, un guillemet ou un saut de ligne.
   */
  private static void csv(Iterator<String> ids, boolean citer, PrintWriter out) {
    if (!ids.hasNext()) {
      return;
    }
    String premier = ids.next();
    boolean plusieurs = ids.hasNext();
    String sonde = plusieurs ? premier + ", x" : premier;
    String c = Csv.cellule(sonde);
    String dedans = c.startsWith("\"") ? c.substring(1, c.length() - 1).replace("\"\"", "\"") : c;
    boolean apostrophe = dedans.length() == sonde.length() + 1;
    if (citer) {
      out.write('"');
    }
    if (apostrophe) {
      out.write('\'');
    }
    out.write(citer ? premier.replace("\"", "\"\"") : premier);
    while (ids.hasNext()) {
      out.write(", ");
      String s = ids.next();
      out.write(citer ? s.replace("\"", "\"\"") : s);
    }
    if (citer) {
      out.write('"');
    }
  }
}
