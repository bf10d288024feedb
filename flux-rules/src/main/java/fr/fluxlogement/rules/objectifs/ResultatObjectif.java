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
    Explication explication) {

  /** Valide. */
  public ResultatObjectif {
    Objects.requireNonNull(partie, "partie");
    Objects.requireNonNull(indicateur, "indicateur");
    Objects.requireNonNull(atteint, "atteint");
    Objects.requireNonNull(cible, "cible");
    Objects.requireNonNull(rattrapage, "rattrapage");
    Objects.requireNonNull(explication, "explication");
  }

  /** Vrai si la cible est atteinte. */
  public boolean isAtteint() {
    return ecart == 0;
  }
}
