package fr.fluxlogement.core.menage;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Le numéro unique d'enregistrement d'une demande de logement social (SNE, L.441-2-1 CCH). Traité
 * comme opaque : seule sa forme générale est vérifiée (département sur 3 caractères puis chiffres,
 * lettres finales admises), car sa composition exacte relève d'un acte réglementaire. [K]
 *
 * <p>Donnée personnelle : {@link #toString()} la masque ; seule {@link #valeur()} la révèle, quand
 * l'appelant la demande explicitement.
 *
 * @param valeur le numéro
 */
public record NumeroUnique(String valeur) {

  private static final Pattern FORME = Pattern.compile("(0[0-9][0-9AB]|9[78][0-9])[0-9]{4}[0-9A-Z]{0,20}");

  /**
   * Valide largement.
   *
   * @throws IllegalArgumentException si le numéro n'a pas la forme générale attendue
   */
  public NumeroUnique {
    Objects.requireNonNull(valeur, "valeur");
    if (!isValide(valeur)) {
      throw new IllegalArgumentException("numéro unique mal formé");
    }
  }

  /** Vrai si le texte a la forme générale d'un numéro unique. */
  public static boolean isValide(String texte) {
    return texte != null && FORME.matcher(texte).matches();
  }

  /** Masqué : {@code "NumeroUnique[***]"}. */
  @Override
  public String toString() {
    return "NumeroUnique[***]";
  }
}
