package fr.fluxlogement.rendu.tables;

import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.projection.AnneeProjetee;
import fr.fluxlogement.rules.projection.Projection;
import fr.fluxlogement.rules.projection.ProjectionConvention;
import java.util.ArrayList;
import java.util.List;

/**
 * Une année projetée d'une convention sous un scénario, en ligne de table.
 *
 * @param cle la clé de la convention
 * @param annee l'année
 * @param scenario le nom du scénario
 * @param rotation le taux de rotation du scénario
 * @param assiette l'assiette au 1er janvier
 * @param reserves les logements réservés en vigueur
 * @param taux le taux du réservataire
 * @param flux le flux annuel
 * @param objectif l'objectif en logements
 */
public record LigneProjection(String cle, int annee, String scenario, Taux rotation, long assiette, long reserves, Taux taux, long flux, long objectif) {

  /**
   * Les lignes d'une projection, convention par convention.
   *
   * @param p la projection
   * @return les lignes
   */
  public static List<LigneProjection> de(Projection p) {
    List<LigneProjection> l = new ArrayList<>();
    for (ProjectionConvention c : p.conventions()) {
      for (AnneeProjetee a : c.annees()) {
        l.add(new LigneProjection(c.cle(), a.annee(), a.scenario().nom(), a.scenario().rotation(), a.assiette(), a.reserves(), a.taux(), a.flux(),
            a.objectif()));
      }
    }
    return l;
  }
}
