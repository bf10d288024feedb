package fr.fluxlogement.rules.projection;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rules.convention.CycleConvention;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * La projection pluriannuelle d'un exercice ({@link Projection}). Pour chaque année Y et chaque
 * scénario, l'exercice de l'année Y est décrit à partir de celui de l'année N et de la prévision, puis
 * calculé par {@link CalculExercice#calculer} :
 *
 * <ul>
 *   <li>le parc au 1er janvier Y : celui de N, moins les logements sortis avant le 1er janvier Y,
 *       plus les logements livrés dont la première mise en location est au plus tard en Y (hors flux
 *       l'année de leur première location, dans l'assiette ensuite : art. 2 et 5.3) ;
 *   <li>les droits : ceux de N, ceux des programmes livrés (garanties) et les droits nouveaux, chacun
 *       compté s'il est en vigueur au 1er janvier Y — un droit de garantie court jusqu'à la dernière
 *       échéance du prêt, ou cinq ans après son remboursement intégral (R.441-6) ;
 *   <li>les taux de rotation : les taux publiés pour les années avant N, le taux du scénario pour N et
 *       après (le flux de Y est la moyenne des trois années avant Y, art. 4.1) ;
 *   <li>le reste (conventions, relogements prévus, taux de mutations de la CUS, paramètres, noms) est
 *       celui de N ; ni libération, ni attribution, ni événement.
 * </ul>
 */
public final class CalculProjection {

  private CalculProjection() {}

  /**
   * La dernière année de la vie d'une convention : celle de sa fin maximale (trois ans et au plus
   * deux reconductions tacites, art. 7).
   *
   * @param c la convention
   * @param e l'exercice (ses paramètres)
   * @return le dernier jour de la convention
   */
  public static LocalDate fin(Convention c, Exercice e) {
    return CycleConvention.of(c, c.parametres(e.parametres())).finMaximale();
  }

  /**
   * Projette un exercice.
   *
   * @param e l'exercice de l'année N
   * @param p la prévision
   * @return la projection, ou toutes les anomalies (période avant N, exercice d'une année en anomalie)
   */
  public static Resultat<Projection> projeter(Exercice e, Prevision p) {
    Objects.requireNonNull(e, "exercice");
    Objects.requireNonNull(p, "prevision");
    List<Scenario> scenarios = p.scenarios().isEmpty() ? Scenario.parDefaut(e) : p.scenarios();
    int premiere = p.premiere().orElse(e.annee());
    Map<String, Convention> conventions = new TreeMap<>();
    Map<String, LocalDate> fins = new LinkedHashMap<>();
    for (Convention c : e.conventions()) {
      conventions.put(CalculExercice.cle(c), c);
    }
    int derniereVie = e.annee();
    for (Map.Entry<String, Convention> x : conventions.entrySet()) {
      LocalDate f = fin(x.getValue(), e);
      fins.put(x.getKey(), f);
      derniereVie = Math.max(derniereVie, f.getYear());
    }
    int derniere = p.derniere().orElse(derniereVie);
    if (premiere < e.annee()) {
      return Resultat.echec(Anomalie.erreur(CodeAnomalie.DATE_INCOHERENTE, "projection.premiere",
          "la projection commence en " + premiere + ", avant l'année de l'exercice " + e.annee(), References.CLAUSE_DUREE));
    }
    List<Anomalie> anomalies = new ArrayList<>();
    Map<String, List<AnneeProjetee>> annees = new TreeMap<>();
    conventions.keySet().forEach(k -> annees.put(k, new ArrayList<>()));
    for (int y = premiere; y <= derniere; y++) {
      for (Scenario s : scenarios) {
        Resultat<ResultatExercice> v = CalculExercice.calculer(exercice(e, p, s, y));
        if (!v.isValide()) {
          String chemin = "projection[" + y + "][" + s.nom() + "]";
          v.erreurs().forEach(a -> anomalies.add(a.sous(chemin)));
          continue;
        }
        for (ResultatConvention rc : v.valeurOuLever().conventions()) {
          boolean enVie = p.derniere().isPresent() || y <= fins.get(rc.cle()).getYear();
          if (enVie) {
            annees.get(rc.cle()).add(annee(e, v.valeurOuLever(), rc, s, y));
          }
        }
      }
    }
    if (!anomalies.isEmpty()) {
      return Resultat.echec(anomalies);
    }
    List<ProjectionConvention> l = new ArrayList<>();
    annees.forEach((k, a) -> l.add(new ProjectionConvention(k, conventions.get(k), fins.get(k), a)));
    return Resultat.ok(new Projection(premiere, derniere, scenarios, l));
  }

  /** L'année de première mise en location d'un logement livré : son année de mise en location, ou de mise en service. */
  private static int premiereLocation(Logement l, int defaut) {
    if (l.anneeMiseEnLocation().isPresent()) {
      return l.anneeMiseEnLocation().getAsInt();
    }
    return l.dateMiseEnService().map(LocalDate::getYear).orElse(defaut);
  }

  /**
   * L'exercice projeté d'une année sous un scénario.
   *
   * @param e l'exercice de l'année N
   * @param p la prévision
   * @param s le scénario
   * @param y l'année
   * @return l'exercice de l'année Y
   */
  public static Exercice exercice(Exercice e, Prevision p, Scenario s, int y) {
    LocalDate premierJanvier = LocalDate.of(y, 1, 1);
    Exercice.Builder b = Exercice.builder(e.bailleur(), y, e.departement());
    e.conventions().forEach(b::convention);
    List<Logement> parc = new ArrayList<>();
    for (Logement l : e.parc()) {
      LocalDate sortie = p.sorties().get(l.identifiant());
      if (sortie == null || !sortie.isBefore(premierJanvier)) {
        parc.add(l);
      }
    }
    for (Logement l : p.logements()) {
      LocalDate sortie = p.sorties().get(l.identifiant());
      if (premiereLocation(l, y) <= y && (sortie == null || !sortie.isBefore(premierJanvier))) {
        parc.add(l);
      }
    }
    b.parc(parc);
    b.programmes(e.programmes());
    List<Programme> livres = new ArrayList<>();
    for (Programme x : p.programmes()) {
      if (x.dateMiseEnService().getYear() <= y) {
        livres.add(x);
      }
    }
    b.programmes(livres);
    b.droits(e.droits());
    b.droits(p.droits());
    Map<Integer, Taux> rotations = new TreeMap<>();
    e.rotations().forEach((a, t) -> {
      if (a < e.annee()) {
        rotations.put(a, t);
      }
    });
    for (int a = e.annee(); a < y; a++) {
      rotations.put(a, s.rotation());
    }
    if (y == e.annee()) {
      rotations.putAll(e.rotations());
    }
    b.rotations(rotations);
    e.tauxMutationsCus().ifPresent(b::tauxMutationsCus);
    e.relogements().forEach(b::relogements);
    if (y == e.annee()) {
      e.premieresLocations().forEach(b::premiereLocation);
    }
    b.seuils(e.seuils());
    e.noms().forEach(b::nom);
    b.parametres(e.parametres());
    b.illustratif(e.illustratif());
    return b.build();
  }

  private static AnneeProjetee annee(Exercice e, ResultatExercice r, ResultatConvention rc, Scenario s, int y) {
    Convention c = rc.convention();
    LocalDate premierJanvier = LocalDate.of(y, 1, 1);
    Explication.Builder droits = Explication.builder("droits de " + c.reservataire().libelle() + " en vigueur au 1er janvier " + y, rc.reserves())
        .reference(References.CLAUSE_ETAT_DES_DROITS, References.CCH_R441_6);
    List<DroitReservation> termines = r.etatDesDroits().droits().stream()
        .filter(d -> d.titulaire().equals(c.reservataire()))
        .filter(d -> d.fin().isPresent() && d.fin().get().getYear() == y - 1)
        .sorted(Comparator.comparing((DroitReservation d) -> d.fin().get()).thenComparing(d -> d.programme().orElse("")))
        .toList();
    for (DroitReservation d : termines) {
      Explication.Builder x = Explication.builder("droit pris fin le " + d.fin().get() + " (" + d.origine().libelle()
          + d.programme().map(pr -> ", programme " + pr).orElse("") + ") : ne compte plus à partir de " + y, d.quantite());
      if (d.origine() == OrigineDroit.GARANTIE_EMPRUNT) {
        x.formule("dernière échéance du prêt, ou cinq ans après son remboursement intégral").reference(References.CCH_R441_6);
      }
      droits.enfant(x.build());
    }
    Optional<TauxReservataire> propre = rc.taux().stream()
        .filter(t -> t.reservataire().equals(c.reservataire()) || c.reservataire().isEtat() && t.reservataire().isEtat()).findFirst();
    Explication.Builder racine = Explication.builder("objectif " + y + " de " + c.reservataire().libelle() + ", scénario " + s.libelle(), rc.objectif())
        .formule("part du flux annuel de l'année, au taux du réservataire au 1er janvier " + y)
        .reference(References.CLAUSE_DUREE, References.CLAUSE_FLUX_ANNUEL)
        .enfant(Explication.donnee("taux de rotation supposé pour " + e.annee() + " et après (scénario " + s.nom() + ")",
            s.rotation().toPourcentFrancais(), References.CLAUSE_FLUX_ANNUEL))
        .enfant(rc.assiette().explication())
        .enfant(droits.build());
    propre.ifPresent(t -> racine.enfant(t.explication()));
    racine.enfant(rc.flux().explication()).enfant(rc.objectifs().explication());
    Explication ex = racine.build().resoudre(c.texte().resolveur());
    return new AnneeProjetee(y, s, rc.assiette().taille(), rc.reserves(), rc.tauxReservataire(), rc.flux().flux(), rc.objectif(), ex);
  }
}
