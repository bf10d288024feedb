package fr.fluxlogement.core.menage;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
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
   * @throws IllegalArgumentException si le numéro n'a pas la forme générale attendue ; pour des
   *     données externes, voir {@link #parse(String, String)}
   */
  public NumeroUnique {
    Objects.requireNonNull(valeur, "valeur");
    if (!isValide(valeur)) {
      throw new IllegalArgumentException("numéro unique mal formé");
    }
  }

  /** La longueur maximale d'un numéro unique : 3 caractères de département, 4 chiffres, 20 caractères au plus. */
  public static final int MAX_CARACTERES = 27;

  /**
   * Lit un numéro unique venu de l'extérieur, de la forme générale vérifiée par {@link
   * #isValide(String)}. Aucune exception ; le numéro, donnée personnelle, n'est jamais cité dans les
   * messages. {@code parse(n.valeur(), c)} rend {@code n} ({@link #toString()} est masqué).
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#FORMAT_INVALIDE} (forme fausse ou plus de {@value #MAX_CARACTERES} caractères) ;
   * référence : L.441-2-1 CCH.
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return le numéro, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<NumeroUnique> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.CCH_L441_2_1);
    return champ.texte(texte, "numéro unique").flatMap(t -> t.length() <= MAX_CARACTERES && isValide(t)
        ? Resultat.ok(new NumeroUnique(t))
        : champ.echec(CodeAnomalie.FORMAT_INVALIDE, "numéro unique mal formé (département sur 3 caractères, 4 chiffres, puis au plus "
            + "20 chiffres ou lettres majuscules) ; valeur non citée"));
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
