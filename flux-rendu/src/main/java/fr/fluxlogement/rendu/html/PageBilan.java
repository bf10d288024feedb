package fr.fluxlogement.rendu.html;

import fr.fluxlogement.rules.bilan.LigneBilan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * La page du bilan d'un réservataire (R.441-5-1 CCH ; convention art. 6) : propositions,
 * attributions en CALEOL et baux signés ; l'objectif face au réalisé (graphique) ; les objectifs
 * d'attribution atteints face aux cibles, avec l'écart et le rattrapage ; les ventilations ; les
 * listes de logements ; les attributions hors flux ; l'échéance et le retard.
 *
 * @param entete l'en-tête
 * @param ligne la ligne du bilan du réservataire
 * @param liberations les libérations de l'année, toutes parties
 * @param echeance la date limite d'envoi, « 27/02/2026 »
 * @param envoi la date d'envoi, si elle est connue
 * @param retard le message du retard, si l'envoi est tardif
 * @param graphique l'objectif face au réalisé
 * @param cibles les objectifs d'attribution
 * @param graphiqueCibles les taux atteints face aux cibles
 * @param ventilations les propositions et attributions ventilées
 * @param logementsHorsFlux les logements attribués hors flux, s'ils sont connus
 * @param annexes les pages d'annexe des conventions du réservataire
 */
public record PageBilan(
    Entete entete,
    LigneBilan ligne,
    long liberations,
    String echeance,
    Optional<String> envoi,
    Optional<String> retard,
    Graphique graphique,
    List<LigneCible> cibles,
    Optional<Graphique> graphiqueCibles,
    List<Ventilation> ventilations,
    List<String> logementsHorsFlux,
    List<Lien> annexes) {

  /** Fige ; refuse les {@code null}. */
  public PageBilan {
    Objects.requireNonNull(entete, "entete");
    Objects.requireNonNull(ligne, "ligne");
    Objects.requireNonNull(echeance, "echeance");
    Objects.requireNonNull(envoi, "envoi");
    Objects.requireNonNull(retard, "retard");
    Objects.requireNonNull(graphique, "graphique");
    cibles = List.copyOf(cibles);
    Objects.requireNonNull(graphiqueCibles, "graphiqueCibles");
    ventilations = List.copyOf(ventilations);
    logementsHorsFlux = List.copyOf(logementsHorsFlux);
    annexes = List.copyOf(annexes);
  }

  /**
   * Un objectif d'attribution (L.441-1) : atteint face à la cible.
   *
   * @param indicateur l'objectif
   * @param publicCible les attributions au public visé
   * @param base les attributions de la base
   * @param atteint le taux atteint
   * @param cible le taux visé
   * @param ecart les ménages manquants (0 si atteint)
   * @param rattrapage le rattrapage nécessaire, ou « impossible »
   * @param isAtteint vrai si la cible est atteinte
   * @param explication l'explication du calcul
   */
  public record LigneCible(String indicateur, long publicCible, long base, String atteint, String cible, long ecart, String rattrapage,
      boolean isAtteint, NoeudExplication explication) {}

  /**
   * Une ventilation du bilan.
   *
   * @param dimension la dimension, « typologie »
   * @param lignes une ligne par valeur
   */
  public record Ventilation(String dimension, List<LigneVentilation> lignes) {

    /** Fige. */
    public Ventilation {
      lignes = List.copyOf(lignes);
    }
  }

  /**
   * Une valeur d'une ventilation.
   *
   * @param valeur la valeur, « T3 »
   * @param proposes les logements proposés
   * @param attribues les logements attribués en CALEOL
   */
  public record LigneVentilation(String valeur, long proposes, long attribues) {}
}
