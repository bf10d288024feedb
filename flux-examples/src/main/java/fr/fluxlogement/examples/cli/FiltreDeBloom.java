package fr.fluxlogement.examples.cli;

/**
 * Un filtre de Bloom sur des identifiants : répond « peut-être vu » ou « jamais vu », en mémoire fixe.
 * Sert à repérer, sans garder tous les identifiants d'un fichier, les quelques-uns qui pourraient être
 * répétés, qu'une seconde lecture vérifie exactement.
 */
final class FiltreDeBloom {

  private final long[] bits;
  private final long masque;
  private final int hachages;

  /**
   * Un filtre d'environ {@code elements × 16} bits, entre 2¹⁶ et 2³⁰ bits (128 Mio au plus, quelle
   * que soit la taille du fichier), avec le nombre de hachages qui minimise les faux positifs (de 1 à
   * 8) : moins de 0,1 % de faux positifs jusqu'à 30 millions d'identifiants, environ 1 % à 100 millions.
   *
   * @param elements le nombre d'identifiants attendus
   */
  FiltreDeBloom(long elements) {
    long voulu = Math.max(1L << 16, Math.min(1L << 30, Math.max(1, elements) * 16));
    long taille = Long.highestOneBit(voulu - 1) << 1;
    bits = new long[(int) (taille >>> 6)];
    masque = taille - 1;
    hachages = (int) Math.max(1, Math.min(8, Math.round(taille / (double) Math.max(1, elements) * 0.693)));
  }

  /** Vrai si l'identifiant a peut-être déjà été ajouté ; l'ajoute. */
  boolean ajouter(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    long h1 = h;
    long h2 = Long.rotateLeft(h * 0x9E3779B97F4A7C15L, 31) | 1;
    boolean present = true;
    for (int k = 0; k < hachages; k++) {
      long b = (h1 + k * h2) & masque;
      int mot = (int) (b >>> 6);
      long bit = 1L << (b & 63);
      present &= (bits[mot] & bit) != 0;
      bits[mot] |= bit;
    }
    return present;
  }
}
