package fr.fluxlogement.core.format;

import java.nio.ByteBuffer;

/**
 * Le balayage des octets huit à huit, dans un {@code long} (lu en ordre gros-boutiste : l'octet de
 * plus petite adresse est le plus significatif) : les octets égaux à une valeur repérés d'un coup,
 * sans branchement par octet. Fonctions pures.
 */
final class Mots {

  private Mots() {}

  private static final long UNS = 0x0101010101010101L;
  private static final long BAS7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HAUTS = 0x8080808080808080L;

  /** Le masque exact des octets de {@code w} égaux à {@code c} : le bit haut de chacun, aucun autre. */
  static long egaux(long w, int c) {
    long x = w ^ (UNS * (c & 0xff));
    long t = (x & BAS7) + BAS7;
    return ~(t | x | BAS7);
  }

  /** Vrai si un octet au moins de {@code w} est hors de l'ASCII imprimable sans guillemet : moins de 0x20, 0x7f, {@code "} ou non ASCII. */
  static boolean special(long w) {
    return (w & HAUTS) != 0 || ((w - UNS * 0x20) & ~w & HAUTS) != 0 || egaux(w, '"') != 0 || egaux(w, 0x7f) != 0;
  }

  /** Le rang (0 à 7, depuis la plus petite adresse) du premier octet marqué d'un masque non nul. */
  static int premier(long masque) {
    return Long.numberOfLeadingZeros(masque) >>> 3;
  }

  /** Le nombre de {@code \n} de {@code b[debut, fin)}. */
  static long finsDeLigne(ByteBuffer vue, byte[] b, int debut, int fin) {
    long n = 0;
    int i = debut;
    for (; i + 8 <= fin; i += 8) {
      n += Long.bitCount(egaux(vue.getLong(i), '\n'));
    }
    for (; i < fin; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  /** L'indice du premier {@code \n} de {@code b[debut, fin)}, {@code fin} s'il n'y en a pas. */
  static int finDeLigne(ByteBuffer vue, byte[] b, int debut, int fin) {
    int i = debut;
    for (; i + 8 <= fin; i += 8) {
      long m = egaux(vue.getLong(i), '\n');
      if (m != 0) {
        return i + premier(m);
      }
    }
    while (i < fin && b[i] != '\n') {
      i++;
    }
    return i;
  }
}
