package fr.fluxlogement.rules.exercice;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.TexteConvention;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.explication.Explique;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.calendrier.Calendriers;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.droits.DroitsGarantie;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.flux.CalculFlux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import fr.fluxlogement.rules.flux.PremiereMiseEnLocation;
import fr.fluxlogement.rules.objectifs.ControleObjectifs;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import fr.fluxlogement.rules.orientation.Decision;
import fr.fluxlogement.rules.orientation.EtatOrientation;
import fr.fluxlogement.rules.orientation.MoteurOrientation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Le calcul de l'exercice annuel d'un bailleur : l'unique point d'entrée qui enchaîne les règles
 * (assiette, droits, taux, flux, objectifs, annexe, orientation, délais, objectifs d'attribution,
 * bilan) pour chaque convention de l'exercice.
 *
 * <p><b>Territoires.</b> Chaque convention porte sur son territoire (commune, EPCI ou département) :
 * son assiette est celle des logements du bailleur sur ce territoire, ses taux ceux des droits situés
 * sur ce territoire (un droit est situé par la commune de son programme ou par sa commune), son flux
 * et ses objectifs ceux de ce territoire. Les parts du préfet viennent de sa convention (paramètres
 * {@link Parametres#PART_PREFET_PRIORITAIRES} et {@link Parametres#PART_PREFET_AGENTS}), jamais
 * ajoutées à la main.
 *
 * <p><b>Orientation.</b> Un moteur par commune (décision 0014 du projet) : chaque logement libéré de
 * l'assiette est orienté entre les parties qui ont des droits dans sa commune, au taux de leurs droits
 * dans la commune, le préfet au même taux dans chaque commune (R.441-5-2 II), le bailleur gardant le
 * reste. Les logements libérés servant une mutation interne ou une attribution hors flux
 * (attribution marquée comme telle) ne sont pas orientés.
 *
 * <p><b>Ordre et déterminisme.</b> Le résultat ne dépend pas de l'ordre des conventions, des
 * logements, des programmes, des droits ni des libérations (triés par clé, identifiant, date) ; les
 * chemins des avertissements du bilan citent le rang de chaque attribution dans la liste donnée.
 */
public final class CalculExercice {

  private CalculExercice() {}

  /** Bornes du calendrier des jours fériés ({@code Calendrier.ANNEE_MIN} et {@code ANNEE_MAX}). */
  private static final int CALENDRIER_MIN = fr.fluxlogement.rules.calendrier.Calendrier.ANNEE_MIN;

  private static final int CALENDRIER_MAX = fr.fluxlogement.rules.calendrier.Calendrier.ANNEE_MAX;

  /** La clé d'un territoire par son code. */
  private static final Comparator<Commune> PAR_CODE = Comparator.comparing(Commune::code);

  /**
   * La clé stable d'une convention dans l'exercice : la clé du réservataire ({@code ETAT} pour le
   * préfet) et le code de son territoire.
   *
   * @param c la convention
   * @return par exemple {@code "COMMUNE-01281@01281"} ou {@code "ETAT@01"}
   */
  public static String cle(Convention c) {
    return (c.reservataire().isEtat() ? "ETAT" : c.reservataire().cle()) + "@" + c.territoire().code();
  }

  /** Un droit et la commune où il s'exerce. */
  private record DroitSitue(DroitReservation droit, Commune commune) {}

  /** L'ordre total des droits situés, qui rend le calcul indépendant de l'ordre des données. */
  private static final Comparator<DroitSitue> ORDRE_DES_DROITS = Comparator.comparing((DroitSitue d) -> d.droit().titulaire().cle())
      .thenComparing(d -> d.commune().code()).thenComparing(d -> d.droit().debut()).thenComparing(d -> d.droit().programme().orElse(""))
      .thenComparing(d -> d.droit().origine()).thenComparingLong(d -> d.droit().quantite())
      .thenComparing(d -> d.droit().fin().map(LocalDate::toString).orElse(""));

  /**
   * Calcule l'exercice.
   *
   * @param exercice la description de l'exercice
   * @return le résultat, avec ses avertissements (aussi dans {@link ResultatExercice#avertissements()}),
   *     ou toutes les anomalies des données (chacune avec son chemin, son message français et la
   *     référence résolue dans la convention en cause)
   */
  public static Resultat<ResultatExercice> calculer(Exercice exercice) {
    Objects.requireNonNull(exercice, "exercice");
    return new Calcul(exercice).executer();
  }

  /** L'état d'un calcul : un par appel, jamais partagé. */
  private static final class Calcul {
    private final Exercice e;
    private final LocalDate premierJanvier;
    private final List<Anomalie> erreurs = new ArrayList<>();
    private final List<Anomalie> avertissements = new ArrayList<>();
    private final TreeMap<Commune, List<Logement>> parCommune = new TreeMap<>(PAR_CODE);
    private final Map<String, Logement> logements = new HashMap<>();
    private final List<Convention> conventions = new ArrayList<>();
    private final List<DroitSitue> droits = new ArrayList<>();
    private final Map<Commune, List<DroitSitue>> droitsParCommune = new HashMap<>();
    private final Map<Territoire, List<Commune>> communesDeLEpci = new HashMap<>();
    private final Map<Commune, Set<Territoire>> epcisDeLaCommune = new HashMap<>();
    private final Map<String, List<Convention>> conventionsParPartie = new HashMap<>();
    private final Map<Convention, Integer> rangConvention = new java.util.IdentityHashMap<>();
    private final List<Explication> garanties = new ArrayList<>();
    private final Optional<Convention> prefet;

    Calcul(Exercice e) {
      this.e = e;
      this.premierJanvier = LocalDate.of(e.annee(), 1, 1);
      this.prefet = e.conventions().stream().filter(c -> c.reservataire().isEtat()).min(Comparator.comparing(CalculExercice::cle));
    }

    private void erreurs(Resultat<?> v, String chemin, UnaryOperatorReference resolution) {
      for (Anomalie a : v.erreurs()) {
        erreurs.add((chemin.isEmpty() ? a : a.sous(chemin)).resoudre(resolution::apply));
      }
    }

    Resultat<ResultatExercice> executer() {
      lireConventions();
      lireParc();
      situerDroits();
      List<ResultatConvention> resultats = new ArrayList<>();
      for (Convention c : conventions) {
        calculerConvention(c).ifPresent(resultats::add);
      }
      List<Orientation> orientations = orienter();
      List<Proposition> propositions = new ArrayList<>();
      for (Orientation o : orientations) {
        if (o.cycle().isEmpty()) {
          // la part du bailleur : le logement lui revient, proposé à ses propres candidats
          propositions.add(new Proposition(o.decision().logement(), o.decision().reservataire(), o.liberation().date()));
        }
        o.cycle().flatMap(CycleProposition::reservataire).ifPresent(r -> propositions.add(
            new Proposition(o.decision().logement(), r,
                o.cycle().get().echeances().map(x -> x.transmission()).orElse(o.liberation().date()))));
      }
      List<PremiereMiseEnLocation.Designation> premieres = premieresLocations();
      RapportBilan bilan = bilan(resultats, propositions);
      List<ResultatObjectif> controles = controler(resultats);
      List<Anomalie> toutes = new ArrayList<>(erreurs);
      toutes.addAll(avertissements);
      return Resultat.selon(toutes, () -> new ResultatExercice(e, resultats, orientations, controles, bilan, avertissements, garanties,
          new EtatDesDroits(droits.stream().map(DroitSitue::droit).toList()), premieres));
    }

    // --- conventions --------------------------------------------------------------------------

    private void lireConventions() {
      List<Convention> l = new ArrayList<>(e.conventions());
      l.sort(Comparator.comparing(CalculExercice::cle));
      Set<String> vues = new HashSet<>();
      for (int i = 0; i < e.conventions().size(); i++) {
        Convention c = e.conventions().get(i);
        String chemin = "conventions[" + i + "]";
        UnaryOperatorReference r = c.texte()::resoudre;
        if (!c.bailleur().identifiant().equals(e.bailleur().identifiant())) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemin + ".bailleur", "la convention « " + c.texte().titre()
              + " » lie le bailleur « " + c.bailleur().nom() + " », non celui de l'exercice (« " + e.bailleur().nom() + " »)",
              References.CLAUSE_PREAMBULE).resoudre(r::apply));
        }
        if (!dansLeDepartement(c.territoire())) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemin + ".territoire", "la convention « " + c.texte().titre()
              + " » porte sur " + c.territoire().libelle() + ", hors du " + e.departement().libelle() + " de l'exercice",
              References.CLAUSE_CADRE_TERRITORIAL).resoudre(r::apply));
        }
        String cle = c.reservataire().isEtat() ? "ETAT" : c.reservataire().cle();
        if (!vues.add(cle)) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.DOUBLON, chemin + ".reservataire", "deux conventions avec "
              + c.reservataire().libelle() + " dans le même département : une seule par réservataire (CCH R.441-5)",
              References.CCH_R441_5));
        }
      }
      conventions.addAll(l);
      for (int i = 0; i < e.conventions().size(); i++) {
        rangConvention.putIfAbsent(e.conventions().get(i), i);
      }
      for (Convention c : l) {
        conventionsParPartie.computeIfAbsent(c.reservataire().isEtat() ? "ETAT" : c.reservataire().cle(), k -> new ArrayList<>()).add(c);
      }
      if (prefet.isEmpty() && !l.isEmpty()) {
        avertissements.add(Anomalie.avertissement(CodeAnomalie.CONVENTION_ABSENTE, "conventions",
            "aucune convention avec le préfet : la part de l'État (R.441-5-2) n'est pas comptée dans les objectifs",
            References.CCH_R441_5_2_I));
      }
    }

    private boolean dansLeDepartement(Territoire t) {
      if (t instanceof Commune c) {
        return c.departement().equals(e.departement());
      }
      if (t instanceof Departement d) {
        return d.equals(e.departement());
      }
      return true; // un EPCI se situe par les communes de ses logements
    }

    // --- parc ------------------------------------------------------------------------------------

    private void lireParc() {
      long horsDepartement = 0;
      for (int i = 0; i < e.parc().size(); i++) {
        Logement l = e.parc().get(i);
        if (logements.putIfAbsent(l.identifiant(), l) != null) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.DOUBLON, "parc[" + i + "].identifiant",
              "le logement « " + l.identifiant() + " » apparaît deux fois dans le parc", References.ARRETE_RPLS));
          continue;
        }
        if (!l.localisation().departement().equals(e.departement())) {
          horsDepartement++;
          continue;
        }
        parCommune.computeIfAbsent(l.localisation().commune(), k -> new ArrayList<>()).add(l);
        Commune c = l.localisation().commune();
        l.localisation().epci().ifPresent(x -> {
          if (epcisDeLaCommune.computeIfAbsent(c, k -> new HashSet<>()).add(x)) {
            communesDeLEpci.computeIfAbsent(x, k -> new ArrayList<>()).add(c);
          }
        });
      }
      if (horsDepartement > 0) {
        avertissements.add(Anomalie.avertissement(CodeAnomalie.HORS_DOMAINE, "parc", horsDepartement
            + " logement(s) hors du " + e.departement().libelle() + " : laissés hors de l'exercice", References.CCH_R441_5));
      }
    }

    private List<Commune> communes(Territoire t) {
      if (t instanceof Commune c) {
        return List.of(c);
      }
      if (t instanceof Departement) {
        return List.copyOf(parCommune.keySet());
      }
      List<Commune> l = new ArrayList<>(communesDeLEpci.getOrDefault(t, List.of()));
      l.sort(PAR_CODE);
      return l;
    }

    private List<Logement> logementsDe(Territoire t) {
      List<Logement> l = new ArrayList<>();
      for (Commune c : communes(t)) {
        l.addAll(parCommune.getOrDefault(c, List.of()));
      }
      return l;
    }

    // --- droits ----------------------------------------------------------------------------------

    private void situerDroits() {
      List<Programme> programmes = new ArrayList<>(e.programmes());
      programmes.sort(Comparator.comparing(Programme::identifiant));
      Map<String, Commune> communeDuProgramme = new HashMap<>();
      for (Logement l : logements.values()) {
        l.programme().ifPresent(p -> communeDuProgramme.putIfAbsent(p, l.localisation().commune()));
      }
      List<DroitReservation> tous = new ArrayList<>();
      List<String> chemins = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < e.programmes().size(); i++) {
        Programme p = e.programmes().get(i);
        if (!ids.add(p.identifiant())) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.DOUBLON, "programmes[" + i + "].identifiant",
              "le programme « " + p.identifiant() + " » apparaît deux fois", References.CLAUSE_ETAT_DES_DROITS));
        }
        communeDuProgramme.put(p.identifiant(), p.commune());
      }
      Map<Programme, Integer> rangProgramme = new java.util.IdentityHashMap<>();
      for (int i = 0; i < e.programmes().size(); i++) {
        rangProgramme.putIfAbsent(e.programmes().get(i), i);
      }
      for (Programme p : programmes) {
        if (p.garanties().isEmpty()) {
          continue;
        }
        UnaryOperatorReference r = resolution(p.garanties().get(0).garant(), p.commune());
        Resultat<Explique<List<DroitReservation>>> v = DroitsGarantie.calculer(p, e.parametres());
        int rang = rangProgramme.get(p);
        erreurs(v, "programmes[" + rang + "]", r);
        if (v.isValide()) {
          garanties.add(v.valeurOuLever().explication().resoudre(r::apply));
          for (DroitReservation d : v.valeurOuLever().valeur()) {
            tous.add(d);
            chemins.add("programmes[" + rang + "]");
          }
        }
      }
      for (int i = 0; i < e.droits().size(); i++) {
        tous.add(e.droits().get(i));
        chemins.add("droits[" + i + "]");
      }
      for (int i = 0; i < tous.size(); i++) {
        DroitReservation d = tous.get(i);
        Optional<Commune> duProgramme = d.programme().map(communeDuProgramme::get);
        if (d.programme().isPresent() && duProgramme.isEmpty() && d.commune().isEmpty()) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.REFERENCE_INCONNUE, chemins.get(i) + ".programme", "le droit de "
              + d.titulaire().libelle() + " porte sur un programme inconnu : « " + d.programme().get() + " »",
              References.CLAUSE_ETAT_DES_DROITS));
          continue;
        }
        Optional<Commune> commune = d.commune().or(() -> duProgramme);
        if (commune.isEmpty()) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.DROIT_SANS_TERRITOIRE, chemins.get(i), "le droit de " + d.titulaire().libelle()
              + " ne dit ni son programme ni sa commune : il ne peut être compté sur aucun territoire", References.CLAUSE_ETAT_DES_DROITS));
          continue;
        }
        if (duProgramme.isPresent() && !duProgramme.equals(commune)) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemins.get(i) + ".commune", "le droit de " + d.titulaire().libelle()
              + " est situé en " + commune.get() + " mais son programme « " + d.programme().get() + " » est en " + duProgramme.get(),
              References.CLAUSE_ETAT_DES_DROITS));
          continue;
        }
        if (!commune.get().departement().equals(e.departement())) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemins.get(i) + ".commune", "le droit de " + d.titulaire().libelle()
              + " est situé hors du " + e.departement().libelle() + " de l'exercice", References.CLAUSE_CADRE_TERRITORIAL));
          continue;
        }
        if (d.titulaire().isEtat() || d.titulaire().isBailleur()) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemins.get(i) + ".titulaire", "la part de "
              + d.titulaire().libelle() + " ne vient pas d'un droit de réservation : elle est fixée par la loi ou est le reste du flux",
              References.CCH_R441_5_2_I));
          continue;
        }
        droits.add(new DroitSitue(d, commune.get()));
      }
      droits.sort(ORDRE_DES_DROITS);
      for (DroitSitue d : droits) {
        droitsParCommune.computeIfAbsent(d.commune(), k -> new ArrayList<>()).add(d);
      }
      Set<String> avecConvention = new HashSet<>();
      conventions.forEach(c -> avecConvention.add(c.reservataire().cle()));
      Set<String> signales = new TreeSet<>();
      for (DroitSitue d : droits) {
        if (d.droit().isEnVigueur(premierJanvier) && !avecConvention.contains(d.droit().titulaire().cle())
            && signales.add(d.droit().titulaire().cle())) {
          avertissements.add(Anomalie.avertissement(CodeAnomalie.CONVENTION_ABSENTE, "droits", d.droit().titulaire().libelle()
              + " détient des droits en vigueur au " + premierJanvier + " sans convention dans l'exercice : ils comptent dans les taux",
              References.CCH_R441_5));
        }
      }
    }

    /** La résolution des références dans la convention d'une partie qui couvre une commune. */
    private UnaryOperatorReference resolution(Reservataire partie, Commune commune) {
      return conventionDe(partie, commune).map(c -> (UnaryOperatorReference) c.texte()::resoudre).orElse(x -> x);
    }

    private Optional<Convention> conventionDe(Reservataire partie, Commune commune) {
      for (Convention c : conventionsParPartie.getOrDefault(partie.isEtat() ? "ETAT" : partie.cle(), List.of())) {
        if (couvre(c.territoire(), commune)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    private boolean couvre(Territoire t, Commune c) {
      if (t instanceof Commune x) {
        return x.equals(c);
      }
      if (t instanceof Departement d) {
        return c.departement().equals(d);
      }
      return epcisDeLaCommune.getOrDefault(c, Set.of()).contains(t);
    }

    private Map<Reservataire, Taux> tauxPrefet() {
      Map<Reservataire, Taux> m = new LinkedHashMap<>();
      prefet.ifPresent(c -> {
        Parametres p = c.parametres(e.parametres());
        m.put(Etat.PRIORITAIRES, p.valeur(Parametres.PART_PREFET_PRIORITAIRES, premierJanvier));
        m.put(Etat.AGENTS_PUBLICS, p.valeur(Parametres.PART_PREFET_AGENTS, premierJanvier));
      });
      return m;
    }

    // --- une convention ------------------------------------------------------------------------

    private Optional<ResultatConvention> calculerConvention(Convention c) {
      String chemin = "conventions[" + rangConvention.get(c) + "]";
      TexteConvention texte = c.texte();
      UnaryOperatorReference r = texte.resolveur()::apply;
      Parametres p = c.parametres(e.parametres());
      Territoire t = c.territoire();
      List<Commune> communes = communes(t);
      Resultat<Assiette> va = CalculAssiette.calculer(e.annee(), t, logementsDe(t));
      erreurs(va, chemin + ".assiette", r);
      if (!va.isValide()) {
        return Optional.empty();
      }
      Assiette assiette = va.valeurOuLever();
      List<DroitReservation> droitsIci = new ArrayList<>();
      if (t instanceof Departement) {
        droits.forEach(d -> droitsIci.add(d.droit()));
      } else {
        List<DroitSitue> l = new ArrayList<>();
        for (Commune x : communes) {
          l.addAll(droitsParCommune.getOrDefault(x, List.of()));
        }
        l.sort(ORDRE_DES_DROITS);
        l.forEach(d -> droitsIci.add(d.droit()));
      }
      EnumMap<MotifRelogement, Long> relogements = new EnumMap<>(MotifRelogement.class);
      for (Commune x : communes) {
        e.relogements().getOrDefault(x, Map.of()).forEach((m, n) -> relogements.merge(m, n, Long::sum));
      }
      EntreesFlux entrees = new EntreesFlux(e.annee(), assiette.taille(), e.rotations(), e.tauxMutationsCus(), OptionalLong.empty(),
          relogements, 0, p);
      ChaineConvention chaine = ChaineConvention.calculer(ChaineConvention.Entrees.of(e.annee(), e.bailleur(), p)
          .withAssiette(assiette.taille()).withDroits(droitsIci, Set.of()).withFlux(entrees).withRepartition(tauxPrefet()));
      Resultat<List<TauxReservataire>> vt = chaine.taux().orElseThrow();
      Resultat<FluxAnnuel> vf = chaine.flux().orElseThrow();
      erreurs(vt, chemin + ".droits", r);
      erreurs(vf, chemin + ".flux", r);
      if (chaine.objectifs().isEmpty()) {
        return Optional.empty();
      }
      Resultat<RepartitionDuFlux> vo = chaine.objectifs().get();
      erreurs(vo, chemin + ".objectifs", r);
      if (!vo.isValide()) {
        return Optional.empty();
      }
      RepartitionDuFlux o = vo.valeurOuLever();
      List<Anomalie> avert = new ArrayList<>();
      for (Anomalie a : vo.avertissements()) {
        avert.add(a.sous(chemin).resoudre(r::apply));
      }
      avertissements.addAll(avert);
      Taux tauxReservataire;
      long reserves = 0;
      long objectif;
      if (c.reservataire().isEtat()) {
        tauxReservataire = Taux.of(partPrefet());
        objectif = o.logements(Etat.PRIORITAIRES) + o.logements(Etat.AGENTS_PUBLICS);
      } else {
        Optional<TauxReservataire> propre = vt.valeurOuLever().stream().filter(x -> x.reservataire().cle().equals(c.reservataire().cle())).findFirst();
        tauxReservataire = propre.map(TauxReservataire::taux).orElse(Taux.ZERO);
        reserves = propre.map(TauxReservataire::reserves).orElse(0L);
        objectif = propre.map(x -> o.logements(x.reservataire())).orElse(0L);
      }
      Assiette ar = new Assiette(assiette.annee(), assiette.territoire(), assiette.parc(), assiette.retenus(), assiette.exclusions(),
          assiette.explication().resoudre(r::apply));
      List<TauxReservataire> tr = new ArrayList<>();
      for (TauxReservataire x : vt.valeurOuLever()) {
        tr.add(new TauxReservataire(x.reservataire(), x.reserves(), x.taux(), x.explication().resoudre(r::apply)));
      }
      FluxAnnuel f = vf.valeurOuLever();
      FluxAnnuel fr = new FluxAnnuel(f.annee(), f.rotationMoyenne(), f.liberations(), f.mutations(), f.relogements(), f.fluxExact(),
          f.flux(), f.explication().resoudre(r::apply));
      RepartitionDuFlux or = new RepartitionDuFlux(o.flux(), o.objectifs(), o.explication().resoudre(r::apply));
      Annexe annexe = new Annexe(texte.titre(), t, e.nom(t), c.reservataire(), e.bailleur().nom(), premierJanvier, assiette.taille(),
          reserves, tauxReservataire, c.modeGestion(), tauxReservataire, objectif, e.illustratif());
      return Optional.of(new ResultatConvention(c, ar, tr, tauxReservataire, reserves, fr, or, objectif, annexe, avert));
    }

    // --- orientation -----------------------------------------------------------------------------

    private List<Orientation> orienter() {
      if (e.liberations().isEmpty()) {
        return List.of();
      }
      Set<String> horsFlux = new HashSet<>();
      for (Attribution a : e.attributions()) {
        if (a.mutation() || a.horsFlux()) {
          horsFlux.add(a.logement().identifiant());
        }
      }
      List<Integer> ordre = new ArrayList<>();
      for (int i = 0; i < e.liberations().size(); i++) {
        ordre.add(i);
      }
      ordre.sort(Comparator.comparing((Integer i) -> e.liberations().get(i).date())
          .thenComparing(i -> e.liberations().get(i).logement().identifiant()));
      Parametres base = prefet.map(c -> c.parametres(e.parametres())).orElse(e.parametres());
      Calendriers calendriers = Calendriers.tous(base.valeur(Parametres.VENDREDI_SAINT_ALSACE_MOSELLE, premierJanvier));
      Map<Commune, Optional<MoteurOrientation>> moteurs = new TreeMap<>(PAR_CODE);
      // l'année est connue d'avance : chaque moteur communal oriente toute sa suite d'un coup, ce qui garde
      // au préfet son minimum hors QPV dès qu'une orientation au quota le permet (R.441-5-2 II ; décision 0016)
      List<Integer> retenus = new ArrayList<>();
      Map<Commune, List<Logement>> suites = new TreeMap<>(PAR_CODE);
      for (int i : ordre) {
        Liberation lib = e.liberations().get(i);
        Logement connu = logements.get(lib.logement().identifiant());
        if (connu == null || horsCalendrier(lib, e.evenements().getOrDefault(connu.identifiant(), List.of()))
            || !connu.localisation().departement().equals(e.departement()) || MotifExclusion.de(connu, e.annee()).isPresent()
            || horsFlux.contains(connu.identifiant())) {
          continue;
        }
        retenus.add(i);
        suites.computeIfAbsent(connu.localisation().commune(), x -> new ArrayList<>()).add(connu);
      }
      Map<Commune, java.util.Iterator<Decision>> decisions = new TreeMap<>(PAR_CODE);
      for (Map.Entry<Commune, List<Logement>> x : suites.entrySet()) {
        Optional<MoteurOrientation> m = moteurs.computeIfAbsent(x.getKey(), c -> moteur(c, base));
        m.ifPresent(mo -> decisions.put(x.getKey(), mo.orienter(mo.initial(), x.getValue()).iterator()));
      }
      Set<Integer> planifies = new HashSet<>(retenus);
      List<Orientation> l = new ArrayList<>();
      for (int i : ordre) {
        Liberation lib = e.liberations().get(i);
        String chemin = "liberations[" + i + "]";
        Logement connu = logements.get(lib.logement().identifiant());
        if (connu == null) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.REFERENCE_INCONNUE, chemin + ".logement", "logement libéré inconnu du parc : « "
              + lib.logement().identifiant() + " »", References.CLAUSE_QUALIFICATION));
          continue;
        }
        if (horsCalendrier(lib, e.evenements().getOrDefault(connu.identifiant(), List.of()))) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.HORS_DOMAINE, chemin + ".date", "date hors du calendrier " + (CALENDRIER_MIN + 1)
              + "-" + (CALENDRIER_MAX - 2) + " dans la libération du logement « " + connu.identifiant() + " » ou ses événements",
              References.CLAUSE_DELAIS));
          continue;
        }
        Commune commune = connu.localisation().commune();
        if (!connu.localisation().departement().equals(e.departement()) || MotifExclusion.de(connu, e.annee()).isPresent()
            || horsFlux.contains(connu.identifiant())) {
          continue; // hors de l'assiette ou hors flux : ni orienté ni proposé au titre du flux
        }
        if (!planifies.contains(i) || !decisions.containsKey(commune)) {
          continue;
        }
        Decision d = decisions.get(commune).next();
        Reservataire r = d.reservataire();
        Optional<Convention> conv = r.isBailleur() ? Optional.empty() : conventionDe(r, commune);
        UnaryOperatorReference res = conv.map(c -> (UnaryOperatorReference) c.texte()::resoudre).orElse(x -> x);
        Optional<CycleProposition> cycle = Optional.empty();
        if (!r.isBailleur()) {
          Parametres p = conv.map(c -> c.parametres(e.parametres())).orElse(e.parametres());
          CycleProposition c = CycleProposition.demarrer(lib, calendriers, p);
          List<EvenementProposition> ev = e.evenements().getOrDefault(connu.identifiant(), List.of());
          if (ev.isEmpty() || !(ev.get(0) instanceof EvenementProposition.OffreTransmise)) {
            c = c.appliquer(new EvenementProposition.OffreTransmise(lib.date(), r));
          }
          c = c.rejouer(ev);
          for (Anomalie a : c.anomalies()) {
            avertissements.add(new Anomalie(a.code(), chemin + (a.chemin().isEmpty() ? "" : "." + a.chemin()), a.ligne(), a.message(),
                a.reference(), fr.fluxlogement.core.anomalie.Gravite.AVERTISSEMENT).resoudre(res::apply));
          }
          cycle = Optional.of(c);
        }
        l.add(new Orientation(lib, d, d.explication().resoudre(res::apply), cycle));
      }
      controlerPartPrefet(l);
      return l;
    }

    /**
     * R.441-5-2 II : le taux du préfet est le même dans chaque commune du département ; une commune où
     * sa part s'écarte de ce taux est signalée (un moteur par commune la garde d'ordinaire dans sa bande).
     */
    /** La part du préfet dans le flux : ses deux sous-contingents ensemble (zéro sans convention du préfet). */
    private Fraction partPrefet() {
      Fraction f = Fraction.ZERO;
      for (Taux x : tauxPrefet().values()) {
        f = f.plus(x.valeur());
      }
      return f;
    }

    private void controlerPartPrefet(List<Orientation> orientations) {
      if (prefet.isEmpty() || orientations.isEmpty()) {
        return;
      }
      Fraction t = partPrefet();
      if (t.signum() <= 0 || t.compareTo(Fraction.UN) > 0) {
        return;
      }
      UnaryOperatorReference r = prefet.get().texte()::resoudre;
      fr.fluxlogement.rules.orientation.PartPrefetParCommune.controler(orientations.stream().map(Orientation::decision).toList(), Taux.of(t))
          .avertissements().forEach(a -> avertissements.add(a.resoudre(r::apply)));
    }

    private boolean horsCalendrier(Liberation lib, List<EvenementProposition> ev) {
      boolean hors = lib.date().getYear() <= CALENDRIER_MIN || lib.date().getYear() >= CALENDRIER_MAX - 1;
      for (EvenementProposition x : ev) {
        hors |= x.date().getYear() <= CALENDRIER_MIN || x.date().getYear() >= CALENDRIER_MAX - 1;
      }
      return hors;
    }

    private Optional<MoteurOrientation> moteur(Commune commune, Parametres base) {
      List<Logement> ls = parCommune.getOrDefault(commune, List.of());
      long assiette = ls.stream().filter(x -> MotifExclusion.de(x, e.annee()).isEmpty()).count();
      Map<Reservataire, Taux> taux = tauxPrefet();
      Map<String, Long> reserves = new TreeMap<>();
      Map<String, Reservataire> parCle = new TreeMap<>();
      for (DroitSitue d : droitsParCommune.getOrDefault(commune, List.of())) {
        if (d.droit().isEnVigueur(premierJanvier)) {
          reserves.merge(d.droit().titulaire().cle(), d.droit().quantite(), Long::sum);
          parCle.putIfAbsent(d.droit().titulaire().cle(), d.droit().titulaire());
        }
      }
      Fraction somme = Fraction.ZERO;
      for (Taux t : taux.values()) {
        somme = somme.plus(t.valeur());
      }
      for (Map.Entry<String, Long> x : reserves.entrySet()) {
        Taux t = Taux.of(Math.min(x.getValue(), assiette), Math.max(assiette, 1));
        taux.put(parCle.get(x.getKey()), t);
        somme = somme.plus(t.valeur());
      }
      if (somme.compareTo(Fraction.UN) > 0) {
        erreurs.add(Anomalie.erreur(CodeAnomalie.TAUX_SUPERIEURS_A_100, "orientation." + commune.code(), "les taux des réservataires "
            + "dans la commune " + commune.code() + " somment à " + somme.fois(100).toDecimalFrancais(2) + " %, plus de 100 %",
            References.CLAUSE_ENGAGEMENTS));
        return Optional.empty();
      }
      taux.put(e.bailleur().partNonReservee(), Taux.of(Fraction.UN.moins(somme)));
      Resultat<MoteurOrientation> v = MoteurOrientation.of(taux, base.valeur(Parametres.PREFET_HORS_QPV_MINIMUM,
          premierJanvier));
      erreurs(v, "orientation." + commune.code(), x -> x);
      return v.valeur();
    }

    // --- premières mises en location (art. 5.3 du plan par défaut) --------------------------------

    private List<PremiereMiseEnLocation.Designation> premieresLocations() {
      Map<String, Programme> parId = new HashMap<>();
      e.programmes().forEach(p -> parId.putIfAbsent(p.identifiant(), p));
      for (String id : e.premieresLocations().keySet()) {
        if (!parId.containsKey(id)) {
          erreurs.add(Anomalie.erreur(CodeAnomalie.REFERENCE_INCONNUE, "premieresLocations." + id, "parts de financeurs données pour un "
              + "programme inconnu : « " + id + " »", References.CLAUSE_PROGRAMMES_NEUFS));
        }
      }
      List<Programme> l = new ArrayList<>(parId.values());
      l.sort(Comparator.comparing(Programme::identifiant));
      List<PremiereMiseEnLocation.Designation> d = new ArrayList<>();
      Parametres p = prefet.map(c -> c.parametres(e.parametres())).orElse(e.parametres());
      for (Programme pr : l) {
        if (pr.anneeMiseEnService() != e.annee()) {
          continue;
        }
        // la clause des programmes neufs de la convention de la commune du programme, sinon celle du préfet
        Optional<Convention> cite = conventions.stream().filter(c -> c.territoire().equals(pr.commune())).findFirst().or(() -> prefet);
        UnaryOperatorReference r = cite.map(c -> (UnaryOperatorReference) c.texte().resolveur()::apply).orElse(x -> x);
        Resultat<PremiereMiseEnLocation.Designation> v = PremiereMiseEnLocation.designer(pr,
            e.premieresLocations().getOrDefault(pr.identifiant(), Map.of()), e.bailleur(), p);
        erreurs(v, "premieresLocations." + pr.identifiant(), r);
        if (v.isValide()) {
          PremiereMiseEnLocation.Designation x = v.valeurOuLever();
          d.add(new PremiereMiseEnLocation.Designation(x.programme(), x.logements(), x.explication().resoudre(r::apply)));
        }
      }
      return d;
    }

    // --- bilan et objectifs d'attribution ------------------------------------------------------

    private RapportBilan bilan(List<ResultatConvention> resultats, List<Proposition> propositions) {
      Bilan.Compteur compteur = Bilan.compteur(e.annee(), e.seuils());
      for (Liberation l : e.liberations()) {
        if (logements.containsKey(l.logement().identifiant())) {
          compteur.liberation(logements.get(l.logement().identifiant()) == l.logement() ? l
              : new Liberation(logements.get(l.logement().identifiant()), l.type(), l.date()));
        }
      }
      propositions.forEach(compteur::proposition);
      for (int i = 0; i < e.attributions().size(); i++) {
        Optional<Anomalie> horsTerritoire = Bilan.controlerContingent(e.attributions().get(i), "attributions[" + i + "]");
        horsTerritoire.ifPresent(erreurs::add);
        compteur.attribution(e.attributions().get(i));
      }
      Resultat<Bilan> rb = compteur.toResultat();
      for (Anomalie a : rb.anomalies()) {
        (a.isErreur() ? erreurs : avertissements).add(a);
      }
      Bilan b = rb.valeur().orElse(Bilan.vide(e.annee()));
      Map<String, Long> objectifs = new TreeMap<>();
      for (ResultatConvention rc : resultats) {
        if (rc.convention().reservataire().isEtat()) {
          for (Objectif o : rc.objectifs().objectifs()) {
            if (o.partie().isEtat()) {
              objectifs.put(o.partie().cle(), o.logements());
            }
          }
        } else {
          objectifs.put(rc.convention().reservataire().cle(), rc.objectif());
        }
      }
      e.envoiBilan().flatMap(b::controlerEnvoi).ifPresent(avertissements::add);
      return new RapportBilan(b, objectifs, e.envoiBilan());
    }

    private List<ResultatObjectif> controler(List<ResultatConvention> resultats) {
      if (e.attributions().isEmpty()) {
        return List.of();
      }
      Map<Reservataire, Long> restantes = new LinkedHashMap<>();
      Map<String, Long> signes = new HashMap<>();
      for (Attribution a : e.attributions()) {
        if (a.dateBail().map(d -> d.getYear() == e.annee()).orElse(false) && !a.mutation() && !a.horsFlux()) {
          signes.merge(a.contingent().cle(), 1L, Long::sum);
        }
      }
      for (ResultatConvention rc : resultats) {
        for (Objectif o : rc.objectifs().objectifs()) {
          boolean sienne = rc.convention().reservataire().isEtat() ? o.partie().isEtat()
              : o.partie().cle().equals(rc.convention().reservataire().cle());
          if (sienne) {
            restantes.put(o.partie(), Math.max(0, o.logements() - signes.getOrDefault(o.partie().cle(), 0L)));
          }
        }
      }
      Parametres p = prefet.map(c -> c.parametres(e.parametres())).orElse(e.parametres());
      // un seuil de quartile manquant n'est qu'un avertissement : l'objectif des prioritaires reste calculé
      Resultat<List<ResultatObjectif>> v = ControleObjectifs.controler(e.annee(), e.attributions(), restantes, e.seuils(), p);
      for (Anomalie a : v.anomalies()) {
        (a.isErreur() ? erreurs : avertissements).add(a);
      }
      return v.valeur().orElse(List.of());
    }
  }

  /** Une fonction de référence à référence (résolution d'une clause). */
  @FunctionalInterface
  private interface UnaryOperatorReference {
    Reference apply(Reference r);
  }
}
