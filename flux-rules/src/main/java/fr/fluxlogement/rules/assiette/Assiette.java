package fr.fluxlogement.rules.assiette;

import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.territoire.Territoire;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * L'assiette du flux d'un bailleur pour une année et un territoire : le parc au 1er janvier, les
 * logements retenus et chaque catégorie d'exclusion, tous ventilés (convention art. 2).
 *
 * @param annee l'année N
 * @param territoire le territoire (commune, EPCI ou département)
 * @param parc le parc au 1er janvier N sur le territoire
 * @param retenus les logements soumis au flux : l'assiette
 * @param exclusions chaque catégorie d'exclusion, toutes présentes (zéro si vide)
 * @param explication l'explication du calcul
 */
public record Assiette(
    int annee,
    Territoire territoire,
    Ventilation parc,
    Ventilation retenus,
    Map<MotifExclusion, Ventilation> exclusions,
    Explication explication) {

  /**
   * Valide : les exclusions et les retenus partitionnent le parc.
   *
   * @throws IllegalArgumentException si la partition est rompue
   */
  public Assiette {
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(parc, "parc");
    Objects.requireNonNull(retenus, "retenus");
    Objects.requireNonNull(explication, "explication");
    EnumMap<MotifExclusion, Ventilation> e = new EnumMap<>(MotifExclusion.class);
    for (MotifExclusion m : MotifExclusion.values()) {
      e.put(m, exclusions.getOrDefault(m, Ventilation.VIDE));
    }
    exclusions = Collections.unmodifiableMap(e);
    long somme = retenus.total();
    for (Ventilation v : e.values()) {
      somme += v.total();
    }
    if (somme != parc.total()) {
      throw new IllegalArgumentException("les exclusions et l'assiette ne partitionnent pas le parc");
    }
  }

  /** Le nombre de logements soumis au flux. */
  public long taille() {
    return retenus.total();
  }

  /** Le nombre de logements exclus pour un motif. */
  public long exclus(MotifExclusion motif) {
    return exclusions.get(motif).total();
  }

  /** Le nombre total de logements exclus. */
  public long totalExclus() {
    return parc.total() - retenus.total();
  }
}
