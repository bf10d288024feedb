package fr.fluxlogement.rules.exercice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.Fixtures;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.flux.CalculFlux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Chaîne d'une convention : propriétés (R.441-5, R.441-5-1, R.441-5-2)")
class ChaineConventionProperties {

  private static final LocalDate DEBUT = LocalDate.of(2020, 1, 1);

  @Test
  @DisplayName("la chaîne donne les mêmes taux, le même flux et les mêmes objectifs que les règles appelées une à une")
  void egaleAuxReglesUneAUne() {
    Proprietes.qt(500).forAll(longs().between(0, 5_000), lists().of(integers().between(0, 400)).ofSizeBetween(0, 5),
        integers().between(0, 20), integers().between(0, 20)).check((assiette, reserves, rotation, prioritaires) -> {
          List<DroitReservation> droits = new ArrayList<>();
          for (int i = 0; i < reserves.size(); i++) {
            droits.add(new DroitReservation(new AutreReservataire("R" + i, "réservataire " + i), OrigineDroit.AUTRE, reserves.get(i), DEBUT,
                Optional.empty(), Optional.empty(), Optional.empty()));
          }
          Map<Integer, Taux> rotations = Map.of(2022, Taux.pourcent(rotation), 2023, Taux.pourcent(rotation), 2024, Taux.pourcent(rotation));
          Map<Reservataire, Taux> prefet = new LinkedHashMap<>();
          prefet.put(Etat.PRIORITAIRES, Taux.pourcent(prioritaires));
          prefet.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
          EntreesFlux ef = EntreesFlux.of(2025, assiette, rotations);
          ChaineConvention c = ChaineConvention.calculer(ChaineConvention.Entrees.of(2025, Fixtures.ALLIADE, Parametres.nationaux())
              .withAssiette(assiette).withDroits(droits, Set.of()).withFlux(ef).withRepartition(prefet));

          Resultat<List<TauxReservataire>> taux = new EtatDesDroits(droits).taux(2025, assiette, Set.of());
          Resultat<FluxAnnuel> flux = CalculFlux.calculer(ef);
          if (!taux.isValide() || !flux.isValide()) {
            return c.objectifs().isEmpty() && c.erreurs().size() == taux.erreurs().size() + flux.erreurs().size();
          }
          Map<Reservataire, Taux> tous = new LinkedHashMap<>();
          taux.valeurOuLever().forEach(t -> tous.put(t.reservataire(), t.taux()));
          tous.putAll(prefet);
          Resultat<RepartitionDuFlux> o = RepartitionDuFlux.repartir(LocalDate.of(2025, 1, 1), flux.valeurOuLever().flux(), tous, Fixtures.ALLIADE,
              Parametres.nationaux());
          assertThat(c.taux().orElseThrow().valeurOuLever()).isEqualTo(taux.valeurOuLever());
          assertThat(c.flux().orElseThrow().valeurOuLever()).isEqualTo(flux.valeurOuLever());
          assertThat(c.objectifs().orElseThrow().valeur().map(RepartitionDuFlux::objectifs)).isEqualTo(o.valeur().map(RepartitionDuFlux::objectifs));
          assertThat(c.objectifs().orElseThrow().anomalies()).isEqualTo(o.anomalies());
          return true;
        });
  }
}
