package fr.fluxlogement.core.format;

/**
 * Le masquage des valeurs citées dans les anomalies : une cellule décalée peut contenir un nom, un
 * numéro unique ou des ressources ; seuls un code d'au plus deux caractères et sa longueur sont
 * montrés, le reste est masqué ({@code « D***** » (6 caractères)}).
 */
final class Masque {

  private Masque() {}

  /** Le nombre de caractères montrés en clair. */
  static final int EN_CLAIR = 2;

  /** La valeur citée, masquée au-delà de ses premiers caractères. */
  static String de(String valeur) {
    if (valeur.isEmpty()) {
      return "valeur vide";
    }
    if (valeur.length() <= EN_CLAIR) {
      return "« " + propre(valeur) + " »";
    }
    return "« " + propre(valeur.substring(0, 1)) + "*".repeat(Math.min(valeur.length() - 1, 8)) + " » (" + valeur.length() + " caractères)";
  }

  private static String propre(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return b.toString();
  }
}
