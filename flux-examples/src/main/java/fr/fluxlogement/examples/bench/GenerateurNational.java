package fr.fluxlogement.examples.bench;

import java.util.SplittableRandom;

/**
 * Un parc national synthétique, déterministe (graine fixe), aux distributions réalistes : environ
 * 35 000 communes, jusqu'à 4 bailleurs par commune, des couples bailleur × commune d'indice dense, les modes d'occupation du RPLS Auvergne-Rhône-Alpes 2022
 * (DREAL Auvergne-Rhône-Alpes et SDES, « Le parc locatif social en Auvergne-Rhône-Alpes, situation au 1er janvier 2022 »), 30 % en QPV, 2 % de PLI, 1,5 % de premières mises en location.
 *
 * <p>Les colonnes sont publiques pour que chaque concurrent (flux, DuckDB, boucle primitive) lise
 * exactement les mêmes données.
 */
public final class GenerateurNational {

  /** Le nombre de logements. */
  public final int n;
  /** Le nombre de groupes (bailleur × commune). */
  public final int groupes;
  /** Le groupe de chaque logement. */
  public final int[] groupe;
  /** Les drapeaux d'exclusion de chaque logement (bits de {@code ParcColonnes}). */
  public final byte[] drapeaux;
  /** L'année de mise en location. */
  public final short[] anneeLocation;
  /** La typologie (0 à 5). */
  public final byte[] typologie;
  /** Le financement (0 à 4). */
  public final byte[] financement;
  /** En QPV. */
  public final boolean[] qpv;
  /** La commune (indice). */
  public final int[] commune;

  /** Engendre {@code n} logements. */
  public GenerateurNational(int n, long graine) {
    this.n = n;
    SplittableRandom r = new SplittableRandom(graine);
    int communes = Math.max(10, Math.min(35_000, n / 150));
    int[] groupeDeCommuneBailleur = new int[communes * 4];
    java.util.Arrays.fill(groupeDeCommuneBailleur, -1);
    groupe = new int[n];
    drapeaux = new byte[n];
    anneeLocation = new short[n];
    typologie = new byte[n];
    financement = new byte[n];
    qpv = new boolean[n];
    commune = new int[n];
    int g = 0;
    for (int i = 0; i < n; i++) {
      // communes en loi de puissance : beaucoup de petites, quelques grandes
      int c = (int) (communes * Math.pow(r.nextDouble(), 2.2));
      int choix = r.nextInt(4);
      int cle = c * 4 + choix;
      if (groupeDeCommuneBailleur[cle] < 0) {
        groupeDeCommuneBailleur[cle] = g++;
      }
      groupe[i] = groupeDeCommuneBailleur[cle];
      commune[i] = c;
      int mode = r.nextInt(592_144);
      int d = 0;
      if (mode < 4_741) {
        d |= 2; // association (MODE 4)
      }
      if (r.nextInt(100) < 2) {
        d |= 1; // PLI
      }
      if (r.nextInt(1000) < 3) {
        d |= 4; // défense, santé
      }
      if (r.nextInt(1000) < 8) {
        d |= 8; // vente
      }
      if (r.nextInt(1000) < 5) {
        d |= 16; // démolition
      }
      drapeaux[i] = (byte) d;
      anneeLocation[i] = (short) (r.nextInt(1000) < 15 ? 2025 : 1960 + r.nextInt(64));
      typologie[i] = (byte) Math.min(5, (int) Math.abs(r.nextGaussian() * 1.2 + 2.2));
      int f = r.nextInt(100);
      financement[i] = (byte) (f < 20 ? 0 : f < 85 ? 1 : f < 98 ? 2 : 3);
      qpv[i] = r.nextInt(100) < 30;
    }
    this.groupes = g;
  }
}
