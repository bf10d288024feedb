package fr.fluxlogement.examples.cas;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Mesure;
import fr.fluxlogement.rules.calendrier.Calendriers;
import fr.fluxlogement.rules.convention.CycleConvention;
import fr.fluxlogement.rules.delais.CalculDelais;
import fr.fluxlogement.rules.delais.Echeances;
import fr.fluxlogement.rules.droits.DroitsGarantie;
import fr.fluxlogement.rules.exercice.ChaineConvention;
import fr.fluxlogement.rules.droits.EtatDesLieux;
import fr.fluxlogement.rules.droits.MethodeConversion;
import fr.fluxlogement.rules.droits.ReservationIdentifiee;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.flux.PremiereMiseEnLocation;
import fr.fluxlogement.rules.objectifs.ControleObjectifs;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import fr.fluxlogement.rules.orientation.MoteurOrientation;
import fr.fluxlogement.rules.orientation.PartPrefetParCommune;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Le calcul d'un dossier de cas : chaque section présente est lue, validée et calculée par la
 * bibliothèque ; les figures sont rendues à plat (clé pointée → texte), avec leurs explications.
 * Une section invalide ne produit pas de figure mais toutes ses anomalies.
 */
final class CalculCas {

  private final Noeud racine;
  private final List<Anomalie> anomalies;
  private final TreeMap<String, String> figures = new TreeMap<>();
  private final List<Explication> explications = new ArrayList<>();
  private final Bailleur bailleur;
  private int annee;
  private Parametres parametres = Parametres.nationaux();
  private Optional<Long> assiette = Optional.empty();

  private final java.nio.file.Path base;

  private CalculCas(Noeud racine, java.nio.file.Path base) {
    this.racine = racine;
    this.base = base;
    this.anomalies = racine.anomalies();
    this.bailleur = Lecteurs.bailleur(racine);
  }

  /** Calcule un dossier déjà lu. */
  static ResultatCas calculer(Noeud racine, java.nio.file.Path base) {
    CalculCas c = new CalculCas(racine, base);
    Map<String, String> attendu = new TreeMap<>();
    racine.champ("attendu").ifPresent(a -> a.aplatir("", attendu));
    try {
      c.toutCalculer();
    } catch (RuntimeException | StackOverflowError e) {
      // filet : une erreur imprévue devient une anomalie, jamais une trace de pile
      c.anomalies.add(Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "dossier non calculable (erreur interne "
          + e.getClass().getSimpleName() + ")"));
      c.resumerAnomalies();
    }
    return new ResultatCas(c.figures, limiter(c.anomalies), List.copyOf(c.explications), attendu);
  }

  /** Le nombre maximal d'anomalies gardées d'un dossier (leur total est dit par une dernière anomalie). */
  static final int ANOMALIES_LISTEES = 1_000;

  /** Les premières anomalies, puis, s'il y en a plus, une anomalie qui dit leur total. */
  static List<Anomalie> limiter(List<Anomalie> a) {
    if (a.size() <= ANOMALIES_LISTEES) {
      return List.copyOf(a);
    }
    List<Anomalie> l = new ArrayList<>(a.subList(0, ANOMALIES_LISTEES));
    l.add(Anomalie.erreur(CodeAnomalie.DEBORDEMENT, "", (a.size() - ANOMALIES_LISTEES) + " autres anomalies non listées (" + a.size()
        + " en tout)"));
    return List.copyOf(l);
  }

  private void toutCalculer() {
    racine.exiger("version").flatMap(Noeud::entier).ifPresent(v -> {
      if (v != 1) {
        racine.champ("version").get().erreur(CodeAnomalie.HORS_DOMAINE, "version de dossier non prise en charge : " + v + " (attendu : 1)");
      }
    });
    annee = racine.exiger("annee").flatMap(Noeud::annee).orElse(2025);
    racine.champ("parametres").ifPresent(this::parametres);
    racine.champ("derogation_prefet").ifPresent(this::derogation);
    racine.champ("assiette").ifPresent(this::assiette);
    racine.champ("programmes").ifPresent(this::programmes);
    racine.champ("etat_des_lieux").ifPresent(this::etatDesLieux);
    racine.champ("droits").ifPresent(this::droits);
    racine.champ("flux").ifPresent(this::flux);
    racine.champ("reservataires").ifPresent(this::objectifs);
    chaine();
    racine.champ("premiere_mise_en_location").ifPresent(this::premiereLocation);
    racine.champ("orientation").ifPresent(this::orientation);
    racine.champ("delais").ifPresent(this::delais);
    racine.champ("cycles").ifPresent(this::cycles);
    racine.champ("attributions").ifPresent(this::attributions);
    racine.champ("bilan").ifPresent(this::bilan);
    racine.champ("convention").ifPresent(this::convention);
    racine.champ("exercice").ifPresent(this::exercice);
    racine.champ("projection").ifPresent(this::projection);
    racine.champ("titre");
    racine.champ("source");
    racine.champ("attendu");
    racine.signalerChampsInconnus();
    resumerAnomalies();
  }

  /** La figure {@code anomalies} : les codes, dans l'ordre (les {@value #ANOMALIES_LISTEES} premiers, puis leur total). */
  private void resumerAnomalies() {
    List<String> codes = new ArrayList<>();
    for (Anomalie a : anomalies) {
      if (codes.size() == ANOMALIES_LISTEES) {
        codes.add("… (" + anomalies.size() + " en tout)");
        break;
      }
      codes.add(a.code().name());
    }
    if (!codes.isEmpty()) {
      figures.put("anomalies", String.join(",", codes));
    }
  }

  private LocalDate premierJanvier() {
    return LocalDate.of(annee, 1, 1);
  }

  private <T> Optional<T> valide(Resultat<T> v, String chemin) {
    for (Anomalie a : v.erreurs()) {
      anomalies.add(a.sous(chemin));
    }
    return v.valeur();
  }

  @SuppressWarnings("unchecked")
  private void parametres(Noeud n) {
    Reference source = Reference.of("dossier de cas", "parametres");
    for (Map.Entry<String, Noeud> e : n.table().entrySet()) {
      Optional<Parametre<?>> p = parametres.cles().stream().filter(x -> x.nom().equals(e.getKey())).findFirst();
      if (p.isEmpty()) {
        e.getValue().erreur(CodeAnomalie.CODE_INCONNU, "paramètre inconnu « " + e.getKey() + " »");
        continue;
      }
      Class<?> type = p.get().type();
      Optional<?> valeur;
      Noeud v = e.getValue();
      if (type == Taux.class) {
        valeur = v.taux();
      } else if (type == Integer.class) {
        valeur = v.entier(0, 1000);
      } else if (type == Boolean.class) {
        valeur = v.booleen();
      } else if (type == Arrondi.class) {
        valeur = v.enumeration(Arrondi.class);
      } else {
        valeur = v.texte().flatMap(t -> lireDelai(v, t));
      }
      valeur.ifPresent(x -> parametres = parametres.withSurcharge((Parametre<Object>) p.get(), Parametres.DOMAINE_DEBUT, x, source,
          Provenance.CONVENTION));
    }
  }

  /** Une dérogation d'un an au plus aux plafonds du préfet (R.441-5-2 I), appliquée aux paramètres. */
  private void derogation(Noeud n) {
    Optional<LocalDate> debut = n.exiger("debut").flatMap(Noeud::date);
    Optional<LocalDate> fin = n.exiger("fin").flatMap(Noeud::date);
    Optional<Taux> plafond = n.exiger("plafond").flatMap(Noeud::taux);
    Optional<Noeud> noeudAgents = n.champ("plafond_agents");
    Optional<Taux> agents = noeudAgents.flatMap(Noeud::taux);
    Optional<String> arrete = n.exiger("arrete").flatMap(Noeud::texte).filter(t -> !t.isBlank());
    Optional<String> article = n.champ("article").flatMap(Noeud::texte).filter(t -> !t.isBlank());
    if (debut.isEmpty() || fin.isEmpty() || plafond.isEmpty() || arrete.isEmpty() || noeudAgents.isPresent() && agents.isEmpty()) {
      return;
    }
    Reference ref = Reference.of(arrete.get(), article.orElse("1"));
    valide(fr.fluxlogement.rules.flux.DerogationPrefet.of(debut.get(), fin.get(), plafond.get(), agents, ref, parametres), "derogation_prefet")
        .ifPresent(d -> parametres = d.appliquer(parametres));
  }

  private static Optional<Delai> lireDelai(Noeud v, String t) {
    String[] m = t.strip().split("\\s+", 2);
    try {
      int q = Integer.parseInt(m[0]);
      String u = m.length > 1 ? m[1] : "";
      if (u.startsWith("jours ouvrés") || u.startsWith("jour ouvré")) {
        return Optional.of(Delai.joursOuvres(q));
      }
      if (u.startsWith("jours ouvrables") || u.startsWith("jour ouvrable")) {
        return Optional.of(Delai.joursOuvrables(q));
      }
      if (u.startsWith("jour")) {
        return Optional.of(Delai.joursCalendaires(q));
      }
      if (u.startsWith("mois")) {
        return Optional.of(Delai.mois(q));
      }
    } catch (IllegalArgumentException e) {
      // rapporté ci-dessous
    }
    v.erreur(CodeAnomalie.FORMAT_INVALIDE, "délai attendu, par exemple « 5 jours ouvrés » ou « 1 mois » : « " + t + " »");
    return Optional.empty();
  }

  private void assiette(Noeud n) {
    Optional<Territoire> t = n.exiger("territoire").flatMap(Lecteurs::territoire);
    Optional<Noeud> logements = n.champ("logements");
    Optional<Assiette> a;
    if (logements.isPresent()) {
      List<Logement> parc = new ArrayList<>();
      boolean ok = true;
      for (Noeud l : logements.get().liste()) {
        Optional<Logement> lo = Lecteurs.logement(l);
        ok &= lo.isPresent();
        lo.ifPresent(parc::add);
      }
      if (!ok || t.isEmpty()) {
        return;
      }
      a = valide(CalculAssiette.calculer(annee, t.get(), parc), "assiette");
    } else {
      Optional<Long> parc = n.exiger("parc").flatMap(Noeud::entier);
      EnumMap<MotifExclusion, Long> ex = new EnumMap<>(MotifExclusion.class);
      n.champ("exclusions").ifPresent(e -> e.table().forEach((k, v) -> {
        Optional<MotifExclusion> m = v.enumerationDeCle(k, MotifExclusion.class);
        Optional<Long> nb = v.entier();
        if (m.isPresent() && nb.isPresent()) {
          ex.put(m.get(), nb.get());
        }
      }));
      if (parc.isEmpty() || t.isEmpty()) {
        if (parc.isPresent() && parc.get() < 0) {
          n.champ("parc").get().erreur(CodeAnomalie.NOMBRE_NEGATIF, "un nombre de logements ne peut être négatif : " + parc.get());
        }
        return;
      }
      a = valide(CalculAssiette.depuisComptes(annee, t.get(), parc.get(), ex), "assiette");
    }
    a.ifPresent(x -> {
      assiette = Optional.of(x.taille());
      figures.put("assiette", Long.toString(x.taille()));
      figures.put("assiette.parc", Long.toString(x.parc().total()));
      for (MotifExclusion m : MotifExclusion.values()) {
        figures.put("assiette.exclus." + m.name(), Long.toString(x.exclus(m)));
      }
      explications.add(x.explication());
    });
  }

  private final List<DroitReservation> droits = new ArrayList<>();
  private final Set<String> programmes = new HashSet<>();

  private void programmes(Noeud n) {
    for (Noeud p : n.liste()) {
      Lecteurs.programme(p, bailleur).ifPresent(pr -> {
        programmes.add(pr.identifiant());
        valide(DroitsGarantie.calculer(pr, parametres), p.chemin()).ifPresent(d -> {
          droits.addAll(d.valeur());
          explications.add(d.explication());
          for (DroitReservation dr : d.valeur()) {
            figures.put("droits." + pr.identifiant() + "." + dr.titulaire().cle(), Long.toString(dr.quantite()));
            dr.fin().ifPresent(f -> figures.put("droits." + pr.identifiant() + "." + dr.titulaire().cle() + ".fin", f.toString()));
          }
          figures.put("droits." + pr.identifiant(), Long.toString(d.valeur().stream().mapToLong(DroitReservation::quantite).sum()));
        });
        programmesLus.add(pr);
      });
    }
  }

  private final List<Programme> programmesLus = new ArrayList<>();

  /**
   * La section {@code etat_des_lieux} (décret n° 2020-145, art. 2 II) : les logements, les réservations
   * identifiées, la date et la méthode ; ses droits convertis rejoignent ceux de la section {@code
   * droits}, et les taux se calculent sur l'assiette quand elle est connue.
   */
  private void etatDesLieux(Noeud n) {
    Optional<LocalDate> date = n.exiger("date").flatMap(Noeud::date);
    MethodeConversion methode = n.champ("methode").flatMap(x -> x.enumeration(MethodeConversion.class)).orElse(MethodeConversion.RATIO_DU_STOCK);
    List<Logement> parc = new ArrayList<>();
    Map<String, Taux> rotations = new HashMap<>();
    boolean ok = true;
    for (Noeud l : n.exiger("logements").map(Noeud::liste).orElse(List.of())) {
      Optional<Taux> rotation = l.champ("rotation").flatMap(Noeud::taux);
      Optional<Logement> lo = Lecteurs.logement(l);
      ok &= lo.isPresent();
      lo.ifPresent(x -> {
        parc.add(x);
        rotation.ifPresent(r -> rotations.put(x.identifiant(), r));
      });
    }
    List<ReservationIdentifiee> reservations = new ArrayList<>();
    for (Noeud r : n.exiger("reservations").map(Noeud::liste).orElse(List.of())) {
      Optional<String> logement = r.exiger("logement").flatMap(Noeud::texte);
      Optional<Reservataire> titulaire = r.exiger("titulaire").flatMap(x -> Lecteurs.reservataire(x, bailleur));
      Optional<OrigineDroit> origine = r.exiger("origine").flatMap(x -> x.enumeration(OrigineDroit.class));
      Optional<LocalDate> fin = r.champ("fin").flatMap(Noeud::date);
      if (logement.isEmpty() || titulaire.isEmpty() || origine.isEmpty() || r.champ("fin").isPresent() && fin.isEmpty()) {
        ok = false;
        continue;
      }
      reservations.add(new ReservationIdentifiee(logement.get(), titulaire.get(), origine.get(), fin));
    }
    if (!ok || date.isEmpty()) {
      return;
    }
    Resultat<EtatDesLieux> r = EtatDesLieux.etablir(date.get(), parc, reservations, methode, l -> Optional.ofNullable(rotations.get(l.identifiant())));
    r.anomalies().forEach(a -> anomalies.add(a.sous("etat_des_lieux")));
    r.valeur().ifPresent(e -> {
      figures.put("etat_des_lieux.methode", e.methode().name());
      figures.put("etat_des_lieux.non_reserve", e.nonReserve().toPourcentFrancais());
      figures.put("etat_des_lieux.non_reserve.fraction", e.nonReserve().toString());
      for (EtatDesLieux.Synthese s : e.syntheses()) {
        String cle = "etat_des_lieux." + s.titulaire().cle();
        figures.put(cle + ".logements", Long.toString(s.logements()));
        figures.put(cle + ".echus", Long.toString(s.echus()));
        figures.put(cle + ".sans_fin", Long.toString(s.sansFin()));
        figures.put(cle + ".taux", s.taux().toPourcentFrancais());
        figures.put(cle + ".taux.fraction", s.taux().toString());
        s.parOrigine().forEach((o, nb) -> figures.put(cle + ".origine." + o.name(), Long.toString(nb)));
        s.premiereFin().ifPresent(f -> figures.put(cle + ".premiere_fin", f.toString()));
        s.derniereFin().ifPresent(f -> figures.put(cle + ".derniere_fin", f.toString()));
        droits.addAll(s.droits());
      }
      explications.add(e.explication());
      if (racine.champ("droits").isEmpty() && assiette.isPresent()) {
        tauxDemandes = true;
      }
    });
  }

  private void droits(Noeud n) {
    boolean ok = true;
    for (Noeud d : n.liste()) {
      Optional<Reservataire> r = d.exiger("titulaire").flatMap(x -> Lecteurs.reservataire(x, bailleur));
      OrigineDroit o = d.champ("origine").flatMap(x -> x.enumeration(OrigineDroit.class)).orElse(OrigineDroit.AUTRE);
      Optional<Long> q = d.exiger("logements").flatMap(Noeud::entier);
      Optional<LocalDate> debut = d.exiger("debut").flatMap(Noeud::date);
      Optional<LocalDate> fin = d.champ("fin").flatMap(Noeud::date);
      Optional<String> programme = d.champ("programme").flatMap(Noeud::texte);
      if (r.isEmpty() || q.isEmpty() || debut.isEmpty()) {
        ok = false;
        continue;
      }
      if (q.get() < 0 || fin.isPresent() && fin.get().isBefore(debut.get())) {
        d.erreur(q.get() < 0 ? CodeAnomalie.NOMBRE_NEGATIF : CodeAnomalie.DATE_INCOHERENTE, "droit invalide : quantité négative ou fin avant début");
        ok = false;
        continue;
      }
      droits.add(new DroitReservation(r.get(), o, q.get(), debut.get(), fin, programme, Optional.empty()));
    }
    if (!ok) {
      return;
    }
    if (assiette.isEmpty()) {
      n.erreur(CodeAnomalie.CHAMP_MANQUANT, "les taux se calculent sur une assiette : section « assiette » manquante");
      return;
    }
    tauxDemandes = true;
  }

  /** Les taux se calculent (section {@code droits}, ou droits de l'état des lieux sur une assiette connue). */
  private boolean tauxDemandes;
  /** Les entrées du flux de la section {@code flux}, quand elle est valide. */
  private Optional<EntreesFlux> entreesFlux = Optional.empty();
  /** Les taux donnés par la section {@code reservataires}, quand la répartition est demandée. */
  private Optional<Map<Reservataire, Taux>> tauxDonnes = Optional.empty();
  /** Le flux annuel donné par le champ {@code flux_annuel}. */
  private OptionalLong fluxDonne = OptionalLong.empty();

  /**
   * Les sections {@code droits}, {@code flux} et {@code reservataires} lues, la chaîne de la
   * convention les calcule ensemble, comme pour chaque convention d'un exercice ({@link ChaineConvention}).
   */
  private void chaine() {
    ChaineConvention.Entrees e = ChaineConvention.Entrees.of(annee, bailleur, parametres);
    if (assiette.isPresent()) {
      e = e.withAssiette(assiette.get());
    }
    if (tauxDemandes) {
      e = e.withDroits(droits, programmes);
    }
    if (entreesFlux.isPresent()) {
      e = e.withFlux(entreesFlux.get());
    }
    if (fluxDonne.isPresent()) {
      e = e.withFluxDonne(fluxDonne.getAsLong());
    }
    if (tauxDonnes.isPresent()) {
      e = e.withRepartition(tauxDonnes.get());
    }
    ChaineConvention c = ChaineConvention.calculer(e);
    c.taux().flatMap(r -> valide(r, "droits")).ifPresent(l -> {
      for (TauxReservataire t : l) {
        figures.put("taux." + t.reservataire().cle(), t.taux().toPourcentFrancais());
        figures.put("taux." + t.reservataire().cle() + ".fraction", t.taux().toString());
        figures.put("reserves." + t.reservataire().cle(), Long.toString(t.reserves()));
        explications.add(t.explication());
      }
    });
    c.flux().flatMap(r -> valide(r, "flux")).ifPresent(f -> {
      figures.put("flux", Long.toString(f.flux()));
      figures.put("flux.exact", f.fluxExact().toString());
      figures.put("flux.liberations", f.liberations().toString());
      figures.put("flux.mutations", f.mutations().toString());
      figures.put("flux.relogements", Long.toString(f.relogements()));
      figures.put("flux.rotation_moyenne", f.rotationMoyenne().toPourcentFrancais());
      explications.add(f.explication());
    });
    c.objectifs().ifPresent(repartition -> valide(repartition, "reservataires").ifPresent(o -> {
      long etat = 0;
      for (Objectif ob : o.objectifs()) {
        String cle = ob.partie().isBailleur() ? "BAILLEUR" : ob.partie().cle();
        figures.put("objectifs." + cle, Long.toString(ob.logements()));
        if (ob.partie().isEtat()) {
          etat += ob.logements();
        }
      }
      figures.put("objectifs.ETAT", Long.toString(etat));
      List<String> avert = new ArrayList<>();
      repartition.avertissements().forEach(a -> avert.add(a.code().name()));
      figures.put("avertissements", String.join(",", avert));
      explications.add(o.explication());
    }));
  }

  private void flux(Noeud n) {
    Map<Integer, Taux> rotations = new TreeMap<>();
    n.exiger("rotations").ifPresent(r -> r.table().forEach((k, v) -> {
      try {
        int a = Integer.parseInt(k.strip());
        if (!fr.fluxlogement.core.format.Dates.isAnneeAdmise(a)) {
          throw new NumberFormatException();
        }
        v.taux().ifPresent(t -> rotations.put(a, t));
      } catch (NumberFormatException e) {
        v.erreur(CodeAnomalie.FORMAT_INVALIDE, "année attendue comme clé : « " + k + " »");
      }
    }));
    Optional<Long> a = n.champ("assiette").flatMap(Noeud::entier).or(() -> assiette);
    if (a.isEmpty()) {
      n.erreur(CodeAnomalie.CHAMP_MANQUANT, "assiette inconnue : donner flux.assiette ou une section « assiette »");
      return;
    }
    EnumMap<MotifRelogement, Long> relogements = new EnumMap<>(MotifRelogement.class);
    n.champ("relogements").ifPresent(r -> r.table().forEach((k, v) -> {
      Optional<MotifRelogement> m = v.enumerationDeCle(k, MotifRelogement.class);
      Optional<Long> nb = v.entier();
      if (m.isPresent() && nb.isPresent()) {
        relogements.put(m.get(), nb.get());
      }
    }));
    OptionalLong mutations = n.champ("mutations").flatMap(Noeud::entier).map(OptionalLong::of).orElse(OptionalLong.empty());
    Optional<Taux> cus = n.champ("taux_mutations_cus").flatMap(Noeud::taux);
    long premieres = n.champ("premieres_mises_en_location").flatMap(Noeud::entier).orElse(0L);
    entreesFlux = Optional.of(new EntreesFlux(annee, a.get(), rotations, cus, mutations, relogements, premieres, parametres));
  }

  private void objectifs(Noeud n) {
    Map<Reservataire, Taux> taux = new LinkedHashMap<>();
    boolean ok = true;
    for (Noeud r : n.liste()) {
      Optional<Reservataire> res = r.exiger("reservataire").flatMap(x -> Lecteurs.reservataire(x, bailleur));
      Optional<Taux> t = r.exiger("taux").flatMap(Noeud::taux);
      if (res.isEmpty() || t.isEmpty()) {
        ok = false;
        continue;
      }
      taux.put(res.get(), t.get());
    }
    racine.champ("flux_annuel").flatMap(Noeud::entier).ifPresent(f -> fluxDonne = OptionalLong.of(f));
    if (!ok) {
      return;
    }
    if (entreesFlux.isEmpty() && fluxDonne.isEmpty()) {
      n.erreur(CodeAnomalie.CHAMP_MANQUANT, "les objectifs répartissent un flux : section « flux » ou champ « flux_annuel » manquant");
      return;
    }
    tauxDonnes = Optional.of(taux);
  }

  private void premiereLocation(Noeud n) {
    Optional<String> id = n.exiger("programme").flatMap(Noeud::texte);
    Map<Reservataire, Taux> parts = new LinkedHashMap<>();
    n.champ("financeurs").ifPresent(f -> f.table().forEach((k, v) -> {
      Optional<Reservataire> r = Lecteurs.reservataire(new Noeud(new org.yaml.snakeyaml.nodes.ScalarNode(
          org.yaml.snakeyaml.nodes.Tag.STR, k, v.node().getStartMark(), v.node().getEndMark(), org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN),
          v.chemin(), anomalies), bailleur);
      Optional<Taux> t = v.taux();
      if (r.isPresent() && t.isPresent()) {
        parts.put(r.get(), t.get());
      }
    }));
    if (id.isEmpty()) {
      return;
    }
    Optional<Programme> p = programmesLus.stream().filter(x -> x.identifiant().equals(id.get())).findFirst();
    if (p.isEmpty()) {
      n.erreur(CodeAnomalie.REFERENCE_INCONNUE, "programme inconnu « " + id.get() + " » : le déclarer dans « programmes »");
      return;
    }
    valide(PremiereMiseEnLocation.designer(p.get(), parts, bailleur, parametres), "premiere_mise_en_location").ifPresent(d -> {
      d.logements().forEach((r, nb) -> figures.put("premiere_location." + (r.isBailleur() ? "BAILLEUR" : r.cle()), Long.toString(nb)));
      explications.add(d.explication());
    });
  }

  private void orientation(Noeud n) {
    Map<Reservataire, Taux> taux = new LinkedHashMap<>();
    n.exiger("taux").ifPresent(t -> t.table().forEach((k, v) -> {
      Optional<Reservataire> r = Lecteurs.reservataire(new Noeud(new org.yaml.snakeyaml.nodes.ScalarNode(
          org.yaml.snakeyaml.nodes.Tag.STR, k, v.node().getStartMark(), v.node().getEndMark(), org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN),
          v.chemin(), anomalies), bailleur);
      v.taux().ifPresent(x -> r.ifPresent(rr -> taux.put(rr, x)));
    }));
    List<Logement> logements = new ArrayList<>();
    boolean ok = true;
    for (Noeud l : n.exiger("logements").map(Noeud::liste).orElse(List.of())) {
      Optional<Logement> lo = Lecteurs.logement(l);
      ok &= lo.isPresent();
      lo.ifPresent(logements::add);
    }
    if (!ok) {
      return;
    }
    valide(MoteurOrientation.of(taux, parametres.valeur(Parametres.PREFET_HORS_QPV_MINIMUM, premierJanvier())), "orientation").ifPresent(m -> {
      var seq = m.orienterTout(m.initial(), logements);
      seq.etat().imputes().forEach((r, nb) -> figures.put("orientation." + (r.isBailleur() ? "BAILLEUR" : r.cle()), Long.toString(nb)));
      for (int i = 0; i < seq.choix().size(); i++) {
        Reservataire r = seq.choix().get(i);
        figures.put(String.format("orientation.choix[%d]", i), r.isBailleur() ? "BAILLEUR" : r.cle());
      }
      // R.441-5-2 II : le taux du préfet est le même dans chaque commune ; sa part commune par commune
      Fraction prefet = Fraction.ZERO;
      for (Map.Entry<Reservataire, Taux> e : taux.entrySet()) {
        if (e.getKey().isEtat()) {
          prefet = prefet.plus(e.getValue().valeur());
        }
      }
      if (prefet.signum() > 0 && prefet.compareTo(Fraction.UN) <= 0) {
        var parts = PartPrefetParCommune.controler(logements, seq.choix(), Taux.of(prefet));
        parts.anomalies().forEach(anomalies::add);
        for (PartPrefetParCommune.PartCommune p : parts.valeur().orElse(List.of())) {
          String cle = "orientation.part_prefet." + p.commune().code();
          figures.put(cle, Long.toString(p.prefet()));
          figures.put(cle + ".liberes", Long.toString(p.liberes()));
          figures.put(cle + ".attendue", p.attendue().toString());
          figures.put(cle + ".ecart", Long.toString(p.ecart()));
          explications.add(p.explication());
        }
      }
    });
  }

  private Calendriers calendriers;

  private void delais(Noeud n) {
    if (calendriers == null) {
      calendriers = Calendriers.tous();
    }
    List<Noeud> l = n.liste();
    for (int i = 0; i < l.size(); i++) {
      Noeud d = l.get(i);
      Optional<TypeLiberation> type = d.exiger("type").flatMap(x -> x.enumeration(TypeLiberation.class));
      Optional<LocalDate> date = d.exiger("date").flatMap(Noeud::date);
      Optional<fr.fluxlogement.core.territoire.Commune> commune = d.champ("commune").flatMap(Lecteurs::commune)
          .or(() -> Optional.of(fr.fluxlogement.core.territoire.Commune.of("01281")));
      Optional<LocalDate> transmission = d.champ("transmission").flatMap(Noeud::date);
      if (type.isEmpty() || date.isEmpty() || commune.isEmpty()) {
        continue;
      }
      if (date.get().getYear() < 1900 || date.get().getYear() > 2099) {
        d.erreur(CodeAnomalie.HORS_DOMAINE, "date hors du calendrier 1900-2099 : " + date.get());
        continue;
      }
      Logement lo = Logement.builder().identifiant("D" + i)
          .localisation(fr.fluxlogement.core.territoire.Localisation.of(commune.get(), fr.fluxlogement.core.territoire.Qpv.HORS_QPV))
          .financement(fr.fluxlogement.core.logement.Financement.PLUS).typologie(fr.fluxlogement.core.logement.Typologie.T3).build();
      Echeances e = CalculDelais.calculer(new Liberation(lo, type.get(), date.get()), transmission, calendriers, parametres);
      String p = "delais[" + i + "].";
      figures.put(p + "information", e.information().date().toString());
      figures.put(p + "transmission", e.transmission().toString());
      figures.put(p + "candidats", e.candidats().date().toString());
      figures.put(p + "candidats.reportee", e.candidats().reportee() ? "oui" : "non");
      figures.put(p + "impossibilite", e.impossibilite().date().toString());
      explications.add(e.candidats().explication());
    }
  }

  private void cycles(Noeud n) {
    if (calendriers == null) {
      calendriers = Calendriers.tous();
    }
    List<Noeud> l = n.liste();
    for (int i = 0; i < l.size(); i++) {
      Noeud c = l.get(i);
      Optional<TypeLiberation> type = c.exiger("type").flatMap(x -> x.enumeration(TypeLiberation.class));
      Optional<LocalDate> date = c.exiger("date").flatMap(Noeud::date);
      Optional<fr.fluxlogement.core.territoire.Commune> commune = c.champ("commune").flatMap(Lecteurs::commune)
          .or(() -> Optional.of(fr.fluxlogement.core.territoire.Commune.of("01281")));
      List<fr.fluxlogement.rules.delais.EvenementProposition> evenements = new ArrayList<>();
      for (Noeud e : c.champ("evenements").map(Noeud::liste).orElse(List.of())) {
        evenement(e).ifPresent(evenements::add);
      }
      if (type.isEmpty() || date.isEmpty() || commune.isEmpty()) {
        continue;
      }
      if (date.get().getYear() < 1900 || date.get().getYear() > 2099) {
        c.erreur(CodeAnomalie.HORS_DOMAINE, "date hors du calendrier 1900-2099 : " + date.get());
        continue;
      }
      Logement lo = Logement.builder().identifiant("C" + i)
          .localisation(fr.fluxlogement.core.territoire.Localisation.of(commune.get(), fr.fluxlogement.core.territoire.Qpv.HORS_QPV))
          .financement(fr.fluxlogement.core.logement.Financement.PLUS).typologie(fr.fluxlogement.core.logement.Typologie.T3).build();
      var cycle = fr.fluxlogement.rules.delais.CycleProposition.demarrer(new Liberation(lo, type.get(), date.get()), calendriers, parametres)
          .rejouer(evenements);
      String p = "cycles[" + i + "].";
      figures.put(p + "etat", cycle.etat().name());
      figures.put(p + "imputation", cycle.imputation().map(r -> r.isBailleur() ? "BAILLEUR" : r.cle()).orElse("BAILLEUR"));
      figures.put(p + "compte_pour_reservataire", cycle.isCompteePourReservataire() ? "oui" : "non");
      List<String> codes = new ArrayList<>();
      cycle.anomalies().forEach(a -> codes.add(a.code().name()));
      figures.put(p + "anomalies", String.join(",", codes));
      cycle.attendu().echeance().ifPresent(e -> figures.put(p + "echeance", e.date().toString()));
      figures.put(p + "attendu", cycle.attendu().quoi());
    }
  }

  private Optional<fr.fluxlogement.rules.delais.EvenementProposition> evenement(Noeud e) {
    Map<String, Noeud> t = e.table();
    Optional<LocalDate> d = e.exiger("date").flatMap(Noeud::date);
    Optional<String> quoi = e.exiger("evenement").flatMap(Noeud::texte);
    if (d.isEmpty() || quoi.isEmpty()) {
      return Optional.empty();
    }
    switch (quoi.get()) {
      case "offre":
        return e.exiger("reservataire").flatMap(x -> Lecteurs.reservataire(x, bailleur))
            .map(r -> new fr.fluxlogement.rules.delais.EvenementProposition.OffreTransmise(d.get(), r));
      case "candidats":
        Optional<fr.fluxlogement.rules.delais.ExceptionTroisCandidats> exception =
            e.champ("exception").flatMap(x -> x.enumeration(fr.fluxlogement.rules.delais.ExceptionTroisCandidats.class));
        if (e.champ("exception").isPresent() && exception.isEmpty()) {
          return Optional.empty();
        }
        return e.exiger("nombre").flatMap(Noeud::entier).filter(x -> x >= 0 && x < 1000)
            .map(x -> new fr.fluxlogement.rules.delais.EvenementProposition.CandidatsProposes(d.get(), x.intValue(), exception));
      case "liste_completee":
        return e.exiger("nombre").flatMap(Noeud::entier).filter(x -> x > 0 && x < 1000)
            .map(x -> new fr.fluxlogement.rules.delais.EvenementProposition.ListeCompletee(d.get(), x.intValue()));
      case "impossibilite":
        return Optional.of(new fr.fluxlogement.rules.delais.EvenementProposition.ImpossibiliteNotifiee(d.get()));
      case "recherche_bailleur":
        return Optional.of(new fr.fluxlogement.rules.delais.EvenementProposition.RechercheParLeBailleur(d.get(),
            t.containsKey("comptee") && t.get("comptee").booleen().orElse(false)));
      case "reprise":
        return Optional.of(new fr.fluxlogement.rules.delais.EvenementProposition.LogementRepris(d.get()));
      case "caleol":
        return e.exiger("decision").flatMap(x -> x.enumeration(fr.fluxlogement.core.evenement.TypeDecision.class))
            .map(x -> new fr.fluxlogement.rules.delais.EvenementProposition.DecisionCaleol(d.get(), x));
      case "bail":
        return Optional.of(new fr.fluxlogement.rules.delais.EvenementProposition.BailSigne(d.get()));
      default:
        e.erreur(CodeAnomalie.CODE_INCONNU, "événement inconnu « " + quoi.get()
            + " » (offre, candidats, liste_completee, impossibilite, recherche_bailleur, reprise, caleol, bail)");
        return Optional.empty();
    }
  }

  private final List<Attribution> attributions = new ArrayList<>();

  private SeuilsQuartile seuils() {
    SeuilsQuartile s = SeuilsQuartile.vide();
    for (Noeud x : racine.champ("seuils").map(Noeud::liste).orElse(List.of())) {
      Optional<Epci> e = x.exiger("epci").flatMap(Lecteurs::epci);
      Optional<Integer> a = x.exiger("annee").flatMap(Noeud::annee);
      Optional<Fraction> v = x.exiger("seuil").flatMap(Noeud::nombre);
      if (e.isPresent() && a.isPresent() && v.isPresent() && v.get().signum() > 0) {
        s = s.withSeuil(e.get(), a.get(), v.get().toBigDecimal(2));
      }
    }
    return s;
  }

  private void attributions(Noeud n) {
    for (Noeud a : n.liste()) {
      Optional<Logement> l = a.exiger("logement").flatMap(Lecteurs::logement);
      Optional<Reservataire> r = a.exiger("contingent").flatMap(x -> Lecteurs.reservataire(x, bailleur));
      Optional<Menage> m = a.exiger("menage").flatMap(Lecteurs::menage);
      Optional<LocalDate> caleol = a.exiger("caleol").flatMap(Noeud::date);
      Optional<LocalDate> bail = a.champ("bail").flatMap(Noeud::date);
      boolean mutation = a.champ("mutation").flatMap(Noeud::booleen).orElse(false);
      boolean horsFlux = a.champ("hors_flux").flatMap(Noeud::booleen).orElse(false);
      if (l.isEmpty() || r.isEmpty() || m.isEmpty() || caleol.isEmpty()) {
        continue;
      }
      if (bail.isPresent() && bail.get().isBefore(caleol.get())) {
        a.erreur(CodeAnomalie.DATE_INCOHERENTE, "bail signé le " + bail.get() + " avant la CALEOL du " + caleol.get());
        continue;
      }
      attributions.add(new Attribution(l.get(), r.get(), m.get(), caleol.get(), bail, mutation, horsFlux));
    }
    Map<Reservataire, Long> restantes = new LinkedHashMap<>();
    Resultat<List<ResultatObjectif>> rc = ControleObjectifs.controler(annee, attributions, restantes, seuils(), parametres);
    List<String> avert = new ArrayList<>();
    for (Anomalie a : rc.anomalies()) {
      if (a.isErreur()) {
        anomalies.add(a.sous("attributions"));
      } else {
        avert.add(a.code().name());
      }
    }
    figures.put("attribution.avertissements", String.join(",", avert));
    rc.valeur().ifPresent(l -> {
      for (ResultatObjectif r : l) {
        String p = "attribution." + r.partie().map(x -> x.isBailleur() ? "BAILLEUR" : x.cle()).orElse("ensemble") + "." + r.indicateur().name() + ".";
        String nc = "non calculable";
        figures.put(p + "atteint", r.isCalculable() ? r.atteint().toPourcentFrancais() : nc);
        figures.put(p + "public", r.isCalculable() ? Long.toString(r.publicCible()) : nc);
        figures.put(p + "base", Long.toString(r.base()));
        figures.put(p + "inconnus", Long.toString(r.inconnus()));
        figures.put(p + "ecart", r.isCalculable() ? Long.toString(r.ecart()) : nc);
        figures.put(p + "rattrapage", r.isCalculable() ? r.rattrapage().map(String::valueOf).orElse("impossible") : nc);
      }
    });
  }

  private void bilan(Noeud n) {
    Bilan.Compteur c = Bilan.compteur(annee, seuils());
    for (Noeud l : n.champ("liberations").map(Noeud::liste).orElse(List.of())) {
      Optional<Logement> lo = l.exiger("logement").flatMap(Lecteurs::logement);
      Optional<LocalDate> d = l.exiger("date").flatMap(Noeud::date);
      if (lo.isPresent() && d.isPresent()) {
        c.liberation(new Liberation(lo.get(), TypeLiberation.PREAVIS_UN_MOIS, d.get()));
      }
    }
    for (Noeud p : n.champ("propositions").map(Noeud::liste).orElse(List.of())) {
      Optional<Logement> lo = p.exiger("logement").flatMap(Lecteurs::logement);
      Optional<Reservataire> r = p.exiger("reservataire").flatMap(x -> Lecteurs.reservataire(x, bailleur));
      Optional<LocalDate> d = p.exiger("date").flatMap(Noeud::date);
      if (lo.isPresent() && r.isPresent() && d.isPresent()) {
        c.proposition(new Proposition(lo.get(), r.get(), d.get()));
      }
    }
    attributions.forEach(c::attribution);
    Bilan b = c.toBilan();
    for (Mesure m : Mesure.values()) {
      figures.put("bilan." + m.name(), Long.toString(b.total(m, Cle.TOUS)));
      for (String p : b.parties()) {
        // une partie présente au bilan a chaque mesure, même nulle : une figure nulle est une figure
        figures.put("bilan." + m.name() + "." + (p.startsWith("BAILLEUR-") ? "BAILLEUR" : p), Long.toString(b.total(m, p)));
      }
    }
    // chaque ventilation (art. 6 ; R.441-5-1) est une figure : bilan.<MESURE>[.<partie>].<DIMENSION>.<valeur>
    List<String> tous = new ArrayList<>();
    tous.add(Cle.TOUS);
    tous.addAll(b.parties());
    for (Mesure m : Mesure.values()) {
      for (String p : tous) {
        String prefixe = "bilan." + m.name() + (p.equals(Cle.TOUS) ? "" : "." + (p.startsWith("BAILLEUR-") ? "BAILLEUR" : p));
        for (fr.fluxlogement.rules.bilan.Dimension d : fr.fluxlogement.rules.bilan.Dimension.values()) {
          if (d != fr.fluxlogement.rules.bilan.Dimension.TOTAL) {
            b.ventilation(m, p, d).forEach((v, nb) -> figures.put(prefixe + "." + d.name() + "." + v.replace(' ', '_'), Long.toString(nb)));
          }
        }
      }
    }
    figures.put("bilan.echeance", Bilan.echeance(annee).toString());
    n.champ("envoi").flatMap(Noeud::date).ifPresent(e -> figures.put("bilan.tardif", b.controlerEnvoi(e).isPresent() ? "oui" : "non"));
  }

  private void convention(Noeud n) {
    Optional<LocalDate> signature = n.exiger("signature").flatMap(Noeud::date);
    if (signature.isEmpty()) {
      return;
    }
    Convention conv = new Convention(bailleur, fr.fluxlogement.core.acteur.ActionLogement.INSTANCE,
        fr.fluxlogement.core.territoire.Commune.of("01281"), signature.get(), ModeGestion.DIRECTE, List.of(), fr.fluxlogement.core.convention.TexteConvention.of("Convention de réservation"));
    CycleConvention cycle = CycleConvention.of(conv, parametres);
    Optional<LocalDate> denonciation = n.champ("denonciation").flatMap(Noeud::date);
    if (denonciation.isPresent()) {
      Optional<CycleConvention> d = valide(cycle.denoncer(denonciation.get()), "convention");
      if (d.isEmpty()) {
        return;
      }
      cycle = d.get();
    }
    figures.put("convention.fin_periode_initiale", cycle.finPeriodeInitiale().toString());
    figures.put("convention.fin_maximale", cycle.finMaximale().toString());
    figures.put("convention.fin", cycle.fin().toString());
    List<Noeud> dates = n.champ("statuts").map(Noeud::liste).orElse(List.of());
    for (Noeud d : dates) {
      CycleConvention cy = cycle;
      d.date().ifPresent(x -> figures.put("convention.statut." + x, cy.statut(x).name()));
    }
    explications.add(cycle.expliquer(signature.get()));
  }

  /**
   * La section {@code exercice} : un dossier d'exercice ({@code dossier: chemin}, relatif au fichier
   * de cas), lu et calculé par le même chemin que {@code flux exercice} ; ses figures sont celles de
   * chaque convention, sous la clé de la convention ({@code exercice.COMMUNE-01281@01281.flux}).
   */
  private void exercice(Noeud n) {
    Optional<String> chemin = n.exiger("dossier").flatMap(Noeud::texte);
    if (chemin.isEmpty()) {
      return;
    }
    java.nio.file.Path dossier = base.resolve(chemin.get()).normalize();
    fr.fluxlogement.examples.dossier.LecteurDossier.DossierLu lu = fr.fluxlogement.examples.dossier.LecteurDossier.lire(dossier);
    for (fr.fluxlogement.examples.dossier.AnomalieDossier a : lu.anomalies()) {
      if (a.isErreur()) {
        anomalies.add(a.anomalie().sous("exercice." + a.fichier()));
      }
    }
    if (!lu.isSansErreur()) {
      return;
    }
    valide(fr.fluxlogement.rules.exercice.CalculExercice.calculer(lu.exercice().get()), "exercice").ifPresent(r -> {
      for (fr.fluxlogement.rules.exercice.ResultatConvention c : r.conventions()) {
        String p = "exercice." + c.cle() + ".";
        figures.put(p + "assiette", Long.toString(c.assiette().taille()));
        figures.put(p + "taux", c.tauxReservataire().toPourcentFrancais());
        figures.put(p + "taux.fraction", c.tauxReservataire().toString());
        figures.put(p + "reserves", Long.toString(c.reserves()));
        figures.put(p + "flux", Long.toString(c.flux().flux()));
        figures.put(p + "objectif", Long.toString(c.objectif()));
        for (Objectif o : c.objectifs().objectifs()) {
          figures.put(p + "objectifs." + (o.partie().isBailleur() ? "BAILLEUR" : o.partie().cle()), Long.toString(o.logements()));
        }
        explications.add(c.flux().explication());
      }
      Map<String, Long> orientes = new TreeMap<>();
      r.orientations().forEach(o -> orientes.merge(o.decision().reservataire().isBailleur() ? "BAILLEUR" : o.decision().reservataire().cle(),
          1L, Long::sum));
      orientes.forEach((k, v) -> figures.put("exercice.orientation." + k, Long.toString(v)));
      figures.put("exercice.orientations", Long.toString(r.orientations().size()));
      figures.put("exercice.conventions", Long.toString(r.conventions().size()));
      List<String> codes = new ArrayList<>();
      r.avertissements().forEach(a -> codes.add(a.code().name()));
      figures.put("exercice.avertissements", String.join(",", codes));
    });
  }

  /** La projection pluriannuelle d'un dossier d'exercice (section {@code projection}, docs/cas.md). */
  private void projection(Noeud n) {
    Optional<String> chemin = n.exiger("dossier").flatMap(Noeud::texte);
    if (chemin.isEmpty()) {
      return;
    }
    fr.fluxlogement.examples.dossier.LecteurDossier.DossierLu lu =
        fr.fluxlogement.examples.dossier.LecteurDossier.lire(base.resolve(chemin.get()).normalize());
    lu.anomalies().stream().filter(fr.fluxlogement.examples.dossier.AnomalieDossier::isErreur)
        .forEach(a -> anomalies.add(a.anomalie().sous("projection." + a.fichier())));
    if (!lu.isSansErreur()) {
      return;
    }
    fr.fluxlogement.rules.projection.Prevision p = lu.prevision();
    Optional<String> annees = n.champ("annees").flatMap(Noeud::texte);
    if (annees.isPresent()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{4})").matcher(annees.get().trim());
      if (!m.matches() || Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
        n.champ("annees").get().erreur(CodeAnomalie.FORMAT_INVALIDE, "années attendues en AAAA-AAAA : « " + annees.get() + " »");
        return;
      }
      p = p.withAnnees(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    List<fr.fluxlogement.rules.projection.Scenario> scenarios = new ArrayList<>();
    n.champ("scenarios").ifPresent(sc -> sc.table().forEach((nom, t) -> t.taux()
        .ifPresent(x -> scenarios.add(new fr.fluxlogement.rules.projection.Scenario(nom, x)))));
    if (!scenarios.isEmpty()) {
      p = p.withScenarios(scenarios);
    }
    valide(fr.fluxlogement.rules.projection.CalculProjection.projeter(lu.exercice().get(), p), "projection").ifPresent(pr -> {
      for (fr.fluxlogement.rules.projection.ProjectionConvention c : pr.conventions()) {
        for (fr.fluxlogement.rules.projection.AnneeProjetee a : c.annees()) {
          String k = "projection." + c.cle() + "." + a.annee() + "." + a.scenario().nom() + ".";
          figures.put(k + "assiette", Long.toString(a.assiette()));
          figures.put(k + "reserves", Long.toString(a.reserves()));
          figures.put(k + "taux", a.taux().toPourcentFrancais());
          figures.put(k + "taux.fraction", a.taux().toString());
          figures.put(k + "flux", Long.toString(a.flux()));
          figures.put(k + "objectif", Long.toString(a.objectif()));
          explications.add(a.explication());
        }
        figures.put("projection." + c.cle() + ".fin", c.fin().toString());
      }
      figures.put("projection.annees", pr.premiere() + "-" + pr.derniere());
    });
  }
}
