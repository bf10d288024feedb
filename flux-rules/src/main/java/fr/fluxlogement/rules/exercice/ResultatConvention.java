package fr.fluxlogement.rules.exercice;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import java.util.List;
import java.util.Objects;

/**
 * Les figures d'une convention pour l'année, chacune avec son explication, qui cite le titre et les
 * articles de <i>cette</i> convention (et le texte national) : l'assiette de son territoire (art. 2
 * du plan par défaut), les taux de tous les réservataires du territoire au 1er janvier (art. 3 et 6),
 * le flux annuel (art. 4.1), les objectifs de chacun (art. 6) et l'annexe.
 *
 * @param convention la convention
 * @param assiette l'assiette de son territoire, ventilée
 * @param taux les taux des réservataires titulaires de droits sur le territoire, dans l'ordre des clés
 * @param tauxReservataire le taux du réservataire de la convention (pour le préfet : ses deux
 *     contingents ensemble)
 * @param reserves les logements réservés du réservataire en vigueur au 1er janvier (0 pour le préfet)
 * @param flux le flux annuel du territoire
 * @param objectifs les objectifs de toutes les parties du territoire
 * @param objectif l'objectif du réservataire de la convention, en logements
 * @param annexe l'annexe
 * @param avertissements les avertissements (plafonds du préfet), références résolues
 */
public record ResultatConvention(
    Convention convention,
    Assiette assiette,
    List<TauxReservataire> taux,
    Taux tauxReservataire,
    long reserves,
    FluxAnnuel flux,
    RepartitionDuFlux objectifs,
    long objectif,
    Annexe annexe,
    List<Anomalie> avertissements) {

  /** Fige ; refuse les {@code null}. */
  public ResultatConvention {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(assiette, "assiette");
    taux = List.copyOf(taux);
    Objects.requireNonNull(tauxReservataire, "tauxReservataire");
    Objects.requireNonNull(flux, "flux");
    Objects.requireNonNull(objectifs, "objectifs");
    Objects.requireNonNull(annexe, "annexe");
    avertissements = List.copyOf(avertissements);
  }

  /**
   * La clé stable de la convention dans l'exercice : celle du réservataire et le code du territoire,
   * par exemple {@code "COMMUNE-01281@01281"}.
   *
   * @return la clé
   */
  public String cle() {
    return CalculExercice.cle(convention);
  }
}
