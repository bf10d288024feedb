package fr.fluxlogement.examples.bench;

import java.util.ArrayList;
import java.util.List;

/** Un fichier de collecte RPLS synthétique (64 champs, arrêté du 5 janvier 2010), pour les mesures de lecture. */
public final class FichierRpls {

  private FichierRpls() {}

  /** Les 64 colonnes de la collecte. */
  public static final List<String> COLONNES = List.of("IDENT_REP", "IDENT_INT", "DROIT", "DEPCOM", "CODEPOSTAL", "LIBCOM", "NUMVOIE",
      "INDREP", "TYPVOIE", "NOMVOIE", "NUMAPPT", "NUMBOITE", "ESC", "COULOIR", "ETAGE", "COMPLIDENT", "ENTREE", "BAT", "IMMEU",
      "PROGRAMME", "LIEUDIT", "QPV", "TYPECONST", "NBPIECE", "SURFHAB", "CONSTRUCT", "LOCAT", "PATRIMOINE", "ORIGINE", "RSEXPRO",
      "SIRETEXPRO", "FINAN", "FINANAUTRE", "CONV", "NUMCONV", "DATCONV", "SORTIEPATRIM", "OLDLOGT", "NEWLOGT", "MODE", "BAIL",
      "MODESURF", "SURFMODE", "LOYERPRINC", "LOYERACC", "CONTRIB", "CUS", "DPEDATE", "DPEENERGIE", "DPESERRE", "SRU_EXPIR",
      "SRU_ALINEA", "IDENTGES", "CODSEGPATRIM", "LIBSEGPATRIM", "LOYERMAXAPL", "LOYERMAXCUS", "QUALACQ", "MISCOMMERCIAL", "PRIXVENTE",
      "PRODFIN", "REMLOCDATE", "CONTRESLOG", "COMMENTAIRE");

  /** L'en-tête. */
  public static final String ENTETE = String.join(";", COLONNES);

  /** La ligne {@code i}, plausible et valide. */
  public static String ligne(int i) {
    List<String> c = new ArrayList<>(COLONNES.size());
    for (int k = 0; k < COLONNES.size(); k++) {
      c.add("");
    }
    c.set(0, String.format("%010d", i));
    c.set(1, "INT" + i);
    c.set(2, "1");
    c.set(3, String.format("01%03d", 1 + i % 400));
    c.set(4, "01210");
    c.set(5, "ORNEX");
    c.set(6, Integer.toString(1 + i % 120));
    c.set(8, "RUE");
    c.set(9, "DES OUCHES");
    c.set(14, Integer.toString(i % 6));
    c.set(21, i % 10 < 3 ? "1" : "2");
    c.set(22, "C");
    c.set(23, Integer.toString(1 + i % 6));
    c.set(24, Integer.toString(30 + i % 70));
    c.set(25, Integer.toString(1960 + i % 60));
    c.set(26, Integer.toString(1961 + i % 60));
    c.set(27, Integer.toString(1961 + i % 60));
    c.set(28, "1");
    c.set(31, i % 5 == 0 ? "11" : "13");
    c.set(33, "1");
    c.set(35, "01/01/2000");
    c.set(36, "9");
    c.set(39, Integer.toString(1 + i % 2));
    c.set(40, "03/2019");
    c.set(43, "412");
    c.set(46, i % 5 == 0 ? "11" : "13");
    c.set(47, "01/2020");
    c.set(48, "C");
    c.set(49, "D");
    c.set(58, "2");
    c.set(62, Integer.toString(1 + i % 7));
    return String.join(";", c);
  }
}
