package fr.fluxlogement.rules.validation;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.function.Supplier;

/**
 * Le pont entre les anomalies du cœur et la {@link Validation} de Vavr, seul type de Vavr de l'API
 * publique des règles : une validation invalide porte <em>toutes</em> les erreurs (jamais la
 * première seulement), une validation valide porte une valeur qui garde ses avertissements.
 */
public final class Validations {

  private Validations() {}

  /**
   * Le plus grand compte de logements accepté dans des données externes : 10¹², cent mille fois le
   * parc social national. Au-delà, un compte est rejeté ({@code DEBORDEMENT}) : aucun calcul ne peut
   * ainsi déborder d'un {@code long}.
   */
  public static final long COMPTE_MAXIMUM = 1_000_000_000_000L;

  /** Ajoute à {@code anomalies} l'erreur d'un compte négatif ou trop grand ; vrai si le compte est bon. */
  public static boolean verifierCompte(long n, String chemin, fr.fluxlogement.core.reference.Reference reference, List<Anomalie> anomalies) {
    if (n < 0) {
      anomalies.add(Anomalie.erreur(fr.fluxlogement.core.anomalie.CodeAnomalie.NOMBRE_NEGATIF, chemin,
          "un nombre de logements ne peut être négatif : " + n, reference));
      return false;
    }
    if (n > COMPTE_MAXIMUM) {
      anomalies.add(Anomalie.erreur(fr.fluxlogement.core.anomalie.CodeAnomalie.DEBORDEMENT, chemin,
          "nombre de logements invraisemblable (plus de 10¹²) : " + n, reference));
      return false;
    }
    return true;
  }

  /**
   * Valide si {@code anomalies} ne contient aucune erreur (la valeur est alors calculée), invalide
   * avec toutes les erreurs sinon.
   */
  public static <T> Validation<Seq<Anomalie>, T> selon(List<Anomalie> anomalies, Supplier<T> valeur) {
    List<Anomalie> erreurs = anomalies.stream().filter(Anomalie::isErreur).toList();
    if (!erreurs.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(erreurs));
    }
    return Validation.valid(valeur.get());
  }

  /** La validation d'un résultat du cœur (les avertissements restent dans la valeur s'il y a lieu). */
  public static <T> Validation<Seq<Anomalie>, T> of(Resultat<T> resultat) {
    return resultat.valeur()
        .<Validation<Seq<Anomalie>, T>>map(Validation::valid)
        .orElseGet(() -> Validation.invalid(io.vavr.collection.List.ofAll(resultat.erreurs())));
  }

  /** Les anomalies d'une validation invalide, une liste vide sinon. */
  public static List<Anomalie> anomalies(Validation<Seq<Anomalie>, ?> v) {
    return v.isValid() ? List.of() : v.getError().asJava();
  }
}
