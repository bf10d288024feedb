package fr.fluxlogement.rendu.html;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rendu.texte.Redaction;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.assiette.Ventilation;
import fr.fluxlogement.rules.bilan.Dimension;
import fr.fluxlogement.rules.bilan.LigneBilan;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Les modèles des pages d'un exercice, tirés de son résultat : aucune figure n'est recalculée, chacune
 * est lue sur le résultat typé.
 */
public final class ModelesPages {

  private ModelesPages() {}

  /**
   * La profondeur des explications de la page de projection : l'année, ses figures et leurs
   * composantes directes (l'explication entière est celle de l'exercice, sur la page de l'annexe, et
   * celle de {@code flux prevoir --explication}).
   */
  public static final int PROFONDEUR_PROJECTION = 3;

  /** Les ventilations des pages de bilan, dans l'ordre. */
  public static final List<Dimension> VENTILATIONS =
      List.of(Dimension.TYPOLOGIE, Dimension.FINANCEMENT, Dimension.QPV, Dimension.COMMUNE, Dimension.PERIODE_CONSTRUCTION);

  /**
   * Le chemin de la page d'annexe d'une convention, relatif au dossier des pages.
   *
   * @param cle la clé de la convention
   * @return le chemin
   */
  public static String cheminAnnexe(String cle) {
    return "conventions/" + cle + "/annexe.html";
  }

  /**
   * Le chemin de la page de bilan d'une partie, relatif au dossier des pages.
   *
   * @param partie la clé de la partie
   * @return le chemin
   */
  public static String cheminBilan(String partie) {
    return "bilans/" + partie + ".html";
  }

  private static Entete entete(Exercice e, String titre, String racine) {
    return new Entete(titre, e.bailleur().nom(), e.nom(e.departement()) + " (" + e.departement().code() + ")", e.annee(), e.illustratif(), racine);
  }

  private static String texte(Anomalie a) {
    return a.toTexte();
  }

  /** Les parties d'une convention dans le bilan : ses deux contingents pour le préfet. */
  private static List<String> partiesDe(ResultatConvention rc) {
    Reservataire r = rc.convention().reservataire();
    return r.isEtat() ? List.of("ETAT-PRIORITAIRES", "ETAT-AGENTS") : List.of(r.cle());
  }

  /**
   * La page de l'annexe d'une convention.
   *
   * @param r le résultat de l'exercice
   * @param rc les figures de la convention
   * @return le modèle
   */
  public static PageAnnexe annexe(ResultatExercice r, ResultatConvention rc) {
    Exercice e = r.exercice();
    Annexe a = rc.annexe();
    Redaction red = new Redaction(a);
    Assiette as = rc.assiette();
    List<PageAnnexe.LigneVentilation> typologies = new ArrayList<>();
    for (Typologie t : Typologie.values()) {
      long p = as.parc().parTypologie().getOrDefault(t, 0L);
      long k = as.retenus().parTypologie().getOrDefault(t, 0L);
      if (p > 0 || k > 0) {
        typologies.add(new PageAnnexe.LigneVentilation(t.libelle(), p, k));
      }
    }
    List<PageAnnexe.LigneVentilation> financements = new ArrayList<>();
    for (Financement f : Financement.values()) {
      long p = as.parc().parFinancement().getOrDefault(f, 0L);
      long k = as.retenus().parFinancement().getOrDefault(f, 0L);
      if (p > 0 || k > 0) {
        financements.add(new PageAnnexe.LigneVentilation(f.libelle(), p, k));
      }
    }
    List<PageAnnexe.LigneVentilation> qpv = List.of(
        new PageAnnexe.LigneVentilation("en QPV", as.parc().enQpv(), as.retenus().enQpv()),
        new PageAnnexe.LigneVentilation("hors QPV", as.parc().horsQpv(), as.retenus().horsQpv()));
    List<PageAnnexe.LigneVentilation> exclusions = new ArrayList<>();
    for (MotifExclusion m : MotifExclusion.values()) {
      Ventilation v = as.exclusions().get(m);
      if (v.total() > 0) {
        exclusions.add(new PageAnnexe.LigneVentilation(m.libelle(), v.total(), 0));
      }
    }
    LocalDate premierJanvier = LocalDate.of(e.annee(), 1, 1);
    List<PageAnnexe.LigneDroit> droits = new ArrayList<>();
    Map<String, Commune> communeDesProgrammes = new HashMap<>();
    for (Programme p : e.programmes()) {
      communeDesProgrammes.put(p.identifiant(), p.commune());
    }
    Map<String, Optional<Epci>> epciDesCommunes = new HashMap<>();
    for (Logement l : e.parc()) {
      epciDesCommunes.putIfAbsent(l.localisation().commune().code(), l.localisation().epci());
    }
    Reservataire titulaire = rc.convention().reservataire();
    for (DroitReservation d : r.etatDesDroits().droits()) {
      if (!d.titulaire().equals(titulaire)) {
        continue;
      }
      Optional<Commune> c = d.commune().or(() -> d.programme().map(communeDesProgrammes::get));
      if (!surLeTerritoire(rc.convention().territoire(), c, epciDesCommunes)) {
        continue;
      }
      droits.add(new PageAnnexe.LigneDroit(d.titulaire().libelle(), d.origine().libelle(), d.programme().orElse(""),
          c.map(x -> e.nom(x) + " (" + x.code() + ")").orElse(""), d.quantite(), Redaction.date(d.debut()),
          d.fin().map(Redaction::date).orElse("sans terme connu"), d.isEnVigueur(premierJanvier)));
    }
    List<PageAnnexe.LigneTaux> taux = new ArrayList<>();
    for (TauxReservataire t : rc.taux()) {
      taux.add(new PageAnnexe.LigneTaux(t.reservataire().libelle(), t.reserves(), t.taux().toPourcentFrancais()));
    }
    List<PageAnnexe.LigneTaux> objectifs = new ArrayList<>();
    for (Objectif o : rc.objectifs().objectifs()) {
      objectifs.add(new PageAnnexe.LigneTaux(o.partie().libelle(), o.logements(), o.taux().toPourcentFrancais()));
    }
    List<SectionExplication> explications = new ArrayList<>();
    explications.add(new SectionExplication("Parc concerné par la gestion en flux (assiette)", Long.toString(as.taille()),
        NoeudExplication.of(as.explication())));
    for (TauxReservataire t : rc.taux()) {
      if (t.reservataire().equals(titulaire) || titulaire.isEtat() && t.reservataire().isEtat()) {
        explications.add(new SectionExplication("Taux de " + t.reservataire().libelle(), t.taux().toPourcentFrancais(),
            NoeudExplication.of(t.explication())));
      }
    }
    explications.add(new SectionExplication("Flux annuel", Long.toString(rc.flux().flux()), NoeudExplication.of(rc.flux().explication())));
    explications.add(new SectionExplication("Objectifs de l'année", rc.objectif() + " logement(s)", NoeudExplication.of(rc.objectifs().explication())));
    List<Lien> bilans = partiesDe(rc).stream()
        .map(p -> new Lien("Bilan " + e.annee() + " : " + r.bilan().ligne(p).libelle(), "../../" + cheminBilan(p))).toList();
    return new PageAnnexe(entete(e, "Annexe : " + a.titre(), "../../"), rc.cle(), a, red.genre(), red.sujet(), red.echelle(), red.gestion(),
        red.duTerritoire(), red.deSujet(), Redaction.date(a.dateReference()), rc.convention().texte().url(), typologies, financements, qpv,
        exclusions, droits, taux, objectifs, rc.flux().flux(), explications, rc.avertissements().stream().map(ModelesPages::texte).toList(), bilans);
  }

  private static boolean surLeTerritoire(Territoire t, Optional<Commune> c, Map<String, Optional<Epci>> epciDesCommunes) {
    if (t instanceof Departement) {
      return true;
    }
    if (c.isEmpty()) {
      return false;
    }
    if (t instanceof Commune) {
      return t.equals(c.get());
    }
    return epciDesCommunes.getOrDefault(c.get().code(), Optional.empty()).map(t::equals).orElse(false);
  }

  /**
   * La page du bilan d'une partie.
   *
   * @param r le résultat de l'exercice
   * @param partie la clé de la partie
   * @return le modèle
   */
  public static PageBilan bilan(ResultatExercice r, String partie) {
    Exercice e = r.exercice();
    RapportBilan rb = r.bilan();
    LigneBilan l = rb.ligne(partie);
    List<Graphiques.Valeur> valeurs = new ArrayList<>();
    l.objectif().ifPresent(o -> valeurs.add(new Graphiques.Valeur("objectif", o)));
    valeurs.add(new Graphiques.Valeur("propositions", l.propositions()));
    valeurs.add(new Graphiques.Valeur("attributions en CALEOL", l.attributionsCaleol()));
    valeurs.add(new Graphiques.Valeur("baux signés", l.bauxSignes()));
    Graphique g = Graphiques.barres("realise", "Objectif et réalisé " + e.annee() + " : " + l.libelle(), "logements", valeurs);
    List<PageBilan.LigneCible> cibles = new ArrayList<>();
    List<Graphiques.Valeur> tauxCibles = new ArrayList<>();
    for (ResultatObjectif o : r.controles()) {
      if (o.partie().map(p -> p.cle().equals(partie)).orElse(false)) {
        cibles.add(new PageBilan.LigneCible(o.indicateur().libelle(), o.publicCible(), o.base(), o.atteint().toPourcentFrancais(),
            o.cible().toPourcentFrancais(), o.ecart(), o.rattrapage().map(x -> x + " ménage(s) sur " + o.restantes() + " attribution(s) restantes")
            .orElse("impossible sur les " + o.restantes() + " attribution(s) restantes"), o.isAtteint(), NoeudExplication.of(o.explication())));
        tauxCibles.add(new Graphiques.Valeur(court(o.indicateur()), "atteint", pourcentEntier(o.atteint()), 0));
        tauxCibles.add(new Graphiques.Valeur(court(o.indicateur()), "cible", pourcentEntier(o.cible()), 3));
      }
    }
    Optional<Graphique> gc = tauxCibles.isEmpty() ? Optional.empty()
        : Optional.of(Graphiques.barres("cibles", "Objectifs d'attribution : atteint et cible, en pour cent arrondi", "pour cent", tauxCibles));
    List<PageBilan.Ventilation> ventilations = new ArrayList<>();
    for (Dimension d : VENTILATIONS) {
      SortedMap<String, Long> prop = rb.bilan().ventilation(Mesure.PROPOSITIONS, partie, d);
      SortedMap<String, Long> attr = rb.bilan().ventilation(Mesure.ATTRIBUTIONS_CALEOL, partie, d);
      TreeSet<String> cles = new TreeSet<>(prop.keySet());
      cles.addAll(attr.keySet());
      List<PageBilan.LigneVentilation> lignes = new ArrayList<>();
      for (String v : cles) {
        String valeur = d == Dimension.COMMUNE ? communeNommee(e, v) : v;
        lignes.add(new PageBilan.LigneVentilation(valeur, prop.getOrDefault(v, 0L), attr.getOrDefault(v, 0L)));
      }
      ventilations.add(new PageBilan.Ventilation(d.libelle(), lignes));
    }
    List<Lien> annexes = new ArrayList<>();
    for (ResultatConvention rc : r.conventions()) {
      if (partiesDe(rc).contains(partie)) {
        annexes.add(new Lien("Annexe : " + rc.convention().texte().titre(), "../" + cheminAnnexe(rc.cle())));
      }
    }
    return new PageBilan(entete(e, "Bilan " + e.annee() + " : " + l.libelle(), "../"), l, rb.bilan().total(Mesure.LIBERATIONS, fr.fluxlogement.rules.bilan.Cle.TOUS),
        Redaction.date(rb.echeance()), rb.envoi().map(Redaction::date), rb.retard().map(Anomalie::message), g, cibles, gc, ventilations,
        List.copyOf(rb.bilan().logements(Mesure.HORS_FLUX, partie)), annexes);
  }

  /** Le nom court d'un objectif d'attribution, sous sa barre. */
  private static String court(fr.fluxlogement.rules.objectifs.Indicateur i) {
    return switch (i) {
      case PRIORITAIRES -> "prioritaires";
      case Q1_HORS_QPV -> "Q1 hors QPV";
      case Q2_Q4_EN_QPV -> "Q2-Q4 en QPV";
    };
  }

  private static long pourcentEntier(fr.fluxlogement.core.quantite.Taux t) {
    return t.valeur().fois(100).arrondir(fr.fluxlogement.core.quantite.Arrondi.PLUS_PROCHE_DEMI_SUPERIEUR).longValueExact();
  }

  private static String communeNommee(Exercice e, String code) {
    try {
      Commune c = Commune.of(code);
      String nom = e.nom(c);
      return nom.equals(code) ? code : nom + " (" + code + ")";
    } catch (IllegalArgumentException x) {
      return code;
    }
  }

  /**
   * La page de la projection pluriannuelle.
   *
   * @param e l'exercice de l'année N
   * @param p la projection
   * @return le modèle
   */
  public static PageProjection projection(Exercice e, fr.fluxlogement.rules.projection.Projection p) {
    List<PageProjection.ConventionProjetee> conventions = new ArrayList<>();
    int rang = 0;
    for (fr.fluxlogement.rules.projection.ProjectionConvention c : p.conventions()) {
      List<PageProjection.AnneeProjetee> annees = new ArrayList<>();
      TreeSet<Integer> ans = new TreeSet<>();
      String central = p.scenarios().get(p.scenarios().size() / 2).nom();
      for (fr.fluxlogement.rules.projection.AnneeProjetee a : c.annees()) {
        ans.add(a.annee());
        Optional<NoeudExplication> ex = a.scenario().nom().equals(central) ? Optional.of(NoeudExplication.of(a.explication(), PROFONDEUR_PROJECTION))
            : Optional.empty();
        annees.add(new PageProjection.AnneeProjetee(a.annee(), a.scenario().libelle(), a.assiette(), a.reserves(), a.taux().toPourcentFrancais(),
            a.flux(), a.objectif(), ex));
      }
      List<Graphiques.Serie> series = new ArrayList<>();
      List<Graphiques.Serie> flux = new ArrayList<>();
      for (fr.fluxlogement.rules.projection.Scenario s : p.scenarios()) {
        series.add(new Graphiques.Serie("scénario " + s.libelle(), c.scenario(s.nom()).stream().map(fr.fluxlogement.rules.projection.AnneeProjetee::objectif).toList()));
        flux.add(new Graphiques.Serie("scénario " + s.libelle(), c.scenario(s.nom()).stream().map(fr.fluxlogement.rules.projection.AnneeProjetee::flux).toList()));
      }
      List<String> abscisses = ans.stream().map(String::valueOf).toList();
      Graphique g = Graphiques.courbes("projection-" + rang, "Objectif de " + c.convention().reservataire().libelle() + " par année", "logements",
          abscisses, series);
      Graphique gf = Graphiques.courbes("flux-" + rang++, "Flux annuel du territoire par année", "logements", abscisses, flux);
      conventions.add(new PageProjection.ConventionProjetee(c.cle(), c.convention().texte().titre(), c.convention().reservataire().libelle(),
          Redaction.date(c.fin()), g, gf, annees));
    }
    return new PageProjection(entete(e, "Projection " + p.premiere() + "-" + p.derniere() + " : " + e.bailleur().nom(), ""), p.premiere(), p.derniere(),
        p.scenarios().stream().map(fr.fluxlogement.rules.projection.Scenario::libelle).map(x -> "scénario " + x + " de rotation pour " + e.annee() + " et après").toList(),
        conventions);
  }

  /**
   * La page d'index de l'exercice.
   *
   * @param r le résultat de l'exercice
   * @param parties les parties dont le bilan a une page
   * @param projection le lien vers la page de projection, s'il y en a une
   * @return le modèle
   */
  public static PageIndex index(ResultatExercice r, List<String> parties, Optional<Lien> projection) {
    Exercice e = r.exercice();
    List<PageIndex.LigneConvention> conventions = new ArrayList<>();
    for (ResultatConvention rc : r.conventions()) {
      Territoire t = rc.convention().territoire();
      conventions.add(new PageIndex.LigneConvention(rc.cle(), rc.convention().texte().titre(), rc.convention().reservataire().libelle(),
          e.nom(t) + " (" + t.code() + ")", rc.assiette().taille(), rc.tauxReservataire().toPourcentFrancais(), rc.flux().flux(), rc.objectif(),
          new Lien("annexe", cheminAnnexe(rc.cle()))));
    }
    List<PageIndex.LigneBilanIndex> bilans = new ArrayList<>();
    for (String p : parties) {
      LigneBilan l = r.bilan().ligne(p);
      bilans.add(new PageIndex.LigneBilanIndex(l.libelle(), l.propositions(), l.attributionsCaleol(), l.bauxSignes(),
          l.objectif().map(String::valueOf).orElse("—"), new Lien("bilan", cheminBilan(p))));
    }
    return new PageIndex(entete(e, "Exercice " + e.annee() + " : " + e.bailleur().nom(), ""), conventions, bilans,
        Redaction.date(r.bilan().echeance()), r.bilan().envoi().map(Redaction::date), r.bilan().isTardif(), projection,
        r.avertissements().stream().map(ModelesPages::texte).toList());
  }
}
