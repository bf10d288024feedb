package fr.fluxlogement.rendu.html;

import java.util.List;
import java.util.Objects;

/**
 * La page de la projection pluriannuelle d'un exercice : pour chaque convention, année par année et
 * sous chaque scénario de rotation, l'assiette, les droits en vigueur, le taux, le flux et
 * l'objectif, avec les courbes de l'objectif du réservataire et du flux du territoire, et l'explication
 * de chaque année sous le scénario central.
 *
 * @param entete l'en-tête
 * @param premiere la première année projetée
 * @param derniere la dernière année projetée
 * @param scenarios les scénarios, « bas : 7 % »…
 * @param conventions la projection de chaque convention
 */
public record PageProjection(Entete entete, int premiere, int derniere, List<String> scenarios, List<ConventionProjetee> conventions) {

  /** Fige ; refuse les {@code null}. */
  public PageProjection {
    Objects.requireNonNull(entete, "entete");
    scenarios = List.copyOf(scenarios);
    conventions = List.copyOf(conventions);
  }

  /**
   * La projection d'une convention.
   *
   * @param cle la clé de la convention
   * @param titre son titre
   * @param reservataire son réservataire
   * @param fin la fin de sa vie, « 09/06/2030 »
   * @param graphique l'objectif de chaque année sous chaque scénario
   * @param graphiqueFlux le flux annuel du territoire de chaque année sous chaque scénario
   * @param annees une ligne par année et par scénario
   */
  public record ConventionProjetee(String cle, String titre, String reservataire, String fin, Graphique graphique, Graphique graphiqueFlux,
      List<AnneeProjetee> annees) {

    /** Fige. */
    public ConventionProjetee {
      annees = List.copyOf(annees);
    }
  }

  /**
   * Une année projetée sous un scénario.
   *
   * @param annee l'année
   * @param scenario le scénario
   * @param assiette l'assiette du territoire au 1er janvier
   * @param reserves les logements réservés du réservataire en vigueur
   * @param taux son taux
   * @param flux le flux annuel du territoire
   * @param objectif son objectif en logements
   * @param explication l'explication de l'année (scénario central seulement, résumée)
   */
  public record AnneeProjetee(int annee, String scenario, long assiette, long reserves, String taux, long flux, long objectif,
      java.util.Optional<NoeudExplication> explication) {}
}
