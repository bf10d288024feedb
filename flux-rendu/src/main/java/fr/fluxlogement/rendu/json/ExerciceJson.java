package fr.fluxlogement.rendu.json;

import static fr.fluxlogement.rendu.json.Lecture.indice;
import static fr.fluxlogement.rendu.json.Lecture.sous;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.Surcharge;
import fr.fluxlogement.core.convention.TexteConvention;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.ImmutableLogement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.logement.ReservationStock;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.menage.NumeroUnique;
import fr.fluxlogement.core.parametre.Chronologie;
import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * La description d'un {@link Exercice} en JSON, dans les deux sens : format {@code flux-exercice},
 * version 1, décrit dans {@code docs/json.md}. L'écriture est déterministe (clés dans un ordre fixé,
 * cartes triées) ; la lecture ne lève jamais d'exception sur une entrée fausse : chaque problème
 * devient une {@link Anomalie} avec son code, le chemin JSON du champ et un message français, et
 * toutes reviennent ensemble. {@code lire(ecrire(e))} rend un exercice égal à {@code e}.
 */
public final class ExerciceJson {

  /** Le nom du format. */
  public static final String FORMAT = "flux-exercice";

  /** La version du format. */
  public static final int VERSION = 1;

  private ExerciceJson() {}

  // =================================================================== écriture

  /**
   * Écrit un exercice.
   *
   * @param e l'exercice
   * @return le document JSON, terminé par une fin de ligne
   */
  public static String ecrire(Exercice e) {
    Objects.requireNonNull(e, "exercice");
    ObjectNode o = Ecriture.objet();
    o.put("format", FORMAT);
    o.put("version", VERSION);
    o.set("bailleur", Ecriture.bailleur(e.bailleur()));
    o.put("annee", e.annee());
    o.put("departement", e.departement().code());
    o.put("illustratif", e.illustratif());
    ArrayNode conventions = o.putArray("conventions");
    e.conventions().forEach(c -> conventions.add(convention(c, e.bailleur())));
    Map<String, Logement> parMemeId = new LinkedHashMap<>();
    ArrayNode parc = o.putArray("parc");
    for (Logement l : e.parc()) {
      parc.add(logement(l));
      parMemeId.putIfAbsent(l.identifiant(), l);
    }
    ArrayNode programmes = o.putArray("programmes");
    e.programmes().forEach(p -> programmes.add(programme(p)));
    ArrayNode droits = o.putArray("droits");
    e.droits().forEach(d -> droits.add(droit(d)));
    ObjectNode rotations = o.putObject("rotations");
    e.rotations().forEach((a, t) -> rotations.put(String.valueOf(a), Ecriture.taux(t)));
    e.tauxMutationsCus().ifPresent(t -> o.put("taux_mutations_cus", Ecriture.taux(t)));
    ObjectNode relogements = o.putObject("relogements");
    e.relogements().forEach((c, m) -> {
      ObjectNode x = relogements.putObject(c.code());
      m.forEach((motif, n) -> x.put(motif.name(), n));
    });
    ObjectNode premieres = o.putObject("premieres_locations");
    e.premieresLocations().forEach((p, m) -> {
      ArrayNode a = premieres.putArray(p);
      List<Map.Entry<Reservataire, Taux>> parts = new ArrayList<>(m.entrySet());
      parts.sort(Comparator.comparing((Map.Entry<Reservataire, Taux> x) -> x.getKey().cle())
          .thenComparing(x -> Cles.nom(x.getKey()).orElse("")));
      for (Map.Entry<Reservataire, Taux> x : parts) {
        ObjectNode part = a.addObject();
        Ecriture.reservataire(part, "financeur", x.getKey());
        part.put("part", Ecriture.taux(x.getValue()));
      }
    });
    ObjectNode seuils = o.putObject("seuils");
    e.seuils().seuils().forEach((siren, m) -> {
      ObjectNode x = seuils.putObject(siren);
      m.forEach((a, s) -> Ecriture.decimal(x, String.valueOf(a), s));
    });
    ObjectNode noms = o.putObject("noms");
    TreeMap<String, String> nomsTries = new TreeMap<>();
    e.noms().forEach((t, n) -> nomsTries.put(Cles.cle(t), n));
    nomsTries.forEach(noms::put);
    ArrayNode liberations = o.putArray("liberations");
    for (Liberation l : e.liberations()) {
      ObjectNode x = liberations.addObject();
      x.set("logement", reference(l.logement(), parMemeId));
      x.put("type", l.type().name());
      x.put("date", l.date().toString());
    }
    ObjectNode evenements = o.putObject("evenements");
    e.evenements().forEach((id, l) -> {
      ArrayNode a = evenements.putArray(id);
      l.forEach(ev -> a.add(evenement(ev)));
    });
    ArrayNode attributions = o.putArray("attributions");
    for (Attribution at : e.attributions()) {
      ObjectNode x = attributions.addObject();
      x.set("logement", reference(at.logement(), parMemeId));
      Ecriture.reservataire(x, "contingent", at.contingent());
      x.set("menage", menage(at.menage()));
      x.put("date_caleol", at.dateCaleol().toString());
      Ecriture.date(x, "date_bail", at.dateBail());
      x.put("mutation", at.mutation());
      x.put("hors_flux", at.horsFlux());
    }
    Ecriture.date(o, "envoi_bilan", e.envoiBilan());
    o.set("parametres", parametres(e.parametres()));
    return Ecriture.texte(o);
  }

  private static JsonNode reference(Logement l, Map<String, Logement> parc) {
    return l.equals(parc.get(l.identifiant())) ? Ecriture.NOEUDS.textNode(l.identifiant()) : logement(l);
  }

  private static ObjectNode convention(Convention c, Bailleur bailleurExercice) {
    ObjectNode o = Ecriture.objet();
    Ecriture.reservataire(o, "reservataire", c.reservataire());
    o.put("territoire", Cles.cle(c.territoire()));
    if (!c.bailleur().equals(bailleurExercice)) {
      o.set("bailleur", Ecriture.bailleur(c.bailleur()));
    }
    o.put("date_signature", c.dateSignature().toString());
    o.put("mode_gestion", c.modeGestion().name());
    ObjectNode texte = o.putObject("texte");
    texte.put("titre", c.texte().titre());
    ObjectNode articles = texte.putObject("articles");
    c.texte().articles().forEach((cl, a) -> articles.put(cl.name(), a));
    Ecriture.texte(texte, "url", c.texte().url());
    ArrayNode surcharges = o.putArray("surcharges");
    for (Surcharge<?> s : c.surcharges()) {
      ObjectNode x = valeurDatee(s.valeur());
      x.put("parametre", s.parametre().nom());
      surcharges.add(x);
    }
    return o;
  }

  static ObjectNode valeurDatee(ValeurDatee<?> v) {
    ObjectNode o = Ecriture.objet();
    o.put("debut", v.debut().toString());
    Ecriture.date(o, "fin", v.fin());
    o.set("valeur", valeurParametre(v.valeur()));
    o.set("source", Ecriture.reference(v.source()));
    o.put("provenance", v.provenance().name());
    return o;
  }

  private static JsonNode valeurParametre(Object v) {
    if (v instanceof Taux t) {
      return Ecriture.NOEUDS.textNode(Ecriture.taux(t));
    }
    if (v instanceof Integer i) {
      return Ecriture.NOEUDS.numberNode(i);
    }
    if (v instanceof Boolean b) {
      return Ecriture.NOEUDS.booleanNode(b);
    }
    if (v instanceof Delai d) {
      ObjectNode o = Ecriture.objet();
      o.put("quantite", d.quantite());
      o.put("unite", d.unite().name());
      return o;
    }
    if (v instanceof Enum<?> e) {
      return Ecriture.NOEUDS.textNode(e.name());
    }
    return Ecriture.NOEUDS.textNode(String.valueOf(v));
  }

  private static ArrayNode parametres(Parametres p) {
    ArrayNode a = Ecriture.tableau();
    Parametres nationaux = Parametres.nationaux();
    for (Parametre<?> cle : p.cles()) {
      Chronologie<?> c = p.chronologie(cle);
      if (c.equals(nationaux.chronologie(cle))) {
        continue;
      }
      ObjectNode x = a.addObject();
      x.put("parametre", cle.nom());
      ArrayNode valeurs = x.putArray("valeurs");
      c.valeurs().forEach(v -> valeurs.add(valeurDatee(v)));
    }
    return a;
  }

  static ObjectNode logement(Logement l) {
    ObjectNode o = Ecriture.objet();
    o.put("identifiant", l.identifiant());
    o.put("commune", l.localisation().commune().code());
    l.localisation().epci().ifPresent(e -> o.put("epci", e.siren()));
    o.put("en_qpv", l.localisation().qpv().enQpv());
    Ecriture.texte(o, "code_qpv", l.localisation().qpv().code());
    o.put("financement", l.financement().name());
    o.put("typologie", l.typologie().name());
    l.anneeConstruction().ifPresent(a -> o.put("annee_construction", a));
    l.anneeMiseEnLocation().ifPresent(a -> o.put("annee_mise_en_location", a));
    o.put("mode_occupation", l.modeOccupation().name());
    o.put("logement_foyer", l.logementFoyer());
    l.reservationStock().ifPresent(r -> o.put("reservation_stock", r.name()));
    o.put("en_vente", l.enVente());
    o.put("a_demolir", l.aDemolir());
    o.put("neuf_npnru", l.neufNpnru());
    Ecriture.texte(o, "programme", l.programme());
    Ecriture.date(o, "date_mise_en_service", l.dateMiseEnService());
    l.contingent().ifPresent(c -> o.put("contingent", c.name()));
    return o;
  }

  private static ObjectNode programme(Programme p) {
    ObjectNode o = Ecriture.objet();
    o.put("identifiant", p.identifiant());
    o.put("commune", p.commune().code());
    o.put("nombre_logements", p.nombreLogements());
    o.put("date_mise_en_service", p.dateMiseEnService().toString());
    o.put("financement", p.financement().name());
    o.put("npnru", p.npnru());
    ArrayNode g = o.putArray("garanties");
    for (GarantieEmprunt ge : p.garanties()) {
      ObjectNode x = g.addObject();
      Ecriture.reservataire(x, "garant", ge.garant());
      x.put("quotite", Ecriture.taux(ge.quotite()));
      x.put("pret", ge.pret());
      x.put("date_debut", ge.dateDebut().toString());
      x.put("date_fin_prevue", ge.dateFinPrevue().toString());
      Ecriture.date(x, "date_remboursement_integral", ge.dateRemboursementIntegral());
    }
    return o;
  }

  static ObjectNode droit(DroitReservation d) {
    ObjectNode o = Ecriture.objet();
    Ecriture.reservataire(o, "titulaire", d.titulaire());
    o.put("origine", d.origine().name());
    o.put("quantite", d.quantite());
    o.put("debut", d.debut().toString());
    Ecriture.date(o, "fin", d.fin());
    Ecriture.texte(o, "programme", d.programme());
    d.commune().ifPresent(c -> o.put("commune", c.code()));
    return o;
  }

  static ObjectNode evenement(EvenementProposition e) {
    ObjectNode o = Ecriture.objet();
    if (e instanceof EvenementProposition.OffreTransmise x) {
      o.put("type", "OFFRE_TRANSMISE");
      o.put("date", x.date().toString());
      Ecriture.reservataire(o, "reservataire", x.reservataire());
    } else if (e instanceof EvenementProposition.CandidatsProposes x) {
      o.put("type", "CANDIDATS_PROPOSES");
      o.put("date", x.date().toString());
      o.put("nombre", x.nombre());
    } else if (e instanceof EvenementProposition.ListeCompletee x) {
      o.put("type", "LISTE_COMPLETEE");
      o.put("date", x.date().toString());
      o.put("ajoutes", x.ajoutes());
    } else if (e instanceof EvenementProposition.ImpossibiliteNotifiee x) {
      o.put("type", "IMPOSSIBILITE_NOTIFIEE");
      o.put("date", x.date().toString());
    } else if (e instanceof EvenementProposition.RechercheParLeBailleur x) {
      o.put("type", "RECHERCHE_PAR_LE_BAILLEUR");
      o.put("date", x.date().toString());
      o.put("comptee_pour_reservataire", x.compteePourReservataire());
    } else if (e instanceof EvenementProposition.LogementRepris x) {
      o.put("type", "LOGEMENT_REPRIS");
      o.put("date", x.date().toString());
    } else if (e instanceof EvenementProposition.DecisionCaleol x) {
      o.put("type", "DECISION_CALEOL");
      o.put("date", x.date().toString());
      o.put("decision", x.decision().name());
    } else {
      o.put("type", "BAIL_SIGNE");
      o.put("date", e.date().toString());
    }
    return o;
  }

  private static ObjectNode menage(Menage m) {
    ObjectNode o = Ecriture.objet();
    m.numero().ifPresent(n -> o.put("numero_unique", n.valeur()));
    Ecriture.decimal(o, "ressources_annuelles", m.ressourcesAnnuelles());
    o.put("unites_consommation", Ecriture.fraction(m.unitesConsommation()));
    o.put("dalo", m.dalo());
    ArrayNode motifs = o.putArray("motifs");
    m.motifs().stream().sorted(Comparator.comparing(MotifPriorite::lettre).thenComparing(MotifPriorite::libelle)).forEach(x -> {
      ObjectNode y = motifs.addObject();
      y.put("lettre", x.lettre());
      y.put("libelle", x.libelle());
    });
    o.put("relogement_renouvellement_urbain", m.relogementRenouvellementUrbain());
    return o;
  }

  // =================================================================== lecture

  /**
   * Lit un exercice. Ne lève jamais d'exception sur une entrée fausse : le document est borné
   * (taille, profondeur, longueur des nombres et exposant, longueur des textes) et chaque problème
   * revient en anomalie au chemin de son champ.
   *
   * @param json le document
   * @return l'exercice, ou toutes les anomalies
   */
  public static Resultat<Exercice> lire(String json) {
    Lecture l = new Lecture();
    try {
      Optional<JsonNode> racine = l.analyser(json);
      if (racine.isPresent()) {
        Exercice e = new ExerciceJson.Lecteur(l).exercice(racine.get());
        if (l.anomalies.isEmpty() && e != null) {
          return Resultat.ok(e);
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      l.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "document illisible : " + e.getClass().getSimpleName());
    }
    if (l.anomalies.isEmpty()) {
      l.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "document illisible");
    }
    return Resultat.echec(l.anomalies);
  }

  /** La lecture d'un document : l'état (parc lu, pour les logements cités par identifiant). */
  private static final class Lecteur {
    private final Lecture l;
    private final Map<String, Logement> parc = new LinkedHashMap<>();

    Lecteur(Lecture l) {
      this.l = l;
    }

    Exercice exercice(JsonNode r) {
      if (!l.objet(r, "")) {
        return null;
      }
      String format = l.texte(r, "format", "");
      if (format != null && !format.equals(FORMAT)) {
        l.erreur(CodeAnomalie.FORMAT_INVALIDE, "format", "format « " + Cles.court(format) + " » : « " + FORMAT + " » attendu");
        return null;
      }
      Integer version = l.entier(r, "version", "");
      if (version != null && version != VERSION) {
        l.erreur(CodeAnomalie.FORMAT_INVALIDE, "version", "version " + version + " non prise en charge : " + VERSION + " attendue");
        return null;
      }
      int m = l.marque();
      Bailleur bailleur = l.bailleur(r, "bailleur", "");
      Integer annee = l.entier(r, "annee", "");
      Departement departement = departement(r);
      if (l.anomalies.size() > m) {
        return null;
      }
      Exercice.Builder b = Exercice.builder(bailleur, annee, departement);
      b.illustratif(l.booleen(r, "illustratif", "", false));
      List<JsonNode> cs = l.tableau(r, "conventions", "");
      for (int i = 0; i < cs.size(); i++) {
        Convention c = convention(cs.get(i), indice("conventions", i), bailleur);
        if (c != null) {
          b.convention(c);
        }
      }
      List<JsonNode> ps = l.tableau(r, "parc", "");
      List<Logement> logements = new ArrayList<>();
      for (int i = 0; i < ps.size(); i++) {
        Logement lg = logement(ps.get(i), indice("parc", i));
        if (lg != null) {
          logements.add(lg);
          parc.putIfAbsent(lg.identifiant(), lg);
        }
      }
      b.parc(logements);
      List<JsonNode> prs = l.tableau(r, "programmes", "");
      List<Programme> programmes = new ArrayList<>();
      for (int i = 0; i < prs.size(); i++) {
        add(programmes, programme(prs.get(i), indice("programmes", i)));
      }
      b.programmes(programmes);
      List<JsonNode> ds = l.tableau(r, "droits", "");
      List<DroitReservation> droits = new ArrayList<>();
      for (int i = 0; i < ds.size(); i++) {
        add(droits, droit(ds.get(i), indice("droits", i)));
      }
      b.droits(droits);
      Map<Integer, Taux> rotations = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : l.entrees(r, "rotations", "")) {
        String c = sous("rotations", e.getKey());
        Integer a = l.entier(e.getKey(), c);
        Taux t = l.taux(e.getValue(), c);
        if (a != null && t != null) {
          rotations.put(a, t);
        }
      }
      b.rotations(rotations);
      l.tauxFacultatif(r, "taux_mutations_cus", "").ifPresent(b::tauxMutationsCus);
      relogements(r, b);
      premieresLocations(r, b);
      b.seuils(seuils(r));
      for (Map.Entry<String, JsonNode> e : l.entrees(r, "noms", "")) {
        String c = sous("noms", e.getKey());
        Territoire t = l.territoire(e.getKey(), c);
        String nom = l.texte(e.getValue(), c);
        if (t != null && nom != null) {
          b.nom(t, nom);
        }
      }
      List<JsonNode> ls = l.tableau(r, "liberations", "");
      List<Liberation> liberations = new ArrayList<>();
      for (int i = 0; i < ls.size(); i++) {
        add(liberations, liberation(ls.get(i), indice("liberations", i)));
      }
      b.liberations(liberations);
      for (Map.Entry<String, JsonNode> e : l.entrees(r, "evenements", "")) {
        String c = sous("evenements", e.getKey());
        if (!e.getValue().isArray()) {
          l.erreur(CodeAnomalie.FORMAT_INVALIDE, c, "tableau d'événements attendu");
          continue;
        }
        List<EvenementProposition> evs = new ArrayList<>();
        for (int i = 0; i < e.getValue().size(); i++) {
          add(evs, evenement(e.getValue().get(i), indice(c, i)));
        }
        b.evenements(e.getKey(), evs);
      }
      List<JsonNode> as = l.tableau(r, "attributions", "");
      List<Attribution> attributions = new ArrayList<>();
      for (int i = 0; i < as.size(); i++) {
        add(attributions, attribution(as.get(i), indice("attributions", i)));
      }
      b.attributions(attributions);
      l.dateFacultative(r, "envoi_bilan", "").ifPresent(b::envoiBilan);
      Parametres p = parametres(r);
      if (p != null) {
        b.parametres(p);
      }
      return l.construire(0, "", b::build);
    }

    private static <T> void add(List<T> l, T x) {
      if (x != null) {
        l.add(x);
      }
    }

    private Departement departement(JsonNode r) {
      String d = l.texte(r, "departement", "");
      if (d == null) {
        return null;
      }
      if (!Departement.isValide(d)) {
        l.erreur(CodeAnomalie.FORMAT_INVALIDE, "departement", "code de département invalide : « " + Cles.court(d) + " »");
        return null;
      }
      return Departement.of(d);
    }

    private Convention convention(JsonNode n, String c, Bailleur bailleurExercice) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      Reservataire r = l.reservataire(n, "reservataire", c);
      Territoire t = l.territoire(n, "territoire", c);
      Bailleur b = l.champ(n, "bailleur", c, false).isPresent() ? l.bailleur(n, "bailleur", c) : bailleurExercice;
      LocalDate signature = l.date(n, "date_signature", c);
      ModeGestion mode = l.enumeration(n, "mode_gestion", ModeGestion.class, c);
      TexteConvention texte = texte(n, c);
      List<Surcharge<?>> surcharges = new ArrayList<>();
      List<JsonNode> ss = l.tableau(n, "surcharges", c);
      for (int i = 0; i < ss.size(); i++) {
        add(surcharges, surcharge(ss.get(i), indice(sous(c, "surcharges"), i)));
      }
      return l.construire(m, c, () -> new Convention(b, r, t, signature, mode, surcharges, texte));
    }

    private TexteConvention texte(JsonNode n, String chemin) {
      Optional<JsonNode> t = l.champ(n, "texte", chemin, true);
      String c = sous(chemin, "texte");
      if (t.isEmpty() || !l.objet(t.get(), c)) {
        return null;
      }
      int m = l.marque();
      String titre = l.texte(t.get(), "titre", c);
      Map<Clause, String> articles = new EnumMap<>(Clause.class);
      for (Map.Entry<String, JsonNode> e : l.entrees(t.get(), "articles", c)) {
        String ca = sous(sous(c, "articles"), e.getKey());
        Clause clause = l.enumeration(Ecriture.NOEUDS.textNode(e.getKey()), Clause.class, ca);
        String article = l.texte(e.getValue(), ca);
        if (clause != null && article != null) {
          articles.put(clause, article);
        }
      }
      Optional<String> url = l.texteFacultatif(t.get(), "url", c);
      return l.construire(m, c, () -> new TexteConvention(titre, articles, url));
    }

    private Parametre<?> parametre(JsonNode n, String chemin) {
      String nom = l.texte(n, "parametre", chemin);
      if (nom == null) {
        return null;
      }
      for (Parametre<?> p : Parametres.nationaux().cles()) {
        if (p.nom().equals(nom)) {
          return p;
        }
      }
      l.erreur(CodeAnomalie.CODE_INCONNU, sous(chemin, "parametre"), "paramètre inconnu : « " + Cles.court(nom) + " »");
      return null;
    }

    private Surcharge<?> surcharge(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      Parametre<?> p = parametre(n, c);
      return p == null ? null : surcharge(p, n, c);
    }

    private <T> Surcharge<T> surcharge(Parametre<T> p, JsonNode n, String c) {
      int m = l.marque();
      ValeurDatee<T> v = valeurDatee(p, n, c);
      return l.construire(m, c, () -> new Surcharge<>(p, v));
    }

    private <T> ValeurDatee<T> valeurDatee(Parametre<T> p, JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      LocalDate debut = l.date(n, "debut", c);
      Optional<LocalDate> fin = l.dateFacultative(n, "fin", c);
      Object valeur = l.champ(n, "valeur", c, true).map(x -> valeurParametre(p, x, sous(c, "valeur"))).orElse(null);
      Reference source = l.reference(n, "source", c);
      Provenance provenance = l.enumeration(n, "provenance", Provenance.class, c);
      return l.construire(m, c, () -> new ValeurDatee<>(debut, fin, p.type().cast(valeur), source, provenance));
    }

    private Object valeurParametre(Parametre<?> p, JsonNode n, String c) {
      Class<?> t = p.type();
      if (t == Taux.class) {
        return l.taux(n, c);
      }
      if (t == Integer.class) {
        return l.entier(n, c);
      }
      if (t == Boolean.class) {
        return l.booleen(n, c);
      }
      if (t == Arrondi.class) {
        return l.enumeration(n, Arrondi.class, c);
      }
      if (t == Delai.class) {
        if (!l.objet(n, c)) {
          return null;
        }
        int m = l.marque();
        Integer q = l.entier(n, "quantite", c);
        Delai.Unite u = l.enumeration(n, "unite", Delai.Unite.class, c);
        return l.construire(m, c, () -> new Delai(q, u));
      }
      l.erreur(CodeAnomalie.CODE_INCONNU, c, "type de paramètre non pris en charge : " + t.getSimpleName());
      return null;
    }

    private Parametres parametres(JsonNode r) {
      Parametres p = Parametres.nationaux();
      List<JsonNode> ps = l.tableau(r, "parametres", "");
      int m = l.marque();
      for (int i = 0; i < ps.size(); i++) {
        String c = indice("parametres", i);
        if (!l.objet(ps.get(i), c)) {
          continue;
        }
        Parametre<?> cle = parametre(ps.get(i), c);
        if (cle != null) {
          p = appliquer(p, cle, ps.get(i), c);
        }
      }
      return l.anomalies.size() > m ? null : p;
    }

    private <T> Parametres appliquer(Parametres base, Parametre<T> cle, JsonNode n, String c) {
      Parametres p = base;
      List<JsonNode> vs = l.tableau(n, "valeurs", c);
      if (vs.isEmpty()) {
        l.erreur(CodeAnomalie.CHAMP_MANQUANT, sous(c, "valeurs"), "un paramètre a au moins une valeur datée");
      }
      for (int i = 0; i < vs.size(); i++) {
        String cv = indice(sous(c, "valeurs"), i);
        int m = l.marque();
        ValeurDatee<T> v = valeurDatee(cle, vs.get(i), cv);
        Parametres avant = p;
        Parametres apres = l.construire(m, cv, () -> avant.withValeur(cle, v));
        if (apres != null) {
          p = apres;
        }
      }
      return p;
    }

    Logement logement(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      String id = l.texte(n, "identifiant", c);
      Commune commune = l.commune(n, "commune", c);
      Optional<Epci> epci = l.texteFacultatif(n, "epci", c).flatMap(s -> {
        if (!Epci.isSirenValide(s)) {
          l.erreur(CodeAnomalie.FORMAT_INVALIDE, sous(c, "epci"), "SIREN d'EPCI invalide : « " + Cles.court(s) + " »");
          return Optional.empty();
        }
        return Optional.of(Epci.of(s));
      });
      boolean enQpv = l.booleen(n, "en_qpv", c, false);
      Optional<String> codeQpv = l.texteFacultatif(n, "code_qpv", c);
      Financement f = l.enumeration(n, "financement", Financement.class, c);
      Typologie ty = l.enumeration(n, "typologie", Typologie.class, c);
      Optional<Integer> construction = l.entierFacultatif(n, "annee_construction", c);
      Optional<Integer> miseEnLocation = l.entierFacultatif(n, "annee_mise_en_location", c);
      ModeOccupation mode = l.enumerationFacultative(n, "mode_occupation", ModeOccupation.class, c).orElse(ModeOccupation.LOUE);
      boolean foyer = l.booleen(n, "logement_foyer", c, false);
      Optional<ReservationStock> stock = l.enumerationFacultative(n, "reservation_stock", ReservationStock.class, c);
      boolean vente = l.booleen(n, "en_vente", c, false);
      boolean demolir = l.booleen(n, "a_demolir", c, false);
      boolean npnru = l.booleen(n, "neuf_npnru", c, false);
      Optional<String> programme = l.texteFacultatif(n, "programme", c);
      Optional<LocalDate> service = l.dateFacultative(n, "date_mise_en_service", c);
      Optional<ContingentRpls> contingent = l.enumerationFacultative(n, "contingent", ContingentRpls.class, c);
      return l.construire(m, c, () -> {
        ImmutableLogement.Builder b = Logement.builder().identifiant(id)
            .localisation(new Localisation(commune, epci, new Qpv(codeQpv, enQpv)))
            .financement(f).typologie(ty).modeOccupation(mode).logementFoyer(foyer).reservationStock(stock)
            .enVente(vente).aDemolir(demolir).neufNpnru(npnru).programme(programme).dateMiseEnService(service).contingent(contingent);
        construction.ifPresent(b::anneeConstruction);
        miseEnLocation.ifPresent(b::anneeMiseEnLocation);
        return b.build();
      });
    }

    /** Un logement cité : son identifiant dans le parc, ou l'objet entier. */
    private Logement logementCite(JsonNode parent, String c) {
      Optional<JsonNode> n = l.champ(parent, "logement", c, true);
      if (n.isEmpty()) {
        return null;
      }
      String cl = sous(c, "logement");
      if (n.get().isTextual()) {
        Logement lg = parc.get(n.get().textValue());
        if (lg == null) {
          l.erreur(CodeAnomalie.REFERENCE_INCONNUE, cl, "logement absent du parc : « " + Cles.court(n.get().textValue()) + " »");
        }
        return lg;
      }
      return logement(n.get(), cl);
    }

    private Programme programme(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      String id = l.texte(n, "identifiant", c);
      Commune commune = l.commune(n, "commune", c);
      Integer nombre = l.entier(n, "nombre_logements", c);
      LocalDate service = l.date(n, "date_mise_en_service", c);
      Financement f = l.enumeration(n, "financement", Financement.class, c);
      boolean npnru = l.booleen(n, "npnru", c, false);
      List<GarantieEmprunt> garanties = new ArrayList<>();
      List<JsonNode> gs = l.tableau(n, "garanties", c);
      for (int i = 0; i < gs.size(); i++) {
        add(garanties, garantie(gs.get(i), indice(sous(c, "garanties"), i)));
      }
      return l.construire(m, c, () -> Programme.builder().identifiant(id).commune(commune).nombreLogements(nombre)
          .dateMiseEnService(service).financement(f).npnru(npnru).addAllGaranties(garanties).build());
    }

    private GarantieEmprunt garantie(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      Reservataire garant = l.reservataire(n, "garant", c);
      Taux quotite = l.taux(n, "quotite", c);
      String pret = l.texte(n, "pret", c);
      LocalDate debut = l.date(n, "date_debut", c);
      LocalDate fin = l.date(n, "date_fin_prevue", c);
      Optional<LocalDate> remboursement = l.dateFacultative(n, "date_remboursement_integral", c);
      return l.construire(m, c, () -> new GarantieEmprunt(garant, quotite, pret, debut, fin, remboursement));
    }

    private DroitReservation droit(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      Reservataire titulaire = l.reservataire(n, "titulaire", c);
      OrigineDroit origine = l.enumeration(n, "origine", OrigineDroit.class, c);
      Long quantite = l.entierLong(n, "quantite", c);
      LocalDate debut = l.date(n, "debut", c);
      Optional<LocalDate> fin = l.dateFacultative(n, "fin", c);
      Optional<String> programme = l.texteFacultatif(n, "programme", c);
      Optional<Commune> commune = l.champ(n, "commune", c, false).map(x -> l.commune(x, sous(c, "commune")));
      return l.construire(m, c, () -> new DroitReservation(titulaire, origine, quantite, debut, fin, programme, commune));
    }

    private void relogements(JsonNode r, Exercice.Builder b) {
      for (Map.Entry<String, JsonNode> e : l.entrees(r, "relogements", "")) {
        String c = sous("relogements", e.getKey());
        Commune commune = l.commune(Ecriture.NOEUDS.textNode(e.getKey()), c);
        if (!l.objet(e.getValue(), c)) {
          continue;
        }
        Map<MotifRelogement, Long> m = new EnumMap<>(MotifRelogement.class);
        for (Map.Entry<String, JsonNode> x : e.getValue().properties()) {
          String cm = sous(c, x.getKey());
          MotifRelogement motif = l.enumeration(Ecriture.NOEUDS.textNode(x.getKey()), MotifRelogement.class, cm);
          Long n = l.entierLong(x.getValue(), cm);
          if (motif != null && n != null) {
            m.put(motif, n);
          }
        }
        if (commune != null) {
          b.relogements(commune, m);
        }
      }
    }

    private void premieresLocations(JsonNode r, Exercice.Builder b) {
      for (Map.Entry<String, JsonNode> e : l.entrees(r, "premieres_locations", "")) {
        String c = sous("premieres_locations", e.getKey());
        if (!e.getValue().isArray()) {
          l.erreur(CodeAnomalie.FORMAT_INVALIDE, c, "tableau des parts des financeurs attendu");
          continue;
        }
        Map<Reservataire, Taux> parts = new LinkedHashMap<>();
        for (int i = 0; i < e.getValue().size(); i++) {
          String ci = indice(c, i);
          JsonNode x = e.getValue().get(i);
          if (!l.objet(x, ci)) {
            continue;
          }
          Reservataire f = l.reservataire(x, "financeur", ci);
          Taux t = l.taux(x, "part", ci);
          if (f != null && t != null) {
            if (parts.containsKey(f)) {
              l.erreur(CodeAnomalie.DOUBLON, sous(ci, "financeur"), "financeur répété : " + f.cle());
            }
            parts.put(f, t);
          }
        }
        b.premiereLocation(e.getKey(), parts);
      }
    }

    private SeuilsQuartile seuils(JsonNode r) {
      Map<String, Map<Integer, BigDecimal>> m = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : l.entrees(r, "seuils", "")) {
        String c = sous("seuils", e.getKey());
        if (!Epci.isSirenValide(e.getKey())) {
          l.erreur(CodeAnomalie.FORMAT_INVALIDE, c, "SIREN d'EPCI invalide : « " + Cles.court(e.getKey()) + " »");
          continue;
        }
        if (!l.objet(e.getValue(), c)) {
          continue;
        }
        Map<Integer, BigDecimal> parAnnee = new TreeMap<>();
        for (Map.Entry<String, JsonNode> x : e.getValue().properties()) {
          String ca = sous(c, x.getKey());
          Integer a = l.entier(x.getKey(), ca);
          BigDecimal s = l.decimal(x.getValue(), ca);
          if (s != null && s.signum() <= 0) {
            l.erreur(CodeAnomalie.HORS_DOMAINE, ca, "un seuil est positif : " + s);
          } else if (a != null && s != null) {
            parAnnee.put(a, s);
          }
        }
        m.put(e.getKey(), parAnnee);
      }
      return new SeuilsQuartile(m);
    }

    private Liberation liberation(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      Logement lg = logementCite(n, c);
      TypeLiberation type = l.enumeration(n, "type", TypeLiberation.class, c);
      LocalDate date = l.date(n, "date", c);
      return l.construire(m, c, () -> new Liberation(lg, type, date));
    }

    private EvenementProposition evenement(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      String type = l.texte(n, "type", c);
      LocalDate date = l.date(n, "date", c);
      if (type == null) {
        return null;
      }
      switch (type) {
        case "OFFRE_TRANSMISE": {
          Reservataire r = l.reservataire(n, "reservataire", c);
          return l.construire(m, c, () -> new EvenementProposition.OffreTransmise(date, r));
        }
        case "CANDIDATS_PROPOSES": {
          Integer k = l.entier(n, "nombre", c);
          return l.construire(m, c, () -> new EvenementProposition.CandidatsProposes(date, k));
        }
        case "LISTE_COMPLETEE": {
          Integer k = l.entier(n, "ajoutes", c);
          return l.construire(m, c, () -> new EvenementProposition.ListeCompletee(date, k));
        }
        case "IMPOSSIBILITE_NOTIFIEE":
          return l.construire(m, c, () -> new EvenementProposition.ImpossibiliteNotifiee(date));
        case "RECHERCHE_PAR_LE_BAILLEUR": {
          boolean comptee = l.booleen(n, "comptee_pour_reservataire", c, false);
          return l.construire(m, c, () -> new EvenementProposition.RechercheParLeBailleur(date, comptee));
        }
        case "LOGEMENT_REPRIS":
          return l.construire(m, c, () -> new EvenementProposition.LogementRepris(date));
        case "DECISION_CALEOL": {
          TypeDecision d = l.enumeration(n, "decision", TypeDecision.class, c);
          return l.construire(m, c, () -> new EvenementProposition.DecisionCaleol(date, d));
        }
        case "BAIL_SIGNE":
          return l.construire(m, c, () -> new EvenementProposition.BailSigne(date));
        default:
          l.erreur(CodeAnomalie.CODE_INCONNU, sous(c, "type"), "type d'événement inconnu : « " + Cles.court(type)
              + " » (OFFRE_TRANSMISE, CANDIDATS_PROPOSES, LISTE_COMPLETEE, IMPOSSIBILITE_NOTIFIEE, RECHERCHE_PAR_LE_BAILLEUR,"
              + " LOGEMENT_REPRIS, DECISION_CALEOL, BAIL_SIGNE)");
          return null;
      }
    }

    private Attribution attribution(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      Logement lg = logementCite(n, c);
      Reservataire contingent = l.reservataire(n, "contingent", c);
      Menage menage = l.champ(n, "menage", c, true).map(x -> menage(x, sous(c, "menage"))).orElse(null);
      LocalDate caleol = l.date(n, "date_caleol", c);
      Optional<LocalDate> bail = l.dateFacultative(n, "date_bail", c);
      boolean mutation = l.booleen(n, "mutation", c, false);
      boolean horsFlux = l.booleen(n, "hors_flux", c, false);
      return l.construire(m, c, () -> new Attribution(lg, contingent, menage, caleol, bail, mutation, horsFlux));
    }

    private Menage menage(JsonNode n, String c) {
      if (!l.objet(n, c)) {
        return null;
      }
      int m = l.marque();
      Optional<NumeroUnique> numero = l.texteFacultatif(n, "numero_unique", c).flatMap(s -> {
        if (!NumeroUnique.isValide(s)) {
          l.erreur(CodeAnomalie.FORMAT_INVALIDE, sous(c, "numero_unique"), "numéro unique mal formé");
          return Optional.empty();
        }
        return Optional.of(new NumeroUnique(s));
      });
      BigDecimal ressources = l.decimal(n, "ressources_annuelles", c);
      Fraction uc = l.fraction(n, "unites_consommation", c);
      boolean dalo = l.booleen(n, "dalo", c, false);
      Set<MotifPriorite> motifs = new HashSet<>();
      List<JsonNode> ms = l.tableau(n, "motifs", c);
      for (int i = 0; i < ms.size(); i++) {
        String ci = indice(sous(c, "motifs"), i);
        if (!l.objet(ms.get(i), ci)) {
          continue;
        }
        int mm = l.marque();
        String lettre = l.texte(ms.get(i), "lettre", ci);
        String libelle = l.texte(ms.get(i), "libelle", ci);
        MotifPriorite motif = l.construire(mm, ci, () -> new MotifPriorite(lettre, libelle));
        if (motif != null) {
          motifs.add(motif);
        }
      }
      boolean ru = l.booleen(n, "relogement_renouvellement_urbain", c, false);
      return l.construire(m, c, () -> new Menage(numero, ressources, uc, dalo, motifs, ru));
    }
  }
}
