package fr.fluxlogement.rules.flux;

import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Les données du flux annuel prévisionnel d'une année (convention art. 4.1 et 2).
 *
 * @param annee l'année N
 * @param assiette la taille de l'assiette
 * @param rotations les taux de rotation départementaux publiés (RPLS) par année ; les trois
 *     dernières années (N−1, N−2, N−3) sont requises
 * @param tauxMutationsCus le taux de mutations internes fixé par la CUS, s'il existe (sinon le
 *     paramètre national par défaut, 10 %)
 * @param mutations un nombre prévu de mutations internes, qui prime sur tout taux s'il est donné
 * @param relogements les relogements prévus par motif
 * @param premieresMisesEnLocation les premières mises en location comptées dans le flux (0 par
 *     défaut : la convention les garde en stock, art. 5.3)
 * @param parametres les paramètres applicables
 */
public record EntreesFlux(
    int annee,
    long assiette,
    Map<Integer, Taux> rotations,
    Optional<Taux> tauxMutationsCus,
    OptionalLong mutations,
    Map<MotifRelogement, Long> relogements,
    long premieresMisesEnLocation,
    Parametres parametres) {

  /** Fige. */
  public EntreesFlux {
    rotations = Collections.unmodifiableMap(new TreeMap<>(rotations));
    Objects.requireNonNull(tauxMutationsCus, "tauxMutationsCus");
    Objects.requireNonNull(mutations, "mutations");
    EnumMap<MotifRelogement, Long> r = new EnumMap<>(MotifRelogement.class);
    r.putAll(relogements);
    relogements = Collections.unmodifiableMap(r);
    Objects.requireNonNull(parametres, "parametres");
  }

  /** Des entrées sans relogement, sans taux CUS, avec les paramètres nationaux. */
  public static EntreesFlux of(int annee, long assiette, Map<Integer, Taux> rotations) {
    return new EntreesFlux(annee, assiette, rotations, Optional.empty(), OptionalLong.empty(), Map.of(), 0, Parametres.nationaux());
  }

  /** Les mêmes entrées avec des relogements. */
  public EntreesFlux withRelogements(Map<MotifRelogement, Long> r) {
    return new EntreesFlux(annee, assiette, rotations, tauxMutationsCus, mutations, r, premieresMisesEnLocation, parametres);
  }

  /** Les mêmes entrées avec un nombre prévu de mutations. */
  public EntreesFlux withMutations(long n) {
    return new EntreesFlux(annee, assiette, rotations, tauxMutationsCus, OptionalLong.of(n), relogements, premieresMisesEnLocation, parametres);
  }

  /** Les mêmes entrées avec le taux de mutations de la CUS. */
  public EntreesFlux withTauxMutationsCus(Taux t) {
    return new EntreesFlux(annee, assiette, rotations, Optional.of(t), mutations, relogements, premieresMisesEnLocation, parametres);
  }

  /** Les mêmes entrées avec des premières mises en location comptées dans le flux. */
  public EntreesFlux withPremieresMisesEnLocation(long n) {
    return new EntreesFlux(annee, assiette, rotations, tauxMutationsCus, mutations, relogements, n, parametres);
  }

  /** Les mêmes entrées avec d'autres paramètres. */
  public EntreesFlux withParametres(Parametres p) {
    return new EntreesFlux(annee, assiette, rotations, tauxMutationsCus, mutations, relogements, premieresMisesEnLocation, p);
  }
}
