package fr.fluxlogement.core.explication;

/** Petites règles de typographie française pour les libellés générés. */
public final class Francais {

  private Francais() {}

  /** « de » ou « d' » devant un nom : {@code de("Ornex")} donne {@code "d'Ornex"}. */
  public static String de(String nom) {
    if (nom.isEmpty()) {
      return "de";
    }
    char c = Character.toLowerCase(nom.charAt(0));
    boolean voyelle = "aeiouyéèêàâîïôh".indexOf(c) >= 0;
    return voyelle ? "d'" + nom : "de " + nom;
  }
}
