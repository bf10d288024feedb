package fr.fluxlogement.rules.flux;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.Fixtures;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.droits.TauxReservataire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Objectifs et taux : propriétés (convention art. 3 et 6)")
class ObjectifsProperties {

  private static final LocalDate DATE = LocalDate.of(2025, 1, 1);

  /** Des taux en dix-millièmes (7 × 14 % au plus : la somme reste sous 100 %) ; les deux premiers vont à l'État. */
  private static final Gen<List<Integer>> TAUX = lists().of(integers().between(0, 1_400)).ofSizeBetween(1, 7);

  private static Map<Reservataire, Taux> taux(List<Integer> dixMilliemes) {
    Map<Reservataire, Taux> m = new LinkedHashMap<>();
    for (int i = 0; i < dixMilliemes.size(); i++) {
      Reservataire r = i == 0 ? Etat.PRIORITAIRES : i == 1 ? Etat.AGENTS_PUBLICS : new AutreReservataire("R" + i, "réservataire " + i);
      m.put(r, Taux.of(dixMilliemes.get(i), 10_000));
    }
    return m;
  }

  @Test
  @DisplayName("les objectifs somment au flux ; chaque partie (l'État comptant pour une) est à moins d'un logement de sa part exacte")
  void sommeEtEncadrement() {
    Proprietes.qt(1000).forAll(longs().between(0, 100_000), TAUX).check((flux, l) -> {
      RepartitionDuFlux o = RepartitionDuFlux.repartir(DATE, flux, taux(l), Fixtures.ALLIADE, Parametres.nationaux()).valeurOuLever();
      long somme = o.objectifs().stream().mapToLong(Objectif::logements).sum();
      Fraction etatExact = Fraction.ZERO;
      long etat = 0;
      boolean encadre = true;
      for (Objectif ob : o.objectifs()) {
        if (ob.partie().isEtat()) {
          etatExact = etatExact.plus(ob.exact());
          etat += ob.logements();
        } else {
          encadre &= Fraction.of(ob.logements()).moins(ob.exact()).compareTo(Fraction.UN) < 0
              && ob.exact().moins(Fraction.of(ob.logements())).compareTo(Fraction.UN) < 0;
        }
      }
      Fraction ecartEtat = Fraction.of(etat).moins(etatExact);
      return somme == flux && encadre && ecartEtat.compareTo(Fraction.UN) < 0 && ecartEtat.negation().compareTo(Fraction.UN) < 0;
    });
  }

  @Test
  @DisplayName("l'ordre des réservataires ne change pas les objectifs")
  void ordre() {
    Proprietes.qt(500).forAll(longs().between(0, 10_000), TAUX, longs().all()).check((flux, l, graine) -> {
      Map<Reservataire, Taux> t = taux(l);
      List<Map.Entry<Reservataire, Taux>> entrees = new ArrayList<>(t.entrySet());
      Collections.shuffle(entrees, new Random(graine));
      Map<Reservataire, Taux> melange = new LinkedHashMap<>();
      entrees.forEach(e -> melange.put(e.getKey(), e.getValue()));
      return RepartitionDuFlux.repartir(DATE, flux, t, Fixtures.ALLIADE, Parametres.nationaux()).valeurOuLever().objectifs()
          .equals(RepartitionDuFlux.repartir(DATE, flux, melange, Fixtures.ALLIADE, Parametres.nationaux()).valeurOuLever().objectifs());
    });
  }

  @Test
  @DisplayName("plus de droits ne baissent jamais le taux d'un réservataire (à assiette égale)")
  void monotonieDesDroits() {
    Proprietes.qt(1000).forAll(integers().between(1, 10_000), integers().between(0, 5_000), integers().between(0, 5_000))
        .check((assiette, avant, ajout) -> {
          if ((long) avant + ajout > assiette) {
            return true;
          }
          DroitReservation d1 = DroitReservation.of(Fixtures.COMMUNE_ORNEX, OrigineDroit.APPORT_FINANCIER, avant, DATE);
          DroitReservation d2 = DroitReservation.of(Fixtures.COMMUNE_ORNEX, OrigineDroit.APPORT_FONCIER, ajout, DATE);
          EtatDesDroits e1 = new EtatDesDroits(List.of(d1));
          EtatDesDroits e2 = e1.withDroitsAjoutes(List.of(d2));
          Taux t1 = e1.taux(2025, assiette, Set.of()).valeurOuLever().stream().map(TauxReservataire::taux).findFirst().orElse(Taux.ZERO);
          Taux t2 = e2.taux(2025, assiette, Set.of()).valeurOuLever().stream().map(TauxReservataire::taux).findFirst().orElse(Taux.ZERO);
          return t2.compareTo(t1) >= 0;
        });
  }
}
