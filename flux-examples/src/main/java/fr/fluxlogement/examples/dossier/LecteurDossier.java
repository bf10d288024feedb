package fr.fluxlogement.examples.dossier;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.CleReservataire;
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
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.explication.Francais;
import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.LecteurSne;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
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
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import fr.fluxlogement.rules.projection.Prevision;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.nodes.Node;

/**
 * La lecture d'un dossier d'exercice sur disque ({@code docs/dossier.md}) : un manifeste {@code
 * dossier.yaml} (bailleur, année, département, conventions, noms des territoires) et les fichiers
 * qu'il nomme (RPLS, programmes et garanties, registre des droits, taux de rotation, seuils du
 * premier quartile, libérations, attributions du SNE), lus en un {@link Exercice} prêt pour {@code
 * CalculExercice.calculer}.
 *
 * <p>Des données fausses ne lèvent jamais d'exception : chaque problème devient une {@link
 * AnomalieDossier} (fichier, ligne, champ, message français, référence), la lecture continue et
 * l'exercice est construit de ce qui a été accepté. Chaque fichier rend son compte de lecture (lues =
 * acceptées + rejetées). Seul un manifeste illisible, ou sans bailleur, année ou département, ne
 * donne pas d'exercice.
 */
public final class LecteurDossier {

  private LecteurDossier() {}

  /** Le nom du manifeste dans le dossier. */
  public static final String MANIFESTE = "dossier.yaml";

  /** La version du format lue par ce lecteur. */
  public static final int VERSION = 1;

  private static final List<String> CHAMPS_RACINE = List.of("version", "titre", "bailleur", "annee", "departement", "illustratif",
      "envoi_bilan", "noms", "conventions", "fichiers", "taux_mutations_cus", "relogements", "premieres_locations");
  private static final List<String> CHAMPS_CONVENTION = List.of("reservataire", "nom", "territoire", "titre", "url", "articles",
      "signature", "gestion", "parametres");
  private static final List<String> FICHIERS_OBLIGATOIRES = List.of("rpls", "programmes", "droits", "rotations", "seuils");
  private static final List<String> FICHIERS_FACULTATIFS = List.of("liberations", "attributions", "sorties", "droits_prevus");

  /**
   * Le dossier lu.
   *
   * @param exercice l'exercice, sauf si le manifeste ne permet pas de le construire
   * @param anomalies toutes les anomalies, dans l'ordre de lecture (manifeste, puis chaque fichier)
   * @param lectures le compte de lecture de chaque fichier lu, par nom de fichier, dans l'ordre de
   *     lecture
   * @param prevision ce que le dossier prévoit au-delà de l'exercice, pour la projection pluriannuelle
   *     (fichiers {@code sorties} et {@code droits_prevus}) ; {@link Prevision#AUCUNE} s'il n'en dit rien
   */
  public record DossierLu(Optional<Exercice> exercice, List<AnomalieDossier> anomalies, Map<String, CompteRenduLecture> lectures,
      Prevision prevision) {

    /** Fige ; refuse les {@code null}. */
    public DossierLu {
      Objects.requireNonNull(exercice, "exercice");
      Objects.requireNonNull(prevision, "prevision");
      anomalies = List.copyOf(anomalies);
      lectures = Collections.unmodifiableMap(new LinkedHashMap<>(lectures));
    }

    /** Vrai si aucune erreur n'a été relevée (les avertissements ne comptent pas). */
    public boolean isSansErreur() {
      return exercice.isPresent() && anomalies.stream().noneMatch(AnomalieDossier::isErreur);
    }
  }

  /**
   * Lit un dossier.
   *
   * @param dossier le dossier, qui contient {@code dossier.yaml}
   * @return l'exercice, les anomalies et les comptes de lecture
   */
  public static DossierLu lire(Path dossier) {
    Objects.requireNonNull(dossier, "dossier");
    return new Lecture(dossier).executer();
  }

  /** L'état d'une lecture : une par appel. */
  private static final class Lecture {
    private final Path dossier;
    private final List<AnomalieDossier> anomalies = new ArrayList<>();
    private final List<Anomalie> duManifeste = new ArrayList<>();
    private final Map<String, CompteRenduLecture> lectures = new LinkedHashMap<>();
    private final Map<String, String> noms = new LinkedHashMap<>();
    private final Map<String, Reservataire> reservataires = new HashMap<>();
    private Bailleur bailleur;
    private int annee;
    private Prevision prevision = Prevision.AUCUNE;

    Lecture(Path dossier) {
      this.dossier = dossier;
    }

    private DossierLu fin(Optional<Exercice> e) {
      List<AnomalieDossier> toutes = new ArrayList<>();
      for (Anomalie a : duManifeste) {
        toutes.add(new AnomalieDossier(MANIFESTE, a));
      }
      toutes.addAll(anomalies);
      return new DossierLu(e, toutes, lectures, prevision);
    }

    DossierLu executer() {
      Path manifeste = dossier.resolve(MANIFESTE);
      if (!Files.isRegularFile(manifeste)) {
        duManifeste.add(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "", "manifeste introuvable : " + MANIFESTE + " dans " + dossier));
        return fin(Optional.empty());
      }
      Node racine;
      Optional<byte[]> octets = octets(manifeste, fr.fluxlogement.examples.lecture.TexteBorne.TAILLE_MAXIMALE_YAML, duManifeste::add);
      if (octets.isEmpty()) {
        return fin(Optional.empty());
      }
      int avant = duManifeste.size();
      racine = fr.fluxlogement.examples.lecture.LectureYaml.composer(decoder(octets.get()), duManifeste).orElse(null);
      if (duManifeste.size() > avant) {
        return fin(Optional.empty());
      }
      if (racine == null) {
        duManifeste.add(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "", "manifeste vide"));
        return fin(Optional.empty());
      }
      Noeud r = new Noeud(racine, "", duManifeste);
      r.verifierCles(new LinkedHashSet<>(CHAMPS_RACINE));
      r.exiger("version").flatMap(Noeud::entier).ifPresent(v -> {
        if (v != VERSION) {
          r.champ("version").get().erreur(CodeAnomalie.HORS_DOMAINE, "version de dossier non prise en charge : " + v + " (attendu : 1)");
        }
      });
      Optional<Bailleur> b = r.exiger("bailleur").flatMap(this::bailleur);
      Optional<Integer> an = r.exiger("annee").flatMap(Noeud::entier).flatMap(v -> {
        if (v < 1900 || v > 2100) {
          r.champ("annee").get().erreur(CodeAnomalie.HORS_DOMAINE, "année hors de 1900-2100 : " + v);
          return Optional.empty();
        }
        return Optional.of(v.intValue());
      });
      Optional<Departement> dep = r.exiger("departement").flatMap(this::departement);
      r.champ("noms").ifPresent(this::noms);
      if (b.isEmpty() || an.isEmpty() || dep.isEmpty()) {
        return fin(Optional.empty());
      }
      bailleur = b.get();
      annee = an.get();
      Exercice.Builder e = Exercice.builder(bailleur, annee, dep.get());
      e.illustratif(r.champ("illustratif").flatMap(Noeud::booleen).orElse(false));
      r.champ("envoi_bilan").flatMap(Noeud::date).ifPresent(e::envoiBilan);
      // les réservataires des conventions d'abord : leurs noms valent pour tous les fichiers
      r.exiger("conventions").map(Noeud::liste).orElse(List.of()).forEach(c -> convention(c).ifPresent(e::convention));
      noms.forEach((code, nom) -> territoire(code).ifPresent(t -> e.nom(t, nom)));
      r.champ("taux_mutations_cus").flatMap(Noeud::taux).ifPresent(e::tauxMutationsCus);
      r.champ("relogements").ifPresent(n -> relogements(n, e));
      r.champ("premieres_locations").ifPresent(n -> premieresLocations(n, e));
      Map<String, Path> fichiers = fichiers(r);
      lireFichiers(fichiers, e);
      return fin(Optional.of(e.build()));
    }

    // --- manifeste -----------------------------------------------------------------------------

    /** {@code relogements: {"01053": {RENOUVELLEMENT_URBAIN: 3}}} : les relogements prévus par commune et par motif. */
    private void relogements(Noeud n, Exercice.Builder e) {
      for (Map.Entry<String, Noeud> c : n.table().entrySet()) {
        Optional<Commune> commune = territoire(c.getKey()).filter(Commune.class::isInstance).map(Commune.class::cast);
        if (commune.isEmpty()) {
          c.getValue().erreur(CodeAnomalie.FORMAT_INVALIDE, "code INSEE de commune attendu comme clé : « " + c.getKey() + " »");
          continue;
        }
        java.util.EnumMap<fr.fluxlogement.rules.flux.MotifRelogement, Long> m = new java.util.EnumMap<>(fr.fluxlogement.rules.flux.MotifRelogement.class);
        for (Map.Entry<String, Noeud> x : c.getValue().table().entrySet()) {
          Optional<fr.fluxlogement.rules.flux.MotifRelogement> motif = java.util.Arrays.stream(fr.fluxlogement.rules.flux.MotifRelogement.values())
              .filter(v -> v.name().equals(x.getKey())).findFirst();
          Optional<Long> nombre = x.getValue().entier();
          if (motif.isEmpty()) {
            x.getValue().erreur(CodeAnomalie.CODE_INCONNU, "motif de relogement inconnu « " + x.getKey() + " » (RENOUVELLEMENT_URBAIN, "
                + "HABITAT_INDIGNE, COPROPRIETES_DEGRADEES, VENTE)");
          } else if (nombre.isPresent() && nombre.get() < 0) {
            x.getValue().erreur(CodeAnomalie.NOMBRE_NEGATIF, "un nombre de relogements ne peut être négatif");
          } else {
            nombre.ifPresent(v -> m.put(motif.get(), v));
          }
        }
        e.relogements(commune.get(), m);
      }
    }

    /** {@code premieres_locations: {PROGRAMME: {COMMUNE-01281: "20 %"}}} : les parts des financeurs (art. 5.3). */
    private void premieresLocations(Noeud n, Exercice.Builder e) {
      for (Map.Entry<String, Noeud> p : n.table().entrySet()) {
        Map<Reservataire, Taux> parts = new LinkedHashMap<>();
        for (Map.Entry<String, Noeud> x : p.getValue().table().entrySet()) {
          Optional<Reservataire> r = reservataire(x.getKey(), (c, m) -> x.getValue().erreur(c, m));
          Optional<Taux> t = x.getValue().taux();
          if (r.isPresent() && t.isPresent()) {
            parts.put(r.get(), t.get());
          }
        }
        e.premiereLocation(p.getKey(), parts);
      }
    }

    private Optional<Bailleur> bailleur(Noeud n) {
      n.verifierCles(new LinkedHashSet<>(List.of("siren", "id", "nom")));
      Optional<Noeud> siren = n.champ("siren");
      Optional<Noeud> id = n.champ("id");
      Optional<String> nom = n.exiger("nom").flatMap(Noeud::texte);
      Optional<String> ident;
      if (siren.isPresent()) {
        ident = siren.get().texte().flatMap(s -> {
          String t = s.replace(" ", "");
          if (!Epci.isSirenValide(t)) {
            siren.get().erreur(CodeAnomalie.FORMAT_INVALIDE, "SIREN invalide (9 chiffres, clé de Luhn) : « " + s + " »");
            return Optional.empty();
          }
          return Optional.of(t);
        });
      } else if (id.isPresent()) {
        ident = id.get().texte();
      } else {
        n.erreur(CodeAnomalie.CHAMP_MANQUANT, "le bailleur a un « siren » (ou, à défaut, un « id »)");
        ident = Optional.empty();
      }
      if (ident.isEmpty() || nom.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Bailleur(ident.get(), nom.get()));
    }

    private Optional<Departement> departement(Noeud n) {
      n.verifierCles(new LinkedHashSet<>(List.of("code", "nom")));
      Optional<Noeud> code = n.exiger("code");
      Optional<String> nom = n.exiger("nom").flatMap(Noeud::texte);
      Optional<Departement> d = code.flatMap(c -> c.texte().flatMap(t -> {
        if (!Departement.isValide(t)) {
          c.erreur(CodeAnomalie.FORMAT_INVALIDE, "code de département invalide : « " + t + " »");
          return Optional.empty();
        }
        return Optional.of(Departement.of(t));
      }));
      if (d.isPresent() && nom.isPresent()) {
        noms.putIfAbsent(d.get().code(), nom.get());
      }
      return d;
    }

    private void noms(Noeud n) {
      n.verifierDoublons();
      for (Map.Entry<String, Noeud> e : n.table().entrySet()) {
        String code = e.getKey().strip();
        if (territoire(code).isEmpty()) {
          e.getValue().erreur(CodeAnomalie.FORMAT_INVALIDE, "code de territoire invalide : « " + code
              + " » (code INSEE de commune, SIREN d'EPCI ou code de département)");
          continue;
        }
        e.getValue().texte().ifPresent(t -> noms.put(code, t));
      }
    }

    /** Le territoire d'un code : 9 chiffres, un EPCI ; 5 caractères, une commune ; sinon un département. */
    private static Optional<Territoire> territoire(String code) {
      if (code.length() == 9) {
        return Epci.isSirenValide(code) ? Optional.of(Epci.of(code)) : Optional.empty();
      }
      if (code.length() == 5) {
        return Commune.isValide(code) ? Optional.of(Commune.of(code)) : Optional.empty();
      }
      return Departement.isValide(code) ? Optional.of(Departement.of(code)) : Optional.empty();
    }

    private Optional<Territoire> territoire(Noeud n) {
      n.verifierCles(new LinkedHashSet<>(List.of("commune", "epci", "departement")));
      Map<String, Noeud> t = n.table();
      if (t.size() != 1) {
        n.erreur(t.isEmpty() ? CodeAnomalie.CHAMP_MANQUANT : CodeAnomalie.FORMAT_INVALIDE,
            "territoire : un seul de commune, epci ou departement, avec son code");
        return Optional.empty();
      }
      Map.Entry<String, Noeud> e = t.entrySet().iterator().next();
      return e.getValue().texte().flatMap(code -> {
        Optional<Territoire> x = switch (e.getKey()) {
          case "commune" -> Commune.isValide(code) ? Optional.of(Commune.of(code)) : Optional.empty();
          case "epci" -> Epci.isSirenValide(code) ? Optional.of(Epci.of(code)) : Optional.empty();
          case "departement" -> Departement.isValide(code) ? Optional.of(Departement.of(code)) : Optional.empty();
          default -> Optional.empty();
        };
        if (x.isEmpty() && Set.of("commune", "epci", "departement").contains(e.getKey())) {
          e.getValue().erreur(CodeAnomalie.FORMAT_INVALIDE, "code invalide pour " + e.getKey() + " : « " + code + " »");
        }
        return x;
      });
    }

    private Optional<Convention> convention(Noeud n) {
      n.verifierCles(new LinkedHashSet<>(CHAMPS_CONVENTION));
      Optional<String> nom = n.champ("nom").flatMap(Noeud::texte);
      Optional<Reservataire> reservataire = n.exiger("reservataire").flatMap(x -> x.texte().flatMap(t -> {
        Optional<Reservataire> res = nouveau(t, nom, (code, message) -> x.erreur(code, message));
        if (res.isPresent() && res.get().isBailleur()) {
          x.erreur(CodeAnomalie.HORS_DOMAINE, "une convention lie le bailleur à un réservataire tiers, non à lui-même");
          return Optional.empty();
        }
        return res;
      }));
      Optional<Territoire> territoire = n.exiger("territoire").flatMap(this::territoire);
      Optional<String> titre = n.exiger("titre").flatMap(Noeud::texte);
      Optional<LocalDate> signature = n.exiger("signature").flatMap(Noeud::date);
      Optional<ModeGestion> gestion = n.exiger("gestion").flatMap(x -> x.enumeration(ModeGestion.class));
      Optional<String> url = n.champ("url").flatMap(Noeud::texte);
      Map<Clause, String> articles = new LinkedHashMap<>();
      n.champ("articles").ifPresent(Noeud::verifierDoublons);
      n.champ("articles").ifPresent(a -> a.table().forEach((k, v) -> {
        Optional<Clause> c = clause(k);
        if (c.isEmpty()) {
          List<String> connues = new ArrayList<>();
          for (Clause x : Clause.values()) {
            connues.add(x.name().toLowerCase(Locale.ROOT));
          }
          v.erreur(CodeAnomalie.CODE_INCONNU, "clause inconnue « " + k + " » (attendu : " + String.join(", ", connues) + ")");
        } else {
          v.texte().ifPresent(t -> articles.put(c.get(), t));
        }
      }));
      List<Surcharge<?>> surcharges = new ArrayList<>();
      n.champ("parametres").ifPresent(p -> surcharges.addAll(surcharges(p)));
      if (reservataire.isEmpty() || territoire.isEmpty() || titre.isEmpty() || signature.isEmpty() || gestion.isEmpty()) {
        return Optional.empty();
      }
      reservataires.put(reservataire.get().cle(), reservataire.get());
      TexteConvention texte = new TexteConvention(titre.get(), articles, url);
      return Optional.of(new Convention(bailleur, reservataire.get(), territoire.get(), signature.get(), gestion.get(), surcharges, texte));
    }

    private static Optional<Clause> clause(String nom) {
      for (Clause c : Clause.values()) {
        if (c.name().toLowerCase(Locale.ROOT).equals(nom.strip())) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    /** La clause sous laquelle une convention traite un paramètre, pour citer la surcharge. */
    private static Clause clauseDe(Parametre<?> p) {
      String n = p.nom();
      if (n.startsWith("delai") || n.startsWith("avance") || n.equals("report_jour_non_ouvre") || n.equals("nombre_candidats")
          || n.equals("vendredi_saint_alsace_moselle")) {
        return Clause.TABLEAU_DES_DELAIS;
      }
      if (n.equals("plafond_garanties") || n.equals("prorogation_garantie_annees")) {
        return Clause.ETAT_DES_DROITS;
      }
      if (n.equals("taux_mutations_defaut") || n.equals("arrondi_flux")) {
        return Clause.FLUX_ANNUEL;
      }
      if (n.equals("part_etat_programmes_neufs")) {
        return Clause.PROGRAMMES_NEUFS;
      }
      if (n.equals("prefet_hors_qpv_minimum")) {
        return Clause.QUALIFICATION_DU_FLUX;
      }
      if (n.startsWith("duree") || n.startsWith("reconductions")) {
        return Clause.DUREE;
      }
      return Clause.ENGAGEMENTS;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Surcharge<?>> surcharges(Noeud n) {
      List<Surcharge<?>> l = new ArrayList<>();
      Parametres base = Parametres.nationaux();
      n.verifierDoublons();
      for (Map.Entry<String, Noeud> e : n.table().entrySet()) {
        Optional<Parametre<?>> p = base.cles().stream().filter(x -> x.nom().equals(e.getKey())).findFirst();
        Noeud v = e.getValue();
        if (p.isEmpty()) {
          List<String> connus = base.cles().stream().map(Parametre::nom).toList();
          v.erreur(CodeAnomalie.CODE_INCONNU, "paramètre inconnu « " + e.getKey() + " » (attendu : " + String.join(", ", connus) + ")");
          continue;
        }
        Class<?> type = p.get().type();
        Optional<?> valeur;
        if (type == Taux.class) {
          valeur = v.taux();
        } else if (type == Integer.class) {
          valeur = v.entier().flatMap(x -> {
            if (x < 0 || x > 1000) {
              v.erreur(CodeAnomalie.HORS_DOMAINE, "entier hors de 0 à 1000 : " + x);
              return Optional.empty();
            }
            return Optional.of(x.intValue());
          });
        } else if (type == Boolean.class) {
          valeur = v.booleen();
        } else if (type == Arrondi.class) {
          valeur = v.enumeration(Arrondi.class);
        } else {
          valeur = v.texte().flatMap(t -> delai(v, t));
        }
        Reference source = Reference.clause(clauseDe(p.get()));
        valeur.ifPresent(x -> l.add(new Surcharge(p.get(), new ValeurDatee<Object>(Parametres.DOMAINE_DEBUT, Optional.empty(), x, source,
            Provenance.CONVENTION))));
      }
      return l;
    }

    private static Optional<Delai> delai(Noeud v, String t) {
      String[] m = t.split("\\s+", 2);
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

    private Map<String, Path> fichiers(Noeud r) {
      Map<String, Path> m = new LinkedHashMap<>();
      Optional<Noeud> f = r.exiger("fichiers");
      if (f.isEmpty()) {
        return m;
      }
      Set<String> connus = new LinkedHashSet<>(FICHIERS_OBLIGATOIRES);
      connus.addAll(FICHIERS_FACULTATIFS);
      f.get().verifierCles(connus);
      for (String cle : connus) {
        Optional<Noeud> n = FICHIERS_OBLIGATOIRES.contains(cle) ? f.get().exiger(cle) : f.get().champ(cle);
        n.ifPresent(x -> x.texte().ifPresent(t -> {
          Path p = dossier.resolve(t).normalize();
          if (!Files.isRegularFile(p)) {
            x.erreur(CodeAnomalie.REFERENCE_INCONNUE, "fichier introuvable : « " + t + " »");
          } else {
            m.put(cle, p);
          }
        }));
      }
      return m;
    }

    // --- réservataires ---------------------------------------------------------------------------

    /**
     * Un réservataire dans la notation des dossiers de cas ({@code ETAT-PRIORITAIRES}, {@code
     * ETAT-AGENTS}, {@code ACTION-LOGEMENT}, {@code COMMUNE-<INSEE>}, {@code EPCI-<SIREN>}, {@code
     * DEPARTEMENT-<code>}, {@code AUTRE-<id>}, {@code BAILLEUR}), nommé d'après les noms du manifeste :
     * celui d'une convention s'il y en a une, sinon un nouveau.
     */
    private Optional<Reservataire> reservataire(String s, BiConsumer<CodeAnomalie, String> erreur) {
      Reservataire connu = reservataires.get(s.strip());
      return connu != null ? Optional.of(connu) : nouveau(s, Optional.empty(), erreur);
    }

    private Optional<Reservataire> nouveau(String texte, Optional<String> nom, BiConsumer<CodeAnomalie, String> erreur) {
      return LecteurDossier.reservataire(texte, nom, noms, bailleur, erreur);
    }

    // --- fichiers --------------------------------------------------------------------------------

    private String nom(Path p) {
      Path rel = dossier.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize());
      return rel.toString().replace('\\', '/');
    }

    private Optional<String> texte(Path p, String nom) {
      return octets(p, TAILLE_MAXIMALE_CSV, a -> anomalies.add(new AnomalieDossier(nom, a))).map(LecteurDossier::decoder);
    }

    private void compte(String nom, CompteRenduLecture b) {
      lectures.put(nom, b);
      for (Anomalie a : b.anomalies()) {
        anomalies.add(new AnomalieDossier(nom, a));
      }
    }

    private void lireFichiers(Map<String, Path> f, Exercice.Builder e) {
      Map<String, Logement> parc = new LinkedHashMap<>();
      if (f.containsKey("rpls")) {
        parc = rpls(f.get("rpls"));
        e.parc(List.copyOf(parc.values()));
      }
      Map<String, Programme> programmes = new TreeMap<>();
      if (f.containsKey("programmes")) {
        programmes = programmes(f.get("programmes"));
        e.programmes(List.copyOf(programmes.values()));
      }
      if (f.containsKey("droits")) {
        e.droits(droits(f.get("droits"), programmes.keySet()));
      }
      if (f.containsKey("rotations")) {
        e.rotations(rotations(f.get("rotations")));
      }
      if (f.containsKey("seuils")) {
        e.seuils(seuils(f.get("seuils")));
      }
      if (f.containsKey("liberations")) {
        e.liberations(liberations(f.get("liberations"), parc));
      }
      if (f.containsKey("attributions")) {
        e.attributions(attributions(f.get("attributions"), parc));
      }
      Map<String, LocalDate> sorties = f.containsKey("sorties") ? sorties(f.get("sorties"), parc) : Map.of();
      List<DroitReservation> prevus = f.containsKey("droits_prevus") ? droits(f.get("droits_prevus"), programmes.keySet()) : List.of();
      if (!sorties.isEmpty() || !prevus.isEmpty()) {
        prevision = new Prevision(List.of(), List.of(), List.of(), prevus, sorties, Optional.empty(), Optional.empty());
      }
    }

    /**
     * {@code logement;date;motif} : les logements du fichier RPLS qui quitteront le parc (vente
     * réalisée, démolition), pour la projection : ils ne comptent plus à partir du 1er janvier qui suit
     * leur date de sortie. La date est postérieure au 1er janvier de l'exercice.
     */
    private Map<String, LocalDate> sorties(Path p, Map<String, Logement> parc) {
      String nom = nom(p);
      Map<String, LocalDate> m = new TreeMap<>();
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return m;
      }
      List<Map.Entry<String, LocalDate>> l = new ArrayList<>();
      Set<String> vus = new java.util.HashSet<>();
      CompteRenduLecture b = TableCsv.lire(t.get(), List.of("logement", "date"), List.of("motif"), References.CLAUSE_ASSIETTE, x -> {
        Optional<String> logement = x.exiger("logement").filter(id -> {
          if (!parc.containsKey(id)) {
            x.erreur(CodeAnomalie.REFERENCE_INCONNUE, "logement", "logement inconnu du fichier RPLS : « " + id + " »");
            return false;
          }
          if (!vus.add(id)) {
            x.erreur(CodeAnomalie.DOUBLON, "logement", "logement déjà sorti à une autre ligne : « " + id + " »");
            return false;
          }
          return true;
        });
        Optional<LocalDate> date = date(x, "date", true);
        if (date.isPresent() && !date.get().isAfter(LocalDate.of(annee, 1, 1))) {
          x.erreur(CodeAnomalie.DATE_INCOHERENTE, "date", "sortie du " + date.get() + " : une sortie prévue suit le 1er janvier " + annee
              + " de l'exercice (une sortie passée se lit dans le fichier RPLS)");
        }
        String motif = x.texte("motif");
        if (!motif.isEmpty() && !List.of("vente", "demolition").contains(motif.toLowerCase(Locale.ROOT))) {
          x.erreur(CodeAnomalie.CODE_INCONNU, "motif", "motif de sortie inconnu « " + motif + " » (vente ou demolition)");
        }
        if (logement.isEmpty() || date.isEmpty() || x.aDesAnomalies()) {
          return Optional.empty();
        }
        return Optional.of(Map.entry(logement.get(), date.get()));
      }, l::add);
      l.forEach(e -> m.put(e.getKey(), e.getValue()));
      compte(nom, b);
      return m;
    }

    private Map<String, Logement> rpls(Path p) {
      String nom = nom(p);
      Map<String, Logement> parc = new LinkedHashMap<>();
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return parc;
      }
      // le lecteur passe chaque logement dès la lecture de sa ligne : le compteur donne la ligne
      long[] ligne = new long[1];
      Iterator<String> source = TableCsv.lignesPhysiques(t.get()).iterator();
      Iterator<String> comptees = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return source.hasNext();
        }

        @Override
        public String next() {
          ligne[0]++;
          return source.next();
        }
      };
      List<Anomalie> doublons = new ArrayList<>();
      CompteRenduLecture b = LecteurRpls.lire(comptees, l -> {
        if (parc.putIfAbsent(l.identifiant(), l) != null) {
          doublons.add(Anomalie.erreur(CodeAnomalie.DOUBLON, "IDENT_REP", "le logement « " + l.identifiant()
              + " » apparaît deux fois : la seconde ligne est rejetée", References.ARRETE_RPLS).aLaLigne(ligne[0]));
        }
      });
      if (!doublons.isEmpty()) {
        List<Anomalie> a = new ArrayList<>(b.anomalies());
        a.addAll(doublons);
        long d = doublons.size();
        b = new CompteRenduLecture(b.lues(), b.acceptees() - d, b.rejetees() + d, b.anomaliesTotal() + d, a);
      }
      compte(nom, b);
      return parc;
    }

    /** Une ligne du fichier des programmes : le programme et, s'il y en a une, une garantie. */
    private record LigneProgramme(long numero, String id, Commune commune, int logements, LocalDate service, Financement financement,
        Optional<GarantieEmprunt> garantie) {}

    private Map<String, Programme> programmes(Path p) {
      String nom = nom(p);
      Map<String, Programme> m = new TreeMap<>();
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return m;
      }
      Map<String, LigneProgramme> premieres = new LinkedHashMap<>();
      Map<String, List<GarantieEmprunt>> garanties = new LinkedHashMap<>();
      CompteRenduLecture b = TableCsv.lire(t.get(), List.of("programme", "commune", "logements", "mise_en_service"),
          List.of("financement", "garant", "quotite", "pret", "debut", "fin", "rembourse"), References.CLAUSE_ETAT_DES_DROITS,
          l -> ligneProgramme(l, premieres), lp -> {
            premieres.putIfAbsent(lp.id(), lp);
            garanties.computeIfAbsent(lp.id(), k -> new ArrayList<>());
            lp.garantie().ifPresent(garanties.get(lp.id())::add);
          });
      compte(nom, b);
      premieres.forEach((id, lp) -> m.put(id, Programme.builder().identifiant(id).commune(lp.commune()).nombreLogements(lp.logements())
          .dateMiseEnService(lp.service()).financement(lp.financement()).garanties(garanties.get(id)).build()));
      return m;
    }

    private Optional<LigneProgramme> ligneProgramme(TableCsv.Ligne l, Map<String, LigneProgramme> premieres) {
      Optional<String> id = l.exiger("programme");
      Optional<Commune> commune = commune(l, "commune", true);
      Optional<Long> n = entier(l, "logements", true);
      Optional<LocalDate> service = date(l, "mise_en_service", true);
      Financement f = Financement.PLUS;
      if (!l.texte("financement").isEmpty()) {
        Optional<Financement> x = Financement.parse(l.texte("financement"), "financement").valeur();
        if (x.isEmpty()) {
          l.erreur(CodeAnomalie.CODE_INCONNU, "financement", "financement inconnu « " + l.texte("financement") + " » (PLAI, PLUS, PLS, PLI, autre)");
        }
        f = x.orElse(f);
      }
      if (n.isPresent() && (n.get() <= 0 || n.get() > Integer.MAX_VALUE)) {
        l.erreur(CodeAnomalie.HORS_DOMAINE, "logements", "un programme compte au moins un logement : « " + n.get() + " »");
      }
      Optional<GarantieEmprunt> garantie = Optional.empty();
      boolean colonnesGarantie = !l.texte("quotite").isEmpty() || !l.texte("pret").isEmpty() || !l.texte("debut").isEmpty()
          || !l.texte("fin").isEmpty() || !l.texte("rembourse").isEmpty();
      if (!l.texte("garant").isEmpty()) {
        Optional<Reservataire> garant = reservataire(l.texte("garant"), (c, m) -> l.erreur(c, "garant", m));
        Optional<Taux> quotite = l.exiger("quotite").flatMap(q -> taux(l, "quotite", q));
        Optional<LocalDate> debut = date(l, "debut", true);
        Optional<LocalDate> fin = date(l, "fin", true);
        Optional<LocalDate> rembourse = date(l, "rembourse", false);
        String pret = l.texte("pret").isEmpty() ? "PRET-" + id.orElse("") : l.texte("pret");
        if (garant.isPresent() && (garant.get().isEtat() || garant.get().isBailleur())) {
          l.erreur(CodeAnomalie.HORS_DOMAINE, "garant", "le garant d'un emprunt est une collectivité ou un autre réservataire, non "
              + garant.get().libelle());
        }
        if (quotite.isPresent() && quotite.get().valeur().isZero()) {
          l.erreur(CodeAnomalie.HORS_DOMAINE, "quotite", "quotité nulle");
        }
        if (debut.isPresent() && fin.isPresent() && fin.get().isBefore(debut.get())) {
          l.erreur(CodeAnomalie.DATE_INCOHERENTE, "fin", "fin du prêt (" + fin.get() + ") avant son début (" + debut.get() + ")");
        }
        if (debut.isPresent() && rembourse.isPresent() && rembourse.get().isBefore(debut.get())) {
          l.erreur(CodeAnomalie.DATE_INCOHERENTE, "rembourse", "remboursement (" + rembourse.get() + ") avant le début du prêt");
        }
        if (!l.aDesAnomalies() && garant.isPresent() && quotite.isPresent() && debut.isPresent() && fin.isPresent()) {
          garantie = Optional.of(new GarantieEmprunt(garant.get(), quotite.get(), pret, debut.get(), fin.get(), rembourse));
        }
      } else if (colonnesGarantie) {
        l.erreur(CodeAnomalie.CHAMP_MANQUANT, "garant", "une garantie sans garant : colonnes quotite, pret, debut, fin ou rembourse "
            + "remplies, garant vide");
      }
      if (id.isEmpty() || commune.isEmpty() || n.isEmpty() || service.isEmpty() || l.aDesAnomalies()) {
        return Optional.empty();
      }
      LigneProgramme lp = new LigneProgramme(l.numero(), id.get(), commune.get(), n.get().intValue(), service.get(), f, garantie);
      LigneProgramme avant = premieres.get(id.get());
      if (avant != null && (!avant.commune().equals(lp.commune()) || avant.logements() != lp.logements()
          || !avant.service().equals(lp.service()) || avant.financement() != lp.financement())) {
        l.erreur(CodeAnomalie.HORS_DOMAINE, "programme", "le programme « " + id.get() + " » est décrit autrement qu'à la ligne "
            + avant.numero() + " (commune, logements, mise en service et financement doivent être les mêmes sur chaque ligne)");
        return Optional.empty();
      }
      return Optional.of(lp);
    }

    private List<DroitReservation> droits(Path p, Set<String> programmes) {
      String nom = nom(p);
      List<DroitReservation> l = new ArrayList<>();
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return l;
      }
      CompteRenduLecture b = TableCsv.lire(t.get(), List.of("titulaire", "origine", "logements", "debut"),
          List.of("programme", "commune", "fin", "source"), References.CLAUSE_ETAT_DES_DROITS, x -> droit(x, programmes), l::add);
      compte(nom, b);
      return l;
    }

    private Optional<DroitReservation> droit(TableCsv.Ligne l, Set<String> programmes) {
      Optional<Reservataire> titulaire = l.exiger("titulaire").flatMap(s -> reservataire(s, (c, m) -> l.erreur(c, "titulaire", m)));
      Optional<OrigineDroit> origine = l.exiger("origine").flatMap(s -> LecteurReservations.origine(l, s));
      Optional<Long> n = entier(l, "logements", true);
      Optional<LocalDate> debut = date(l, "debut", true);
      Optional<LocalDate> fin = date(l, "fin", false);
      Optional<Commune> commune = commune(l, "commune", false);
      String programme = l.texte("programme");
      if (n.isPresent() && n.get() < 0) {
        l.erreur(CodeAnomalie.NOMBRE_NEGATIF, "logements", "un nombre de logements ne peut être négatif : " + n.get());
      }
      if (titulaire.isPresent() && (titulaire.get().isEtat() || titulaire.get().isBailleur())) {
        l.erreur(CodeAnomalie.HORS_DOMAINE, "titulaire", "la part de " + titulaire.get().libelle() + " ne vient pas d'un droit de "
            + "réservation : elle est fixée par la loi ou est le reste du flux");
      }
      if (debut.isPresent() && fin.isPresent() && fin.get().isBefore(debut.get())) {
        l.erreur(CodeAnomalie.DATE_INCOHERENTE, "fin", "fin du droit (" + fin.get() + ") avant son début (" + debut.get() + ")");
      }
      if (programme.isEmpty() && l.texte("commune").isEmpty()) {
        l.erreur(CodeAnomalie.DROIT_SANS_TERRITOIRE, "programme", "le droit ne dit ni son programme ni sa commune : il ne peut être "
            + "compté sur aucun territoire");
      }
      if (!programme.isEmpty() && !programmes.contains(programme)) {
        l.erreur(CodeAnomalie.REFERENCE_INCONNUE, "programme", "programme inconnu du fichier des programmes : « " + programme + " »");
      }
      if (l.aDesAnomalies() || titulaire.isEmpty() || origine.isEmpty() || n.isEmpty() || debut.isEmpty()) {
        return Optional.empty();
      }
      DroitReservation d = DroitReservation.of(titulaire.get(), origine.get(), n.get(), debut.get());
      if (fin.isPresent()) {
        d = d.withFin(fin.get());
      }
      if (!programme.isEmpty()) {
        d = d.withProgramme(programme);
      }
      if (commune.isPresent()) {
        d = d.withCommune(commune.get());
      }
      return Optional.of(d);
    }

    private Map<Integer, Taux> rotations(Path p) {
      String nom = nom(p);
      Map<Integer, Taux> m = new TreeMap<>();
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return m;
      }
      Map<Integer, Long> vues = new HashMap<>();
      CompteRenduLecture b = TableCsv.lire(t.get(), List.of("annee", "taux"), List.of(), References.CLAUSE_FLUX_ANNUEL, l -> {
        Optional<Integer> an = annee(l, "annee");
        Optional<Taux> taux = l.exiger("taux").flatMap(x -> taux(l, "taux", x));
        if (an.isPresent() && vues.containsKey(an.get())) {
          l.erreur(CodeAnomalie.DOUBLON, "annee", "année " + an.get() + " déjà donnée à la ligne " + vues.get(an.get()));
        }
        if (an.isEmpty() || taux.isEmpty() || l.aDesAnomalies()) {
          return Optional.empty();
        }
        vues.put(an.get(), l.numero());
        return Optional.of(Map.entry(an.get(), taux.get()));
      }, e -> m.put(e.getKey(), e.getValue()));
      compte(nom, b);
      return m;
    }

    /** Une ligne du fichier des seuils. */
    private record Seuil(Epci epci, int annee, BigDecimal seuil) {}

    private SeuilsQuartile seuils(Path p) {
      String nom = nom(p);
      SeuilsQuartile[] s = {SeuilsQuartile.vide()};
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return s[0];
      }
      Map<String, Long> vues = new HashMap<>();
      CompteRenduLecture b = TableCsv.lire(t.get(), List.of("epci", "annee", "seuil"), List.of(), References.CCH_L441_1_QUARTILE, l -> {
        Optional<Epci> epci = l.exiger("epci").flatMap(x -> {
          if (!Epci.isSirenValide(x)) {
            l.erreur(CodeAnomalie.FORMAT_INVALIDE, "epci", "SIREN d'EPCI invalide (9 chiffres, clé de Luhn) : « " + x + " »");
            return Optional.empty();
          }
          return Optional.of(Epci.of(x));
        });
        Optional<Integer> an = annee(l, "annee");
        Optional<BigDecimal> seuil = l.exiger("seuil").flatMap(x -> {
          try {
            BigDecimal v = fr.fluxlogement.core.format.Nombres.decimal(x.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
            if (v.signum() < 0) {
              l.erreur(CodeAnomalie.NOMBRE_NEGATIF, "seuil", "seuil négatif : « " + x + " »");
              return Optional.empty();
            }
            return Optional.of(v);
          } catch (NumberFormatException e) {
            l.erreur(CodeAnomalie.FORMAT_INVALIDE, "seuil", "montant en euros attendu : « " + x + " »");
            return Optional.empty();
          }
        });
        if (epci.isPresent() && an.isPresent() && vues.containsKey(epci.get().siren() + "/" + an.get())) {
          l.erreur(CodeAnomalie.DOUBLON, "annee", "seuil de " + epci.get().siren() + " pour " + an.get() + " déjà donné à la ligne "
              + vues.get(epci.get().siren() + "/" + an.get()));
        }
        if (epci.isEmpty() || an.isEmpty() || seuil.isEmpty() || l.aDesAnomalies()) {
          return Optional.empty();
        }
        vues.put(epci.get().siren() + "/" + an.get(), l.numero());
        return Optional.of(new Seuil(epci.get(), an.get(), seuil.get()));
      }, x -> s[0] = s[0].withSeuil(x.epci(), x.annee(), x.seuil()));
      compte(nom, b);
      return s[0];
    }

    private List<Liberation> liberations(Path p, Map<String, Logement> parc) {
      String nom = nom(p);
      List<Liberation> l = new ArrayList<>();
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return l;
      }
      CompteRenduLecture b = TableCsv.lire(t.get(), List.of("logement", "type", "date"), List.of(), References.CLAUSE_DELAIS, x -> {
        Optional<Logement> logement = x.exiger("logement").flatMap(id -> {
          Logement lo = parc.get(id);
          if (lo == null) {
            x.erreur(CodeAnomalie.REFERENCE_INCONNUE, "logement", "logement inconnu du fichier RPLS : « " + id + " »");
          }
          return Optional.ofNullable(lo);
        });
        Optional<TypeLiberation> type = x.exiger("type").flatMap(s -> {
          for (TypeLiberation y : TypeLiberation.values()) {
            if (y.name().equalsIgnoreCase(s)) {
              return Optional.of(y);
            }
          }
          x.erreur(CodeAnomalie.CODE_INCONNU, "type", "type de libération inconnu « " + s + " » (preavis_un_mois, preavis_trois_mois, "
              + "parc_neuf)");
          return Optional.empty();
        });
        Optional<LocalDate> date = date(x, "date", true);
        if (date.isPresent() && date.get().getYear() != annee) {
          x.erreur(CodeAnomalie.DATE_INCOHERENTE, "date", "libération du " + date.get() + " hors de l'année " + annee + " de l'exercice");
        }
        if (logement.isEmpty() || type.isEmpty() || date.isEmpty() || x.aDesAnomalies()) {
          return Optional.empty();
        }
        return Optional.of(new Liberation(logement.get(), type.get(), date.get()));
      }, l::add);
      compte(nom, b);
      return l;
    }

    private List<Attribution> attributions(Path p, Map<String, Logement> parc) {
      String nom = nom(p);
      List<Attribution> l = new ArrayList<>();
      Optional<String> t = texte(p, nom);
      if (t.isEmpty()) {
        return l;
      }
      CompteRenduLecture b = LecteurSne.lire(TableCsv.lignesPhysiques(t.get()).iterator(), id -> Optional.ofNullable(parc.get(id)), bailleur, a -> {
        // le contingent prend le nom que lui donne le manifeste (celui de sa convention)
        Reservataire r = a.contingent().isBailleur() ? a.contingent()
            : reservataire(a.contingent().cle(), (c, m) -> { }).orElse(a.contingent());
        l.add(new Attribution(a.logement(), r, a.menage(), a.dateCaleol(), a.dateBail(), a.mutation(), a.horsFlux()));
      });
      compte(nom, b);
      return l;
    }

    // --- cellules --------------------------------------------------------------------------------

    private static Optional<Commune> commune(TableCsv.Ligne l, String colonne, boolean obligatoire) {
      String t = l.texte(colonne);
      if (t.isEmpty()) {
        if (obligatoire) {
          l.erreur(CodeAnomalie.CHAMP_MANQUANT, colonne, "valeur obligatoire manquante");
        }
        return Optional.empty();
      }
      if (!Commune.isValide(t)) {
        l.erreur(CodeAnomalie.FORMAT_INVALIDE, colonne, "code INSEE de commune invalide : « " + t + " »");
        return Optional.empty();
      }
      return Optional.of(Commune.of(t));
    }

    private static Optional<Long> entier(TableCsv.Ligne l, String colonne, boolean obligatoire) {
      String t = l.texte(colonne);
      if (t.isEmpty()) {
        if (obligatoire) {
          l.erreur(CodeAnomalie.CHAMP_MANQUANT, colonne, "valeur obligatoire manquante");
        }
        return Optional.empty();
      }
      if (t.length() > 24) {
        l.erreur(CodeAnomalie.DEBORDEMENT, colonne, "nombre entier de plus de 24 caractères");
        return Optional.empty();
      }
      try {
        return Optional.of(Long.parseLong(t.replace(" ", "").replace("\u00a0", "")));
      } catch (NumberFormatException e) {
        l.erreur(CodeAnomalie.FORMAT_INVALIDE, colonne, "nombre entier attendu : « " + t + " »");
        return Optional.empty();
      }
    }

    private static Optional<Integer> annee(TableCsv.Ligne l, String colonne) {
      return entier(l, colonne, true).flatMap(v -> {
        if (v < 1900 || v > 2100) {
          l.erreur(CodeAnomalie.HORS_DOMAINE, colonne, "année hors de 1900-2100 : " + v);
          return Optional.empty();
        }
        return Optional.of(v.intValue());
      });
    }



  }

  /**
   * Le réservataire d'une clé ({@code COMMUNE-01281}, {@code ACTION-LOGEMENT}…, lue par {@link
   * CleReservataire#parse}, ou {@code BAILLEUR} pour la part non réservée du bailleur), nommé par le
   * nom donné, sinon par la table des noms du dossier, sinon par son code.
   *
   * @param texte la clé
   * @param nom le nom, s'il est donné
   * @param noms les noms des territoires par code
   * @param bailleur le bailleur, pour la clé {@code BAILLEUR}
   * @param erreur reçoit l'anomalie d'une clé illisible
   * @return le réservataire, ou vide
   */
  public static Optional<Reservataire> reservataire(String texte, Optional<String> nom, Map<String, String> noms, Bailleur bailleur,
      BiConsumer<CodeAnomalie, String> erreur) {
    String s = texte.strip();
    if (s.equals("BAILLEUR")) {
      return Optional.of(bailleur.partNonReservee());
    }
    Resultat<CleReservataire> cle = CleReservataire.parse(s, "");
    if (!cle.isValide()) {
      cle.erreurs().forEach(a -> erreur.accept(a.code(), "réservataire « " + s + " » : " + a.message() + " (ou BAILLEUR)"));
      return Optional.empty();
    }
    CleReservataire k = cle.valeurOuLever();
    String code = k.code();
    String libelle = nom.orElse(k.nature() == CleReservataire.Nature.DEPARTEMENT && noms.containsKey(code) ? Francais.de(noms.get(code))
        : noms.getOrDefault(code, code));
    return Optional.of(k.reservataire(libelle));
  }

  /** Un taux de 0 à 100 % d'une cellule ; vide et une anomalie sinon. */
  static Optional<Taux> taux(TableCsv.Ligne l, String colonne, String t) {
    Fraction f;
    try {
      f = fr.fluxlogement.core.format.Nombres.fraction(t);
    } catch (NumberFormatException | ArithmeticException e) {
      l.erreur(CodeAnomalie.FORMAT_INVALIDE, colonne, "taux attendu (« 8,9 % », « 0,089 » ou « 89/1000 ») : « " + t + " »");
      return Optional.empty();
    }
    if (f.signum() < 0 || f.compareTo(Fraction.UN) > 0) {
      l.erreur(CodeAnomalie.HORS_DOMAINE, colonne, "un taux est compris entre 0 et 100 % : « " + t + " »");
      return Optional.empty();
    }
    return Optional.of(Taux.of(f));
  }

  /** Une date ISO ou jj/mm/aaaa d'une cellule, existante, de 1900 à 2100 ; vide et une anomalie sinon. */
  static Optional<LocalDate> date(TableCsv.Ligne l, String colonne, boolean obligatoire) {
    String t = l.texte(colonne);
    if (t.isEmpty()) {
      if (obligatoire) {
        l.erreur(CodeAnomalie.CHAMP_MANQUANT, colonne, "date manquante");
      }
      return Optional.empty();
    }
    fr.fluxlogement.core.format.Dates.Lue d = fr.fluxlogement.core.format.Dates.isoOuFrancaise(t);
    if (!d.isLue()) {
      l.erreur(d.code(), colonne, d.raison() + " : " + Noeud.cite(t));
    }
    return d.date();
  }

  /** La taille maximale d'un fichier CSV d'un dossier, lu en entier : 256 Mio. */
  public static final long TAILLE_MAXIMALE_CSV = 256L << 20;

  /** Les octets d'un fichier d'au plus {@code taille} octets ; sinon une anomalie, sans lire plus loin. */
  static Optional<byte[]> octets(Path p, long taille, java.util.function.Consumer<Anomalie> anomalie) {
    try (java.io.InputStream in = Files.newInputStream(p)) {
      byte[] o = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, taille + 1));
      if (o.length > taille) {
        anomalie.accept(Anomalie.erreur(CodeAnomalie.DEBORDEMENT, "", "fichier de plus de " + (taille >> 20) + " Mio : refusé sans être lu"));
        return Optional.empty();
      }
      return Optional.of(o);
    } catch (IOException | RuntimeException e) {
      anomalie.accept(Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "", "fichier illisible (" + e.getClass().getSimpleName() + ")"));
      return Optional.empty();
    }
  }

  /** UTF-8 si tout le texte en est, latin-1 sinon (les fichiers RPLS historiques) ; la marque d'ordre est ôtée. */
  static String decoder(byte[] octets) {
    String s;
    try {
      s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(octets)).toString();
    } catch (CharacterCodingException e) {
      s = new String(octets, StandardCharsets.ISO_8859_1);
    }
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
