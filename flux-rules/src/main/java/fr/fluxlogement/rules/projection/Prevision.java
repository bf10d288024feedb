package fr.fluxlogement.rules.projection;

import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Ce que l'on prévoit au-delà de l'exercice : les scénarios de rotation, les programmes neufs livrés
 * (leurs logements, avec leur année de première mise en location, et leurs garanties), les droits
 * nouveaux, les logements qui quittent le parc (vente réalisée, démolition) et la période projetée.
 *
 * @param scenarios les scénarios de rotation (vide : {@link Scenario#parDefaut})
 * @param logements les logements des programmes livrés après le 1er janvier de l'exercice ; chacun
 *     entre au parc l'année de sa première mise en location (hors flux cette année-là, convention
 *     art. 5.3) et dans l'assiette l'année suivante
 * @param programmes les programmes livrés et leurs garanties d'emprunt (droits de l'art. 3)
 * @param droits les autres droits nouveaux (apports, contributions), chacun situé
 * @param sorties les logements qui quittent le parc, par identifiant, et la date de leur sortie : ils
 *     ne comptent plus à partir du 1er janvier qui suit
 * @param premiere la première année projetée (vide : l'année de l'exercice)
 * @param derniere la dernière année projetée (vide : la fin de la vie de chaque convention, trois ans
 *     et au plus deux reconductions tacites)
 */
public record Prevision(
    List<Scenario> scenarios,
    List<Logement> logements,
    List<Programme> programmes,
    List<DroitReservation> droits,
    Map<String, LocalDate> sorties,
    Optional<Integer> premiere,
    Optional<Integer> derniere) {

  /** Fige ; refuse les {@code null} et une période renversée. */
  public Prevision {
    scenarios = List.copyOf(scenarios);
    logements = List.copyOf(logements);
    programmes = List.copyOf(programmes);
    droits = List.copyOf(droits);
    sorties = Collections.unmodifiableMap(new TreeMap<>(sorties));
    Objects.requireNonNull(premiere, "premiere");
    Objects.requireNonNull(derniere, "derniere");
    if (premiere.isPresent() && derniere.isPresent() && derniere.get() < premiere.get()) {
      throw new IllegalArgumentException("période projetée renversée : " + premiere.get() + "-" + derniere.get());
    }
  }

  /** Aucune prévision : les scénarios par défaut, rien de neuf, la vie de chaque convention. */
  public static final Prevision AUCUNE = new Prevision(List.of(), List.of(), List.of(), List.of(), Map.of(), Optional.empty(), Optional.empty());

  /**
   * La même prévision, sur une période donnée.
   *
   * @param de la première année
   * @param a la dernière année
   * @return la prévision
   */
  public Prevision withAnnees(int de, int a) {
    return new Prevision(scenarios, logements, programmes, droits, sorties, Optional.of(de), Optional.of(a));
  }

  /**
   * La même prévision, sous des scénarios donnés.
   *
   * @param s les scénarios
   * @return la prévision
   */
  public Prevision withScenarios(List<Scenario> s) {
    return new Prevision(s, logements, programmes, droits, sorties, premiere, derniere);
  }
}
