package fr.fluxlogement.rules.droits;

import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.explication.Explique;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * La conversion d'un état des lieux en stock (contingent de chaque logement, RPLS {@code
 * CONTRESLOG}) en taux de flux (décret n° 2020-145, art. 2 II), par les deux
 * méthodes en usage :
 *
 * <ul>
 *   <li><b>ratio du stock</b> : t = logements du contingent ÷ logements de l'assiette ;
 *   <li><b>pondérée par la rotation</b> : t = Σ rotation des logements du contingent ÷ Σ rotation de
 *       tous les logements, pour qu'un contingent logé dans des immeubles à forte ou faible rotation
 *       ne gagne ni ne perde au passage en flux.
 * </ul>
 *
 * Un logement sans contingent connu compte au dénominateur comme non réservé. Pour l'état des lieux
 * réservataire par réservataire, à partir des réservations identifiées, voir {@link EtatDesLieux}.
 */
public final class ConversionStock {

  private ConversionStock() {}

  /** Les taux par la méthode du ratio du stock. */
  public static Explique<Map<ContingentRpls, Taux>> parRatioDuStock(List<Logement> assiette) {
    return convertir(assiette, l -> Fraction.UN, MethodeConversion.RATIO_DU_STOCK);
  }

  /**
   * Les taux par la méthode pondérée par la rotation.
   *
   * @param rotation le taux de rotation historique de chaque logement (ou de son programme)
   */
  public static Explique<Map<ContingentRpls, Taux>> parRotation(List<Logement> assiette, Function<Logement, Taux> rotation) {
    Objects.requireNonNull(rotation, "rotation");
    return convertir(assiette, l -> rotation.apply(l).valeur(), MethodeConversion.ROTATION);
  }

  private static Explique<Map<ContingentRpls, Taux>> convertir(
      List<Logement> assiette, Function<Logement, Fraction> poids, MethodeConversion methode) {
    Objects.requireNonNull(assiette, "assiette");
    EnumMap<ContingentRpls, Fraction> parContingent = new EnumMap<>(ContingentRpls.class);
    Fraction total = Fraction.ZERO;
    for (Logement l : assiette) {
      Fraction p = poids.apply(l);
      total = total.plus(p);
      parContingent.merge(l.contingent().orElse(ContingentRpls.NON_RESERVE), p, Fraction::plus);
    }
    EnumMap<ContingentRpls, Taux> taux = new EnumMap<>(ContingentRpls.class);
    List<Explication> enfants = new ArrayList<>();
    for (Map.Entry<ContingentRpls, Fraction> e : parContingent.entrySet()) {
      Taux t = total.isZero() ? Taux.ZERO : Taux.of(e.getValue().diviserPar(total));
      taux.put(e.getKey(), t);
      enfants.add(Explication.of(e.getKey().libelle(), t.toPourcentFrancais(),
          e.getValue().toDecimalFrancais(4) + " ÷ " + total.toDecimalFrancais(4) + " " + methode.unite(),
          List.of(References.DECRET_2020_145), List.of()));
    }
    Explication ex = Explication.of("conversion du stock en flux (" + methode.libelle() + ")", assiette.size() + " logements",
        "part de chaque contingent CONTRESLOG", List.of(References.DECRET_2020_145, References.CLAUSE_ETAT_DES_DROITS), enfants);
    return Explique.of(Collections.unmodifiableMap(taux), ex);
  }
}
