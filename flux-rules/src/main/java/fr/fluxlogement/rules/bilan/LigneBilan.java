package fr.fluxlogement.rules.bilan;

import fr.fluxlogement.core.quantite.Taux;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * La ligne du bilan d'une partie (R.441-5-1 CCH ; convention art. 6) : ses comptes, ses parts sur le
 * total des libérations, ses taux d'attribution, ses logements et, s'il est connu, son objectif.
 * Une donnée typée : les rendus (texte, CSV, JSON, HTML) la mettent en forme.
 *
 * @param partie la clé de la partie ({@link Cle#TOUS} pour l'ensemble)
 * @param libelle le libellé français (« ensemble » pour l'ensemble)
 * @param propositions les logements proposés
 * @param attributionsCaleol les attributions décidées en CALEOL
 * @param bauxSignes les baux signés
 * @param partPropositions la part des propositions sur le total des libérations
 * @param partAttributions la part des attributions en CALEOL sur le total des libérations
 * @param partBaux la part des baux signés sur le total des libérations
 * @param tauxPrioritaires la part des baux signés au profit de ménages prioritaires
 * @param tauxDalo la part des baux signés au profit de ménages reconnus DALO
 * @param tauxQ1HorsQpv la part du premier quartile parmi les baux signés hors QPV
 * @param tauxQ2Q4EnQpv la part des quartiles 2 à 4 parmi les baux signés en QPV
 * @param quartileInconnu les baux dont le quartile n'a pu être jugé
 * @param horsFlux les attributions hors flux
 * @param logementsProposes les identifiants des logements proposés, triés
 * @param logementsAttribues les identifiants des logements attribués en CALEOL, triés
 * @param objectif l'objectif de l'année en logements, s'il est connu
 */
public record LigneBilan(
    String partie,
    String libelle,
    long propositions,
    long attributionsCaleol,
    long bauxSignes,
    Taux partPropositions,
    Taux partAttributions,
    Taux partBaux,
    Taux tauxPrioritaires,
    Taux tauxDalo,
    Taux tauxQ1HorsQpv,
    Taux tauxQ2Q4EnQpv,
    long quartileInconnu,
    long horsFlux,
    List<String> logementsProposes,
    List<String> logementsAttribues,
    Optional<Long> objectif) {

  /** Fige ; refuse les {@code null}. */
  public LigneBilan {
    Objects.requireNonNull(partie, "partie");
    Objects.requireNonNull(libelle, "libelle");
    Objects.requireNonNull(partPropositions, "partPropositions");
    Objects.requireNonNull(partAttributions, "partAttributions");
    Objects.requireNonNull(partBaux, "partBaux");
    Objects.requireNonNull(tauxPrioritaires, "tauxPrioritaires");
    Objects.requireNonNull(tauxDalo, "tauxDalo");
    Objects.requireNonNull(tauxQ1HorsQpv, "tauxQ1HorsQpv");
    Objects.requireNonNull(tauxQ2Q4EnQpv, "tauxQ2Q4EnQpv");
    logementsProposes = List.copyOf(logementsProposes);
    logementsAttribues = List.copyOf(logementsAttribues);
    Objects.requireNonNull(objectif, "objectif");
  }

  /**
   * L'écart entre les baux signés et l'objectif (négatif s'il manque des logements).
   *
   * @return l'écart, si l'objectif est connu
   */
  public Optional<Long> ecartObjectif() {
    return objectif.map(o -> bauxSignes - o);
  }

  /**
   * Vrai pour la ligne de l'ensemble des parties.
   *
   * @return vrai si la partie est {@link Cle#TOUS}
   */
  public boolean isEnsemble() {
    return partie.equals(Cle.TOUS);
  }
}
