package fr.fluxlogement.rules.validation;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.reference.Reference;
import java.util.List;

/**
 * Le contrôle commun des comptes de logements venus de données externes : jamais négatifs, jamais
 * au-delà de {@link #MAXIMUM}. Une anomalie relevée s'ajoute à la liste de la règle appelante, qui
 * rend ensuite un {@link fr.fluxlogement.core.anomalie.Resultat} portant toutes ses anomalies.
 */
public final class Comptes {

  private Comptes() {}

  /**
   * Le plus grand compte de logements accepté dans des données externes : 10¹², cent mille fois le
   * parc social national. Au-delà, un compte est rejeté ({@code DEBORDEMENT}) : aucun calcul ne peut
   * ainsi déborder d'un {@code long}.
   */
  public static final long MAXIMUM = 1_000_000_000_000L;

  /**
   * Ajoute à {@code anomalies} l'erreur d'un compte négatif ({@code NOMBRE_NEGATIF}) ou trop grand
   * ({@code DEBORDEMENT}).
   *
   * @param n le compte
   * @param chemin le chemin du champ dans les données
   * @param reference le texte qui exige le compte
   * @param anomalies la liste où ajouter l'erreur
   * @return vrai si le compte est bon (rien n'est alors ajouté)
   */
  public static boolean verifier(long n, String chemin, Reference reference, List<Anomalie> anomalies) {
    if (n < 0) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.NOMBRE_NEGATIF, chemin,
          "un nombre de logements ne peut être négatif : " + n, reference));
      return false;
    }
    if (n > MAXIMUM) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.DEBORDEMENT, chemin,
          "nombre de logements invraisemblable (plus de 10¹²) : " + n, reference));
      return false;
    }
    return true;
  }
}
