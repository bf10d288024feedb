package fr.fluxlogement.examples.ornex;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.Orientation;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.orientation.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Une année simulée (illustrative, graine fixe) : un générateur d'événements, rien de plus. Il tire
 * les logements libérés et leurs préavis, puis, pour chaque logement que l'exercice a orienté, les
 * réponses du réservataire, la CALEOL, le bail et le ménage ; l'exercice ({@link CalculExercice})
 * fait tout le calcul : orientation, délais, objectifs d'attribution et bilan.
 *
 * @param exercice l'exercice complété des événements de l'année
 * @param resultat son résultat
 */
public record AnneeSimulee(Exercice exercice, ResultatExercice resultat) {

  /** La graine de la simulation. */
  public static final long GRAINE = 20250101L;

  /** Les libérations de l'année. */
  public List<Liberation> liberations() {
    return exercice.liberations();
  }

  /** L'orientation de chaque logement du flux. */
  public List<Decision> decisions() {
    return resultat.orientations().stream().map(Orientation::decision).toList();
  }

  /** Le cycle de proposition de chaque logement proposé à un réservataire. */
  public List<CycleProposition> cycles() {
    return resultat.orientations().stream().flatMap(o -> o.cycle().stream()).toList();
  }

  /** Les propositions faites : chaque offre transmise à un réservataire. */
  public List<fr.fluxlogement.core.evenement.Proposition> propositions() {
    return cycles().stream().filter(c -> c.reservataire().isPresent())
        .map(c -> new fr.fluxlogement.core.evenement.Proposition(c.liberation().logement(), c.reservataire().get(),
            c.echeances().map(x -> x.transmission()).orElse(c.liberation().date())))
        .toList();
  }

  /** Les attributions de l'année (mutation interne comprise, hors flux). */
  public List<Attribution> attributions() {
    return exercice.attributions();
  }

  /**
   * Simule l'année d'un exercice sans événements.
   *
   * @param base l'exercice sans événements
   * @param nombre le nombre de libérations de l'année
   * @return l'année simulée et calculée
   */
  public static AnneeSimulee simuler(Exercice base, int nombre) {
    Random hasard = new Random(GRAINE);
    int annee = base.annee();
    List<Logement> restants = new ArrayList<>(base.parc().stream().filter(l -> MotifExclusion.de(l, annee).isEmpty()).toList());
    List<Liberation> liberations = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    for (int i = 0; i < nombre && !restants.isEmpty(); i++) {
      Logement l = restants.remove(hasard.nextInt(restants.size()));
      LocalDate preavis = LocalDate.of(annee, 1, 6).plusDays((long) i * 350 / nombre + hasard.nextInt(10));
      TypeLiberation type = hasard.nextInt(3) == 0 ? TypeLiberation.PREAVIS_TROIS_MOIS : TypeLiberation.PREAVIS_UN_MOIS;
      liberations.add(new Liberation(l, type, preavis));
      if (i == 0) {
        // la première libération sert une mutation interne : déduite du flux (art. 2), hors contingents
        attributions.add(new Attribution(l, base.bailleur().partNonReservee(), menage(hasard), preavis.plusDays(20),
            Optional.of(preavis.plusDays(40)), true, false));
      }
    }
    Exercice orientee = base.toBuilder().liberations(liberations).attributions(attributions).build();
    ResultatExercice offres = CalculExercice.calculer(orientee).valeurOuLever();
    Exercice.Builder complet = base.toBuilder().liberations(liberations);
    int rang = 0;
    for (Orientation o : offres.orientations()) {
      rang++;
      Logement l = o.decision().logement();
      if (o.cycle().isEmpty()) {
        LocalDate caleol = liberation(liberations, l).date().plusDays(30 + hasard.nextInt(10));
        attributions.add(new Attribution(l, base.bailleur().partNonReservee(), menage(hasard), caleol,
            Optional.of(caleol.plusDays(10 + hasard.nextInt(20))), false, false));
        continue;
      }
      CycleProposition c = o.cycle().get();
      Reservataire r = c.reservataire().orElseThrow();
      LocalDate limite = c.echeances().orElseThrow().candidats().date();
      List<EvenementProposition> evenements = new ArrayList<>();
      boolean impossibilite = r.equals(DonneesOrnex.COMMUNE) && rang % 2 == 0;
      if (impossibilite) {
        LocalDate notif = c.echeances().orElseThrow().impossibilite().date().minusDays(1);
        evenements.add(new EvenementProposition.ImpossibiliteNotifiee(notif));
        evenements.add(new EvenementProposition.RechercheParLeBailleur(notif.plusDays(1), true));
        evenements.add(new EvenementProposition.ListeCompletee(notif.plusDays(3), 3));
      } else {
        evenements.add(new EvenementProposition.CandidatsProposes(limite.minusDays(1 + hasard.nextInt(3)), 3));
      }
      LocalDate caleol = limite.plusDays(7 + hasard.nextInt(7));
      LocalDate bail = caleol.plusDays(10 + hasard.nextInt(20));
      evenements.add(new EvenementProposition.DecisionCaleol(caleol, TypeDecision.ATTRIBUTION_CLASSEE));
      evenements.add(new EvenementProposition.BailSigne(bail));
      complet.evenements(l.identifiant(), evenements);
      Reservataire impute = c.rejouer(evenements).imputation().orElse(base.bailleur().partNonReservee());
      attributions.add(new Attribution(l, impute, menage(hasard), caleol, Optional.of(bail), false, false));
    }
    Exercice fin = complet.attributions(attributions).build();
    return new AnneeSimulee(fin, CalculExercice.calculer(fin).valeurOuLever());
  }

  private static Liberation liberation(List<Liberation> l, Logement logement) {
    return l.stream().filter(x -> x.logement().identifiant().equals(logement.identifiant())).findFirst().orElseThrow();
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
}
