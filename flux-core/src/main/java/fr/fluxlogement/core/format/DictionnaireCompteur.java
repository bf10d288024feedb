package fr.fluxlogement.core.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Un dictionnaire de textes à indices denses, dans l'ordre de première rencontre, cherché
 * directement par les octets d'un champ (sans créer de chaîne pour un texte déjà vu). Une chaîne
 * est cherchée par ses octets UTF-8, si bien qu'un texte en ASCII a le même indice lu en octets ou
 * en chaîne. Local à un fil ; {@code classe} garde pour chaque indice une valeur calculée une
 * fois (validité, code).
 */
final class DictionnaireCompteur {

  private byte[] octets = new byte[1 << 12];
  private int rempli;
  private int[] debut = new int[64];
  private int[] longueur = new int[64];
  private int[] table = new int[128];
  final List<String> textes = new ArrayList<>();
  int[] classe = new int[64];

  DictionnaireCompteur() {
    Arrays.fill(table, -1);
  }

  int taille() {
    return textes.size();
  }

  private static int hachage(byte[] b, int d, int n) {
    int h = n;
    for (int i = d; i < d + n; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 15);
  }

  /**
   * Les textes courts, cherchés par une clé sur un {@code long} plutôt que par leurs octets : leur
   * indice plus un (0 : case vide), à la place de leur clé.
   */
  private long[] clesCourtes = new long[256];
  private int[] indicesCourts = new int[256];
  private int courts;
  /** Le nombre de textes de la table des octets (les autres). */
  private int longs;

  private static final long SANS_CLE = -1;

  /**
   * La clé d'un texte court, injective : jusqu'à 7 octets, les octets et la longueur ; de 8 à 16
   * chiffres ASCII, leur valeur, leur longueur et un bit de sorte ; {@link #SANS_CLE} sinon.
   */
  static long cle(byte[] b, int d, int n) {
    if (n <= 7) {
      long k = (long) n << 56;
      for (int i = d; i < d + n; i++) {
        k = k ^ ((long) (b[i] & 0xff) << (8 * (i - d)));
      }
      return k;
    }
    if (n > 16) {
      return SANS_CLE;
    }
    long v = 0;
    for (int i = d; i < d + n; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return SANS_CLE;
      }
      v = v * 10 + c;
    }
    return (1L << 62) | ((long) n << 56) | v;
  }

  private static int place(long cle, int masque) {
    return (int) ((cle * 0x9E3779B97F4A7C15L) >>> 40) & masque;
  }

  private int indiceCourt(long cle) {
    int masque = clesCourtes.length - 1;
    int h = place(cle, masque);
    while (true) {
      int i = indicesCourts[h];
      if (i == 0) {
        return -1;
      }
      if (clesCourtes[h] == cle) {
        return i - 1;
      }
      h = (h + 1) & masque;
    }
  }

  private void placerCourt(long cle, int indice) {
    if (2 * (courts + 1) > clesCourtes.length) {
      long[] c = clesCourtes;
      int[] x = indicesCourts;
      clesCourtes = new long[c.length * 2];
      indicesCourts = new int[c.length * 2];
      for (int k = 0; k < c.length; k++) {
        if (x[k] != 0) {
          poser(c[k], x[k]);
        }
      }
    }
    poser(cle, indice + 1);
    courts++;
  }

  private void poser(long cle, int valeur) {
    int masque = clesCourtes.length - 1;
    int h = place(cle, masque);
    while (indicesCourts[h] != 0) {
      h = (h + 1) & masque;
    }
    clesCourtes[h] = cle;
    indicesCourts[h] = valeur;
  }

  /** L'indice du texte, −1 s'il n'y est pas encore ; {@code ajouter} l'ajoute alors et rend son indice. */
  int indice(byte[] b, int d, int n) {
    long k = cle(b, d, n);
    if (k != SANS_CLE) {
      return indiceCourt(k);
    }
    int masque = table.length - 1;
    int h = hachage(b, d, n) & masque;
    while (true) {
      int i = table[h];
      if (i < 0) {
        return -1;
      }
      if (longueur[i] == n && Arrays.equals(octets, debut[i], debut[i] + n, b, d, d + n)) {
        return i;
      }
      h = (h + 1) & masque;
    }
  }

  /** Ajoute un texte absent ; rend son indice. */
  int ajouter(byte[] b, int d, int n, String texte) {
    int i = textes.size();
    if (i == debut.length) {
      debut = Arrays.copyOf(debut, i * 2);
      longueur = Arrays.copyOf(longueur, i * 2);
      classe = Arrays.copyOf(classe, i * 2);
    }
    while (rempli + n > octets.length) {
      octets = Arrays.copyOf(octets, octets.length * 2);
    }
    System.arraycopy(b, d, octets, rempli, n);
    debut[i] = rempli;
    longueur[i] = n;
    rempli += n;
    textes.add(texte);
    long k = cle(b, d, n);
    if (k != SANS_CLE) {
      placerCourt(k, i);
      return i;
    }
    longs++;
    if (2 * longs > table.length) {
      int[] t = new int[table.length * 2];
      Arrays.fill(t, -1);
      for (int x = 0; x < i; x++) {
        if (cle(octets, debut[x], longueur[x]) == SANS_CLE) {
          placer(t, x);
        }
      }
      table = t;
    }
    placer(table, i);
    return i;
  }

  private void placer(int[] t, int k) {
    int masque = t.length - 1;
    int h = hachage(octets, debut[k], longueur[k]) & masque;
    while (t[h] >= 0) {
      h = (h + 1) & masque;
    }
    t[h] = k;
  }

  /** L'indice du texte {@code i} d'un autre dictionnaire, ajouté si besoin. */
  int indice(DictionnaireCompteur autre, int i) {
    int d = autre.debut[i];
    int n = autre.longueur[i];
    int x = indice(autre.octets, d, n);
    return x >= 0 ? x : ajouter(autre.octets, d, n, autre.textes.get(i));
  }

  /** L'indice d'une chaîne, ajoutée si besoin. */
  int indice(String texte) {
    byte[] b = texte.getBytes(StandardCharsets.UTF_8);
    int i = indice(b, 0, b.length);
    return i >= 0 ? i : ajouter(b, 0, b.length, texte);
  }
}
