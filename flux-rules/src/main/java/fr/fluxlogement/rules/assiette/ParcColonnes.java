package fr.fluxlogement.rules.assiette;

import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Un parc en colonnes de primitives, pour les calculs à l'échelle nationale : un indice de groupe
 * dense par logement (un groupe = un couple bailleur × commune, ou tout autre regroupement choisi par
 * l'appelant) et, sur un octet, ce que l'assiette doit savoir de lui. Environ 7 octets par logement.
 * Immuable : les tableaux sont copiés à la construction et jamais exposés.
 */
public final class ParcColonnes {

  static final int PLI = 1;
  static final int FOYER = 2;
  static final int STOCK = 4;
  static final int VENTE = 8;
  static final int DEMOLITION = 16;
  static final int NPNRU = 32;

  private final int groupes;
  private final int[] groupe;
  private final byte[] drapeaux;
  private final short[] anneeLocation;

  private ParcColonnes(int groupes, int[] groupe, byte[] drapeaux, short[] anneeLocation) {
    this.groupes = groupes;
    this.groupe = groupe;
    this.drapeaux = drapeaux;
    this.anneeLocation = anneeLocation;
  }

  /**
   * Un parc en colonnes.
   *
   * @param groupes le nombre de groupes
   * @param groupe le groupe de chaque logement, dans [0, groupes)
   * @param drapeaux les drapeaux de chaque logement (voir {@link #drapeaux(Logement)})
   * @param anneeLocation l'année de première mise en location de chaque logement (0 si inconnue)
   * @throws IllegalArgumentException si les colonnes n'ont pas la même longueur ou si un groupe sort
   *     de l'intervalle
   */
  public static ParcColonnes of(int groupes, int[] groupe, byte[] drapeaux, short[] anneeLocation) {
    Objects.requireNonNull(groupe, "groupe");
    Objects.requireNonNull(drapeaux, "drapeaux");
    Objects.requireNonNull(anneeLocation, "anneeLocation");
    if (groupe.length != drapeaux.length || groupe.length != anneeLocation.length || groupes < 0) {
      throw new IllegalArgumentException("colonnes de longueurs différentes");
    }
    for (int g : groupe) {
      if (g < 0 || g >= groupes) {
        throw new IllegalArgumentException("groupe hors de [0, " + groupes + ") : " + g);
      }
    }
    return new ParcColonnes(groupes, groupe.clone(), drapeaux.clone(), anneeLocation.clone());
  }

  /** Un parc en colonnes depuis des logements et leur groupe. */
  public static ParcColonnes of(List<Logement> logements, int groupes, int[] groupe) {
    byte[] d = new byte[logements.size()];
    short[] a = new short[logements.size()];
    for (int i = 0; i < d.length; i++) {
      Logement l = logements.get(i);
      d[i] = drapeaux(l);
      a[i] = (short) Math.max(l.anneeMiseEnLocation().orElse(0), l.dateMiseEnService().map(x -> x.getYear()).orElse(0));
    }
    return of(groupes, groupe, d, a);
  }

  /** Les drapeaux d'un logement, dans l'ordre de priorité de {@link MotifExclusion}. */
  public static byte drapeaux(Logement l) {
    int d = 0;
    d |= l.financement() == Financement.PLI ? PLI : 0;
    d |= l.logementFoyer() || l.modeOccupation() == ModeOccupation.ASSOCIATION ? FOYER : 0;
    d |= l.reservationStock().isPresent() ? STOCK : 0;
    d |= l.enVente() ? VENTE : 0;
    d |= l.aDemolir() ? DEMOLITION : 0;
    d |= l.neufNpnru() ? NPNRU : 0;
    return (byte) d;
  }

  /** Le nombre de logements. */
  public int taille() {
    return groupe.length;
  }

  /** Le nombre de groupes. */
  public int groupes() {
    return groupes;
  }

  /**
   * Pour chaque groupe, l'assiette de l'année et le compte de chaque motif d'exclusion (mêmes règles
   * et même ordre de priorité que {@link CalculAssiette}).
   *
   * @return un tableau {@code [groupe][0]} = assiette, {@code [groupe][1 + motif.ordinal()]} = exclus
   */
  public long[][] assiettes(int annee) {
    int m = MotifExclusion.values().length + 1;
    long[] c = new long[groupes * m];
    for (int i = 0; i < groupe.length; i++) {
      int d = drapeaux[i];
      int colonne;
      if (d == 0) {
        colonne = anneeLocation[i] >= annee ? 1 + MotifExclusion.PREMIERE_MISE_EN_LOCATION.ordinal() : 0;
      } else {
        colonne = 1 + Integer.numberOfTrailingZeros(d);
      }
      c[groupe[i] * m + colonne]++;
    }
    long[][] r = new long[groupes][];
    for (int g = 0; g < groupes; g++) {
      r[g] = Arrays.copyOfRange(c, g * m, g * m + m);
    }
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParcColonnes p && groupes == p.groupes && Arrays.equals(groupe, p.groupe) && Arrays.equals(drapeaux, p.drapeaux)
        && Arrays.equals(anneeLocation, p.anneeLocation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupes, Arrays.hashCode(groupe), Arrays.hashCode(drapeaux), Arrays.hashCode(anneeLocation));
  }
}
