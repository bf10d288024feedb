package fr.fluxlogement.rules.assiette;

import fr.fluxlogement.core.format.ParcLu;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.ModeOccupation;
import java.util.Arrays;
import java.util.Objects;

/**
 * Un parc lu d'un fichier RPLS ({@link ParcLu}) rangé en {@link ParcColonnes}, un groupe par couple
 * bailleur × commune, numérotés dans l'ordre de leur première rencontre dans le fichier : l'assiette
 * de chaque couple (art. 2) droit depuis les colonnes lues, sans objet par logement. Les drapeaux
 * sont ceux de {@link ParcColonnes#drapeaux} pour les logements que rend la lecture ligne à ligne
 * (PLI, logement confié à une association, mis en vente, destiné à la démolition) ; l'année est
 * celle de la première mise en location. Immuable.
 */
public final class ParcParCouple {

  private final ParcColonnes colonnes;
  private final int[] bailleur;
  private final int[] commune;
  private final ParcLu parc;

  private ParcParCouple(ParcColonnes colonnes, int[] bailleur, int[] commune, ParcLu parc) {
    this.colonnes = colonnes;
    this.bailleur = bailleur;
    this.commune = commune;
    this.parc = parc;
  }

  /** Les couples bailleur × commune d'un parc lu (un bailleur absent forme son propre groupe avec chaque commune). */
  public static ParcParCouple of(ParcLu parc) {
    Objects.requireNonNull(parc, "parc");
    int n = parc.taille();
    int communes = parc.communes();
    int[] table = new int[Integer.highestOneBit(Math.max(16, n / 8)) * 4];
    long[] cles = new long[table.length];
    Arrays.fill(table, -1);
    int masque = table.length - 1;
    int[] groupe = new int[n];
    byte[] drapeaux = new byte[n];
    short[] annees = new short[n];
    int[] gb = new int[64];
    int[] gc = new int[64];
    int g = 0;
    for (int i = 0; i < n; i++) {
      long cle = (long) (parc.bailleur(i) + 1) * communes + parc.commune(i);
      int h = (int) ((cle * 0x9E3779B97F4A7C15L) >>> 40) & masque;
      while (table[h] >= 0 && cles[h] != cle) {
        h = (h + 1) & masque;
      }
      if (table[h] < 0) {
        if (2 * g >= table.length) {
          // agrandir : rehacher les couples déjà vus
          int[] t = new int[table.length * 2];
          long[] c = new long[t.length];
          Arrays.fill(t, -1);
          int m = t.length - 1;
          for (int k = 0; k < table.length; k++) {
            if (table[k] >= 0) {
              int x = (int) ((cles[k] * 0x9E3779B97F4A7C15L) >>> 40) & m;
              while (t[x] >= 0) {
                x = (x + 1) & m;
              }
              t[x] = table[k];
              c[x] = cles[k];
            }
          }
          table = t;
          cles = c;
          masque = m;
          h = (int) ((cle * 0x9E3779B97F4A7C15L) >>> 40) & masque;
          while (table[h] >= 0) {
            h = (h + 1) & masque;
          }
        }
        if (g == gb.length) {
          gb = Arrays.copyOf(gb, g * 2);
          gc = Arrays.copyOf(gc, g * 2);
        }
        gb[g] = parc.bailleur(i);
        gc[g] = parc.commune(i);
        table[h] = g++;
        cles[h] = cle;
      }
      groupe[i] = table[h];
      drapeaux[i] = drapeaux(parc, i);
      annees[i] = (short) parc.anneeMiseEnLocation(i);
    }
    return new ParcParCouple(ParcColonnes.of(g, groupe, drapeaux, annees), Arrays.copyOf(gb, g), Arrays.copyOf(gc, g), parc);
  }

  /** Les drapeaux du logement {@code i} d'un parc lu, ceux de {@link ParcColonnes#drapeaux} pour le même logement lu ligne à ligne. */
  public static byte drapeaux(ParcLu parc, int i) {
    int d = 0;
    d |= parc.financement(i) == Financement.PLI ? ParcColonnes.PLI : 0;
    d |= parc.modeOccupation(i) == ModeOccupation.ASSOCIATION ? ParcColonnes.FOYER : 0;
    d |= parc.isEnVente(i) ? ParcColonnes.VENTE : 0;
    d |= parc.isADemolir(i) ? ParcColonnes.DEMOLITION : 0;
    return (byte) d;
  }

  /** Le parc en colonnes, un groupe par couple. */
  public ParcColonnes colonnes() {
    return colonnes;
  }

  /** Le nombre de couples. */
  public int groupes() {
    return bailleur.length;
  }

  /** L'identifiant du bailleur du couple {@code g}, vide s'il n'est pas renseigné. */
  public String bailleur(int g) {
    return bailleur[g] < 0 ? "" : parc.identifiantBailleur(bailleur[g]);
  }

  /** Le code INSEE de la commune du couple {@code g}. */
  public String commune(int g) {
    return parc.codeCommune(commune[g]);
  }

  /** L'assiette de chaque couple et ses exclusions, comme {@link ParcColonnes#assiettes(int)}. */
  public long[][] assiettes(int annee) {
    return colonnes.assiettes(annee);
  }
}
