package fr.fluxlogement.rules.robustesse;

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
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.Fixtures;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.droits.DroitsGarantie;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.flux.CalculFlux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import fr.fluxlogement.rules.validation.Comptes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Robustesse des points d'entrée des règles : 10 000 entrées générées chacune, valides et
 * invalides (comptes négatifs et énormes, parc vide, taux de 0 et 100 %, dates autour des fins
 * d'année et des 29 février, droits expirés ou qui se chevauchent). Aucune exception ne sort ;
 * chaque rejet est une anomalie avec un code et un chemin.
 */
@DisplayName("Robustesse : aucune exception ne sort des règles, chaque rejet est une anomalie")
class RobustesseProperties {

  /** Des comptes : petits, négatifs, énormes, limites. */
  private static final Gen<Long> COMPTES = integers().between(0, 9).zip(longs().all(), (choix, x) -> switch (choix) {
    case 0 -> 0L;
    case 1 -> -1L;
    case 2 -> Long.MAX_VALUE;
    case 3 -> Long.MIN_VALUE;
    case 4 -> Comptes.MAXIMUM;
    case 5 -> Comptes.MAXIMUM + 1;
    case 6 -> x;
    default -> Math.floorMod(x, 100_000L);
  });

  private static final Gen<Taux> TAUX = integers().between(0, 10_000).map(n -> Taux.of(n, 10_000));

  private static final Gen<LocalDate> DATES = integers().between(0, 12).zip(integers().between(1990, 2090), (choix, annee) -> switch (choix) {
    case 0 -> LocalDate.of(annee, 1, 1);
    case 1 -> LocalDate.of(annee, 12, 31);
    case 2 -> LocalDate.of(2024, 2, 29);
    case 3 -> LocalDate.of(2000, 2, 29);
    default -> LocalDate.of(annee, 1 + choix % 12, 1 + choix * 2);
  });

  private static boolean propre(Resultat<?> v) {
    return v.isValide() || v.erreurs().stream().allMatch(a -> a.code() != null && !a.chemin().isEmpty() && !a.message().isEmpty());
  }

  @Test
  @DisplayName("flux annuel : 10 000 entrées, aucune exception, un flux jamais négatif")
  void flux() {
    Proprietes.qt(10_000).forAll(COMPTES, lists().of(TAUX).ofSizeBetween(0, 4), COMPTES, COMPTES).check((assiette, rotations, mutations, relog) -> {
      Map<Integer, Taux> r = new LinkedHashMap<>();
      for (int i = 0; i < rotations.size(); i++) {
        r.put(2024 - i, rotations.get(i));
      }
      EnumMap<MotifRelogement, Long> rel = new EnumMap<>(MotifRelogement.class);
      rel.put(MotifRelogement.RENOUVELLEMENT_URBAIN, relog);
      EntreesFlux e = new EntreesFlux(2025, assiette, r, Optional.empty(),
          mutations % 3 == 0 ? OptionalLong.empty() : OptionalLong.of(mutations), rel, Math.floorMod(relog, 50), Parametres.nationaux());
      var v = CalculFlux.calculer(e);
      return propre(v) && (!v.isValide() || v.valeurOuLever().flux() >= 0);
    });
  }

  @Test
  @DisplayName("objectifs : 10 000 répartitions aux taux quelconques (0 %, 100 %, au-delà), aucune exception, somme exacte si valide")
  void objectifs() {
    Proprietes.qt(10_000).forAll(COMPTES, lists().of(TAUX).ofSizeBetween(0, 8)).check((flux, taux) -> {
      Map<Reservataire, Taux> t = new LinkedHashMap<>();
      for (int i = 0; i < taux.size(); i++) {
        t.put(i == 0 ? Etat.PRIORITAIRES : i == 1 ? Etat.AGENTS_PUBLICS : new AutreReservataire("R" + i, "r" + i), taux.get(i));
      }
      var v = RepartitionDuFlux.repartir(LocalDate.of(2025, 1, 1), flux, t, Fixtures.ALLIADE, Parametres.nationaux());
      return propre(v) && (!v.isValide() || v.valeurOuLever().objectifs().stream().mapToLong(o -> o.logements()).sum() == flux);
    });
  }

  @Test
  @DisplayName("assiette par comptes : 10 000 jeux de comptes, aucune exception, partition si valide")
  void assiette() {
    Proprietes.qt(10_000).forAll(COMPTES, lists().of(COMPTES).ofSizeBetween(0, 7)).check((parc, ex) -> {
      EnumMap<MotifExclusion, Long> m = new EnumMap<>(MotifExclusion.class);
      for (int i = 0; i < ex.size(); i++) {
        m.put(MotifExclusion.values()[i], ex.get(i));
      }
      var v = CalculAssiette.depuisComptes(2025, Fixtures.AIN, parc, m);
      return propre(v) && (!v.isValide() || v.valeurOuLever().taille() + v.valeurOuLever().totalExclus() == parc);
    });
  }

  @Test
  @DisplayName("droits et taux : 10 000 registres (droits expirés, qui se chevauchent, énormes), aucune exception")
  void droits() {
    Proprietes.qt(10_000).forAll(COMPTES, lists().of(COMPTES.zip(DATES, DATES, (q, d1, d2) -> new Object[] {q, d1, d2})).ofSizeBetween(0, 6))
        .check((assiette, l) -> {
          List<DroitReservation> droits = new ArrayList<>();
          for (Object[] o : l) {
            long q = Math.max(0, Math.min((Long) o[0], Comptes.MAXIMUM));
            LocalDate a = (LocalDate) o[1];
            LocalDate b = (LocalDate) o[2];
            droits.add(DroitReservation.of(Fixtures.COMMUNE_ORNEX, OrigineDroit.AUTRE, q, a.isBefore(b) ? a : b).withFin(a.isBefore(b) ? b : a));
          }
          return propre(new EtatDesDroits(droits).taux(2025, assiette, Set.of()));
        });
  }

  @Test
  @DisplayName("garanties : 10 000 programmes aux quotités quelconques (jusqu'à 300 %), aucune exception")
  void garanties() {
    Proprietes.qt(10_000).forAll(integers().between(1, 100_000), lists().of(TAUX).ofSizeBetween(0, 4), DATES).check((n, quotites, d) -> {
      List<GarantieEmprunt> g = new ArrayList<>();
      for (int i = 0; i < quotites.size(); i++) {
        if (!quotites.get(i).valeur().isZero()) {
          g.add(GarantieEmprunt.of(i % 2 == 0 ? Fixtures.COMMUNE_ORNEX : Fixtures.DEPARTEMENT_AIN, quotites.get(i), "P" + (i % 2), d, d.plusYears(40)));
        }
      }
      Programme p = Programme.builder().identifiant("P").commune(Fixtures.ORNEX).nombreLogements(n).dateMiseEnService(d)
          .financement(Financement.PLUS).garanties(g).build();
      var v = DroitsGarantie.calculer(p, Parametres.nationaux());
      return propre(v) && (!v.isValide() || v.valeurOuLever().valeur().stream().mapToLong(DroitReservation::quantite).sum() * 5 <= n);
    });
  }

  private static final fr.fluxlogement.rules.calendrier.Calendriers CALENDRIERS = fr.fluxlogement.rules.calendrier.Calendriers.tous();

  @Test
  @DisplayName("orientation : 10 000 jeux de taux quelconques (sommant ou non à 100 %) et de logements, aucune exception")
  void orientation() {
    Proprietes.qt(10_000).forAll(lists().of(TAUX).ofSizeBetween(0, 6), lists().of(integers().all()).ofSizeBetween(0, 30)).check((taux, graines) -> {
      Map<Reservataire, Taux> t = new LinkedHashMap<>();
      for (int i = 0; i < taux.size(); i++) {
        t.put(i == 0 ? Etat.PRIORITAIRES : new AutreReservataire("R" + i, "r" + i), taux.get(i));
      }
      var v = fr.fluxlogement.rules.orientation.MoteurOrientation.of(t, Taux.pourcent(30));
      if (!v.isValide()) {
        return propre(v);
      }
      List<fr.fluxlogement.core.logement.Logement> l = new ArrayList<>();
      for (int i = 0; i < graines.size(); i++) {
        l.add(fr.fluxlogement.rules.Generateurs.logement(i, graines.get(i)));
      }
      return v.valeurOuLever().orienterTout(v.valeurOuLever().initial(), l).choix().size() == l.size();
    });
  }

  @Test
  @DisplayName("délais et cycle de proposition : 10 000 suites d'événements au hasard, aucune exception, chaque rejet est une anomalie")
  void cycles() {
    Proprietes.qt(10_000).forAll(DATES, integers().between(0, 2), lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 8))
        .check((d, type, evenements) -> {
          fr.fluxlogement.core.evenement.Liberation lib = new fr.fluxlogement.core.evenement.Liberation(Fixtures.logement("L"),
              fr.fluxlogement.core.evenement.TypeLiberation.values()[type], d);
          var c = fr.fluxlogement.rules.delais.CycleProposition.demarrer(lib, CALENDRIERS, Parametres.nationaux());
          c.attendu();
          for (int x : evenements) {
            LocalDate date = d.plusDays(x % 60 - 5);
            c = c.appliquer(switch (x % 8) {
              case 0 -> new fr.fluxlogement.rules.delais.EvenementProposition.OffreTransmise(date, Fixtures.COMMUNE_ORNEX);
              case 1 -> new fr.fluxlogement.rules.delais.EvenementProposition.CandidatsProposes(date, x % 5);
              case 2 -> new fr.fluxlogement.rules.delais.EvenementProposition.ListeCompletee(date, 1 + x % 3);
              case 3 -> new fr.fluxlogement.rules.delais.EvenementProposition.ImpossibiliteNotifiee(date);
              case 4 -> new fr.fluxlogement.rules.delais.EvenementProposition.RechercheParLeBailleur(date, x % 2 == 0);
              case 5 -> new fr.fluxlogement.rules.delais.EvenementProposition.LogementRepris(date);
              case 6 -> new fr.fluxlogement.rules.delais.EvenementProposition.DecisionCaleol(date,
                  fr.fluxlogement.core.evenement.TypeDecision.values()[x % 5]);
              default -> new fr.fluxlogement.rules.delais.EvenementProposition.BailSigne(date);
            });
            c.attendu();
          }
          return c.anomalies().stream().allMatch(a -> !a.chemin().isEmpty() && !a.message().isEmpty())
              && c.evenements().size() + c.anomalies().stream().filter(a -> a.isErreur()).count() == evenements.size();
        });
  }

  @Test
  @DisplayName("objectifs d'attribution : 10 000 jeux d'attributions, seuils présents ou absents, aucune exception")
  void objectifsAttribution() {
    Proprietes.qt(10_000).forAll(lists().of(integers().all()).ofSizeBetween(0, 20), integers().between(0, 1)).check((g, avecSeuil) -> {
      List<fr.fluxlogement.core.evenement.Attribution> l = new ArrayList<>();
      for (int i = 0; i < g.size(); i++) {
        int x = g.get(i) & Integer.MAX_VALUE;
        fr.fluxlogement.core.logement.Logement lo = fr.fluxlogement.core.logement.Logement.builder().from(Fixtures.logement("L" + i))
            .localisation(fr.fluxlogement.core.territoire.Localisation.of(Fixtures.ORNEX, Fixtures.PAYS_DE_GEX,
                x % 3 == 0 ? fr.fluxlogement.core.territoire.Qpv.EN_QPV : fr.fluxlogement.core.territoire.Qpv.HORS_QPV)).build();
        LocalDate caleol = LocalDate.of(2024 + x % 2, 1 + x % 12, 1 + x % 28);
        l.add(new fr.fluxlogement.core.evenement.Attribution(lo, x % 2 == 0 ? Fixtures.COMMUNE_ORNEX : Fixtures.AL,
            fr.fluxlogement.core.menage.Menage.of(java.math.BigDecimal.valueOf(x % 40_000), fr.fluxlogement.core.quantite.Fraction.UN)
                .withDalo(x % 7 == 0),
            caleol, x % 5 == 0 ? Optional.empty() : Optional.of(caleol.plusDays(x % 60)), x % 11 == 0, x % 13 == 0));
      }
      var seuils = avecSeuil == 1 ? fr.fluxlogement.rules.objectifs.SeuilsQuartile.vide().withSeuil(Fixtures.PAYS_DE_GEX, 2025,
          new java.math.BigDecimal("10000")) : fr.fluxlogement.rules.objectifs.SeuilsQuartile.vide();
      return propre(fr.fluxlogement.rules.objectifs.ControleObjectifs.controler(2025, l, Map.of(), seuils, Parametres.nationaux()));
    });
  }

  @Test
  @DisplayName("convention : 10 000 signatures, dénonciations et avenants à des dates quelconques, aucune exception")
  void convention() {
    Proprietes.qt(10_000).forAll(DATES, DATES, DATES).check((signature, denonciation, avenant) -> {
      var c = fr.fluxlogement.rules.convention.CycleConvention.of(new fr.fluxlogement.core.convention.Convention(Fixtures.ALLIADE,
          Fixtures.COMMUNE_ORNEX, Fixtures.ORNEX, signature, fr.fluxlogement.core.convention.ModeGestion.DIRECTE, List.of(), fr.fluxlogement.core.convention.TexteConvention.of("Convention de réservation")),
          Parametres.nationaux());
      var d = c.denoncer(denonciation);
      var a = c.withAvenant(new fr.fluxlogement.rules.convention.Avenant(avenant, List.of(), List.of(), Optional.empty()));
      return propre(d) && propre(a) && !c.fin().isBefore(c.finPeriodeInitiale()) && c.statut(avenant) != null;
    });
  }
}
