package fr.fluxlogement.rules.objectifs;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.quantite.Taux;
import java.util.Objects;
import java.util.Optional;

/**
 * Le résultat d'un objectif pour un réservataire (ou la part non réservée du bailleur) : atteint,
 * cible, écart et rattrapage. Une cible manquée n'est pas une erreur : c'est un résultat.
 *
 * @param partie le réservataire, ou la part du bailleur ; vide pour l'ensemble des attributions
 * @param indicateur l'objectif
 * @param publicCible les attributions au public visé
 * @param base les attributions qui forment la base (dénominateur)
 * @param atteint le taux atteint (0 si la base est vide)
 * @param cible le taux visé
 * @param ecart les ménages manquants pour atteindre la cible sur la base actuelle (0 si atteinte)
 * @param rattrapage parmi les attributions restant à faire dans l'année, combien doivent aller au
 *     public visé pour atteindre la cible en fin d'année ; vide si c'est impossible
 * @param restantes les attributions restant à faire dans l'année, retenues pour le rattrapage
 * @param explication l'explication
 * @param inconnus les attributions de la base dont le quartile du ménage est inconnu (seuil de
 *     l'EPCI absent pour l'année, logement sans EPCI) ; au moins une rend l'indicateur non
 *     calculable (L.441-1 : le premier quartile se juge sur le seuil de l'arrêté annuel)
 */
public record ResultatObjectif(
    Optional<Reservataire> partie,
    Indicateur indicateur,
    long publicCible,
    long base,
    Taux atteint,
    Taux cible,
    long ecart,
    Optional<Long> rattrapage,
    long restantes,
    Explication explication,
    long inconnus) {

  /** Valide. */
  public ResultatObjectif {
    Objects.requireNonNull(partie, "partie");
    Objects.requireNonNull(indicateur, "indicateur");
    Objects.requireNonNull(atteint, "atteint");
    Objects.requireNonNull(cible, "cible");
    Objects.requireNonNull(rattrapage, "rattrapage");
    Objects.requireNonNull(explication, "explication");
    if (inconnus < 0) {
      throw new IllegalArgumentException("inconnus négatif : " + inconnus);
    }
  }

  /** Un résultat calculable (aucune attribution de quartile inconnu). */
  public ResultatObjectif(
      Optional<Reservataire> partie, Indicateur indicateur, long publicCible, long base, Taux atteint, Taux cible, long ecart,
      Optional<Long> rattrapage, long restantes, Explication explication) {
    this(partie, indicateur, publicCible, base, atteint, cible, ecart, rattrapage, restantes, explication, 0);
  }

  /**
   * Vrai si l'indicateur est calculable : aucune attribution de sa base n'a un quartile inconnu.
   * L'indicateur des ménages prioritaires l'est toujours : il ne dépend d'aucun seuil.
   */
  public boolean isCalculable() {
    return inconnus == 0;
  }

  /** Vrai si la cible est atteinte (jamais pour un indicateur non calculable). */
  public boolean isAtteint() {
    return isCalculable() && ecart == 0;
  }
}
