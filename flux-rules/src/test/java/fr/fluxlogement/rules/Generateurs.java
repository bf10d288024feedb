package fr.fluxlogement.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.ReservationStock;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Générateurs QuickTheories des valeurs du domaine. */
public final class Generateurs {

  private Generateurs() {}

  private static final List<Commune> COMMUNES = List.of(Commune.of("01281"), Commune.of("01160"), Commune.of("01173"), Commune.of("01143"));

  /** Un logement tiré d'un entier : toutes les combinaisons de drapeaux y passent. */
  public static Logement logement(int i, int graine) {
    int g = graine & Integer.MAX_VALUE;
    return Logement.builder().identifiant("L" + i)
        .localisation(Localisation.of(COMMUNES.get(g % 4), (g / 4) % 10 < 3 ? Qpv.EN_QPV : Qpv.HORS_QPV))
        .financement(Financement.values()[(g / 40) % 5])
        .typologie(Typologie.values()[(g / 200) % 6])
        .modeOccupation(ModeOccupation.values()[(g / 1200) % 6])
        .logementFoyer((g / 7200) % 13 == 0)
        .enVente((g / 7200) % 17 == 0)
        .aDemolir((g / 7200) % 19 == 0)
        .neufNpnru((g / 7200) % 23 == 0)
        .anneeMiseEnLocation(2015 + (g / 7) % 12)
        .build();
  }

  /** Un parc de 0 à {@code max} logements. */
  public static Gen<List<Logement>> parc(int max) {
    return lists().of(integers().all()).ofSizeBetween(0, max).map(l -> {
      List<Logement> parc = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        Logement lo = logement(i, l.get(i));
        if (l.get(i) % 29 == 0) {
          lo = Logement.builder().from(lo).reservationStock(ReservationStock.ETABLISSEMENT_SANTE).build();
        }
        parc.add(lo);
      }
      return parc;
    });
  }
}
