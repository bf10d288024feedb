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

  /** L'indice du texte, −1 s'il n'y est pas encore ; {@code ajouter} l'ajoute alors et rend son indice. */
  int indice(byte[] b, int d, int n) {
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
    if (2 * textes.size() > table.length) {
      int[] t = new int[table.length * 2];
      Arrays.fill(t, -1);
      for (int k = 0; k < i; k++) {
        placer(t, k);
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

  /** L'indice d'une chaîne, ajoutée si besoin. */
  int indice(String texte) {
    byte[] b = texte.getBytes(StandardCharsets.UTF_8);
    int i = indice(b, 0, b.length);
    return i >= 0 ? i : ajouter(b, 0, b.length, texte);
  }
}
