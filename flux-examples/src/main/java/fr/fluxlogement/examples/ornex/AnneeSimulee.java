package fr.fluxlogement.examples.ornex;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.calendrier.Calendriers;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.orientation.Decision;
import fr.fluxlogement.rules.orientation.MoteurOrientation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Une année 2025 simulée à Ornex (illustrative, graine fixe) : les logements libérés, leur
 * orientation, le cycle de proposition de chacun avec ses délais, les attributions et les baux.
 *
 * @param liberations les libérations de l'année
 * @param decisions l'orientation de chaque logement du flux
 * @param cycles le cycle de proposition de chaque logement orienté
 * @param propositions les propositions faites
 * @param attributions les attributions (mutation interne comprise, hors flux)
 */
public record AnneeSimulee(
    List<Liberation> liberations,
    List<Decision> decisions,
    List<CycleProposition> cycles,
    List<Proposition> propositions,
    List<Attribution> attributions) {

  /** La graine de la simulation. */
  public static final long GRAINE = 20250101L;

  /**
   * Simule l'année.
   *
   * @param assiette les logements de l'assiette
   * @param taux les taux de l'orientation (part du bailleur comprise, somme 100 %)
   * @param parametres les paramètres de la convention
   * @param nombre le nombre de libérations de l'année
   */
  public static AnneeSimulee simuler(List<Logement> assiette, Map<Reservataire, Taux> taux, Parametres parametres, int nombre) {
    Random hasard = new Random(GRAINE);
    Calendriers calendriers = Calendriers.tous();
    MoteurOrientation moteur = MoteurOrientation.of(taux, parametres.valeur(Parametres.PREFET_HORS_QPV_MINIMUM, LocalDate.of(2025, 1, 1))).get();
    List<Liberation> liberations = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<CycleProposition> cycles = new ArrayList<>();
    List<Proposition> propositions = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<Logement> restants = new ArrayList<>(assiette);
    var etat = moteur.initial();
    for (int i = 0; i < nombre; i++) {
      Logement l = restants.remove(hasard.nextInt(restants.size()));
      LocalDate preavis = LocalDate.of(2025, 1, 6).plusDays((long) i * 350 / nombre + hasard.nextInt(10));
      TypeLiberation type = hasard.nextInt(3) == 0 ? TypeLiberation.PREAVIS_TROIS_MOIS : TypeLiberation.PREAVIS_UN_MOIS;
      Liberation lib = new Liberation(l, type, preavis);
      liberations.add(lib);
      if (i == 0) {
        // la première libération sert une mutation interne : déduite du flux (art. 2)
        attributions.add(new Attribution(l, DonneesOrnex.ALLIADE.partNonReservee(), menage(hasard), preavis.plusDays(20),
            Optional.of(preavis.plusDays(40)), true, false));
        continue;
      }
      Decision d = moteur.orienter(etat, l);
      etat = d.etat();
      decisions.add(d);
      Reservataire r = d.reservataire();
      propositions.add(new Proposition(l, r, preavis));
      CycleProposition c = CycleProposition.demarrer(lib, calendriers, parametres)
          .appliquer(new EvenementProposition.OffreTransmise(preavis, r));
      LocalDate limite = c.echeances().orElseThrow().candidats().date();
      boolean impossibilite = r.equals(DonneesOrnex.COMMUNE) && i % 2 == 1;
      if (impossibilite) {
        LocalDate notif = c.echeances().orElseThrow().impossibilite().date().minusDays(1);
        c = c.rejouer(List.of(new EvenementProposition.ImpossibiliteNotifiee(notif),
            new EvenementProposition.RechercheParLeBailleur(notif.plusDays(1), true),
            new EvenementProposition.ListeCompletee(notif.plusDays(3), 3)));
      } else {
        c = c.appliquer(new EvenementProposition.CandidatsProposes(limite.minusDays(1 + hasard.nextInt(3)), 3));
      }
      LocalDate caleol = limite.plusDays(7 + hasard.nextInt(7));
      LocalDate bail = caleol.plusDays(10 + hasard.nextInt(20));
      c = c.rejouer(List.of(new EvenementProposition.DecisionCaleol(caleol, TypeDecision.ATTRIBUTION_CLASSEE),
          new EvenementProposition.BailSigne(bail)));
      cycles.add(c);
      Reservataire impute = c.imputation().orElse(DonneesOrnex.ALLIADE.partNonReservee());
      attributions.add(new Attribution(l, impute, menage(hasard), caleol, Optional.of(bail), false, false));
    }
    return new AnneeSimulee(liberations, decisions, cycles, propositions, attributions);
  }

  private static Menage menage(Random hasard) {
    int adultes = 1 + hasard.nextInt(2);
    int enfants = hasard.nextInt(3);
    BigDecimal ressources = BigDecimal.valueOf(9_000L + hasard.nextInt(32_000));
    Menage m = Menage.of(ressources, Menage.unitesConsommation(adultes, enfants));
    int tirage = hasard.nextInt(10);
    if (tirage < 2) {
      m = m.withDalo(true);
    } else if (tirage < 4) {
      m = m.withMotifs(Set.of(MotifPriorite.actuels().get(tirage == 2 ? 2 : 10)));
    }
    return m;
  }

  /** Les ressources par UC d'un ménage, arrondies à l'euro, pour l'affichage. */
  static String ressourcesParUc(Menage m) {
    Fraction f = m.ressourcesParUnite();
    return f.toDecimalFrancais(0) + " €/UC";
  }
}
