package fr.fluxlogement.examples.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.format.BilanLecture;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.delais.CycleProposition;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.Orientation;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.objectifs.ResultatObjectif;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * L'écriture des sorties d'un exercice calculé ({@code docs/dossier.md}) : pour chaque convention
 * l'annexe (texte et JSON) et les figures expliquées (JSON) ; pour chaque réservataire son bilan (CSV
 * pour tableur français et JSON) ; le bilan d'ensemble ; la synthèse (CSV et texte) ; la liste des
 * anomalies. Le JSON est écrit par Jackson : les comptes en nombres JSON, les fractions exactes en
 * texte {@code "n/d"}.
 */
public final class SortiesExercice {

  private SortiesExercice() {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Une table en JSON indenté, terminé par un saut de ligne.
   *
   * @param valeur des tables, listes, textes, nombres et booléens
   * @return le JSON
   */
  public static String json(Object valeur) {
    try {
      return JSON.writeValueAsString(valeur) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("table non sérialisable en JSON", e);
    }
  }

  /**
   * Écrit toutes les sorties d'un exercice calculé.
   *
   * @param r le résultat
   * @param sortie le dossier de sortie (créé au besoin)
   * @return les fichiers écrits, relatifs à {@code sortie}
   * @throws IOException si l'écriture échoue
   */
  public static List<String> ecrire(ResultatExercice r, Path sortie) throws IOException {
    List<String> ecrits = new ArrayList<>();
    Exercice e = r.exercice();
    for (ResultatConvention rc : r.conventions()) {
      String d = "conventions/" + rc.cle() + "/";
      ecrire(sortie, d + "annexe.txt", rc.annexe().toTexte(), ecrits);
      ecrire(sortie, d + "annexe.json", json(rc.annexe().toMap()), ecrits);
      ecrire(sortie, d + "figures.json", json(figures(rc, e)), ecrits);
    }
    RapportBilan bilan = r.bilan();
    for (String partie : parties(r)) {
      Map<String, Object> ligne = bilan.ligne(partie);
      ecrire(sortie, "bilans/" + partie + ".csv", Csv.ecrire(List.of(ligne)), ecrits);
      ecrire(sortie, "bilans/" + partie + ".json", json(ligne), ecrits);
    }
    ecrire(sortie, "bilan.txt", bilan.toTexte(), ecrits);
    ecrire(sortie, "bilan.csv", Csv.ecrire(bilan.lignes()), ecrits);
    ecrire(sortie, "bilan.json", json(bilan.toMap()), ecrits);
    if (!r.orientations().isEmpty()) {
      ecrire(sortie, "orientations.csv", Csv.ecrire(orientations(r)), ecrits);
    }
    if (!r.controles().isEmpty()) {
      ecrire(sortie, "controles.csv", Csv.ecrire(controles(r)), ecrits);
    }
    ecrire(sortie, "synthese.csv", Csv.ecrire(synthese(r)), ecrits);
    ecrire(sortie, "synthese.txt", syntheseTexte(r), ecrits);
    return ecrits;
  }

  /** Les parties dont le bilan s'écrit : chaque réservataire d'une convention (l'État en ses deux contingents) et chaque partie du bilan. */
  static List<String> parties(ResultatExercice r) {
    TreeSet<String> p = new TreeSet<>(r.bilan().bilan().parties());
    for (ResultatConvention rc : r.conventions()) {
      if (rc.convention().reservataire().isEtat()) {
        p.add("ETAT-PRIORITAIRES");
        p.add("ETAT-AGENTS");
      } else {
        p.add(rc.convention().reservataire().cle());
      }
    }
    p.remove(fr.fluxlogement.rules.bilan.Cle.TOUS);
    return List.copyOf(p);
  }

  private static void ecrire(Path sortie, String nom, String texte, List<String> ecrits) throws IOException {
    Path f = sortie.resolve(nom);
    Files.createDirectories(f.getParent());
    Files.writeString(f, texte, StandardCharsets.UTF_8);
    ecrits.add(nom);
  }

  /** Le type d'un territoire : {@code commune}, {@code epci} ou {@code departement}. */
  static String type(Territoire t) {
    return t instanceof Commune ? "commune" : t instanceof Departement ? "departement" : "epci";
  }

  private static Map<String, Object> taux(Taux t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("valeur", t.valeur().toString());
    m.put("pourcent", t.toPourcentFrancais());
    return m;
  }

  private static Map<String, Object> reservataire(Reservataire r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cle", r.cle());
    m.put("libelle", r.libelle());
    return m;
  }

  /**
   * Les figures d'une convention, chacune avec son explication.
   *
   * @param rc les figures calculées
   * @param e l'exercice (pour le nom du territoire)
   * @return la table, prête pour JSON
   */
  public static Map<String, Object> figures(ResultatConvention rc, Exercice e) {
    Map<String, Object> m = new LinkedHashMap<>();
    Territoire t = rc.convention().territoire();
    m.put("cle", rc.cle());
    m.put("titre", rc.convention().texte().titre());
    m.put("annee", e.annee());
    m.put("illustratif", e.illustratif());
    m.put("reservataire", reservataire(rc.convention().reservataire()));
    Map<String, Object> ter = new LinkedHashMap<>();
    ter.put("type", type(t));
    ter.put("code", t.code());
    ter.put("nom", e.nom(t));
    m.put("territoire", ter);
    m.put("mode_gestion", rc.convention().modeGestion().libelle());
    Assiette a = rc.assiette();
    Map<String, Object> as = new LinkedHashMap<>();
    as.put("valeur", a.taille());
    as.put("parc", a.parc().total());
    Map<String, Object> ex = new LinkedHashMap<>();
    for (MotifExclusion x : MotifExclusion.values()) {
      ex.put(x.name(), a.exclus(x));
    }
    as.put("exclusions", ex);
    as.put("explication", a.explication().toMap());
    m.put("assiette", as);
    Map<String, Object> tx = new LinkedHashMap<>();
    Map<String, Object> propre = taux(rc.tauxReservataire());
    propre.put("reserves", rc.reserves());
    tx.put("reservataire", propre);
    List<Object> tous = new ArrayList<>();
    for (TauxReservataire x : rc.taux()) {
      Map<String, Object> y = reservataire(x.reservataire());
      y.put("reserves", x.reserves());
      y.putAll(taux(x.taux()));
      y.put("explication", x.explication().toMap());
      tous.add(y);
    }
    tx.put("reservataires", tous);
    m.put("taux", tx);
    FluxAnnuel f = rc.flux();
    Map<String, Object> fl = new LinkedHashMap<>();
    fl.put("valeur", f.flux());
    fl.put("exact", f.fluxExact().toString());
    fl.put("rotation_moyenne", taux(f.rotationMoyenne()));
    fl.put("liberations", f.liberations().toString());
    fl.put("mutations", f.mutations().toString());
    fl.put("relogements", f.relogements());
    fl.put("explication", f.explication().toMap());
    m.put("flux", fl);
    Map<String, Object> ob = new LinkedHashMap<>();
    ob.put("objectif", rc.objectif());
    ob.put("flux", rc.objectifs().flux());
    List<Object> parts = new ArrayList<>();
    for (Objectif o : rc.objectifs().objectifs()) {
      Map<String, Object> y = reservataire(o.partie());
      y.putAll(taux(o.taux()));
      y.put("exact", o.exact().toString());
      y.put("logements", o.logements());
      parts.add(y);
    }
    ob.put("parties", parts);
    ob.put("explication", rc.objectifs().explication().toMap());
    m.put("objectifs", ob);
    List<Object> av = new ArrayList<>();
    for (Anomalie x : rc.avertissements()) {
      av.add(x.toTexte());
    }
    m.put("avertissements", av);
    return m;
  }

  /** Les logements libérés orientés : une ligne par logement, avec le réservataire retenu et l'échéance des candidats. */
  static List<Map<String, Object>> orientations(ResultatExercice r) {
    List<Map<String, Object>> l = new ArrayList<>();
    for (Orientation o : r.orientations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("logement", o.liberation().logement().identifiant());
      m.put("commune", o.liberation().logement().localisation().commune().code());
      m.put("type", o.liberation().type().name().toLowerCase(java.util.Locale.ROOT));
      m.put("date", o.liberation().date().toString());
      m.put("reservataire", o.decision().reservataire().cle());
      m.put("libelle", o.decision().reservataire().libelle());
      m.put("transmission", o.cycle().flatMap(CycleProposition::echeances).map(x -> x.transmission().toString()).orElse(""));
      m.put("echeance_candidats", o.cycle().flatMap(CycleProposition::echeances).map(x -> x.candidats().date().toString()).orElse(""));
      l.add(m);
    }
    return l;
  }

  /** Les objectifs d'attribution contrôlés (L.441-1, art. 5) : une ligne par partie et par indicateur, puis l'ensemble. */
  static List<Map<String, Object>> controles(ResultatExercice r) {
    List<Map<String, Object>> l = new ArrayList<>();
    for (ResultatObjectif o : r.controles()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("partie", o.partie().map(Reservataire::cle).orElse("ensemble"));
      m.put("indicateur", o.indicateur().name().toLowerCase(java.util.Locale.ROOT));
      m.put("public_cible", o.publicCible());
      m.put("base", o.base());
      m.put("atteint", o.atteint().toPourcentFrancais());
      m.put("cible", o.cible().toPourcentFrancais());
      m.put("objectif_atteint", !o.isCalculable() ? "non calculable" : o.isAtteint() ? "oui" : "non");
      m.put("ecart", o.ecart());
      m.put("rattrapage", o.rattrapage().map(String::valueOf).orElse(""));
      m.put("restantes", o.restantes());
      l.add(m);
    }
    return l;
  }

  /** La synthèse : une ligne par convention. */
  static List<Map<String, Object>> synthese(ResultatExercice r) {
    List<Map<String, Object>> l = new ArrayList<>();
    for (ResultatConvention rc : r.conventions()) {
      Territoire t = rc.convention().territoire();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cle", rc.cle());
      m.put("titre", rc.convention().texte().titre());
      m.put("territoire", type(t) + " " + t.code() + " (" + r.exercice().nom(t) + ")");
      m.put("assiette", rc.assiette().taille());
      m.put("taux", rc.tauxReservataire().toPourcentFrancais());
      m.put("flux", rc.flux().flux());
      m.put("objectif", rc.objectif());
      l.add(m);
    }
    return l;
  }

  private static String syntheseTexte(ResultatExercice r) {
    Exercice e = r.exercice();
    StringBuilder sb = new StringBuilder();
    sb.append("Exercice ").append(e.annee()).append(" ").append(fr.fluxlogement.core.explication.Francais.de(e.bailleur().nom())).append(" – ").append(e.nom(e.departement()))
        .append(" (").append(e.departement().code()).append(')').append(e.illustratif() ? " — données illustratives" : "").append('\n');
    sb.append(r.conventions().size()).append(" convention(s)\n\n");
    for (Map<String, Object> m : synthese(r)) {
      sb.append(m.get("cle")).append(" : ").append(m.get("titre")).append('\n');
      sb.append("  territoire ").append(m.get("territoire")).append(", assiette ").append(m.get("assiette")).append(", taux ")
          .append(m.get("taux")).append(", flux ").append(m.get("flux")).append(", objectif ").append(m.get("objectif"))
          .append(" logement(s)\n");
    }
    return sb.toString();
  }

  /**
   * La liste lisible des anomalies : le compte de lecture de chaque fichier, puis les erreurs et les
   * avertissements, chacun avec son fichier, sa ligne, son champ et sa référence.
   *
   * @param lectures les comptes de lecture
   * @param anomalies les anomalies de la lecture et du calcul
   * @return le texte
   */
  public static String anomalies(Map<String, BilanLecture> lectures, List<AnomalieDossier> anomalies) {
    StringBuilder sb = new StringBuilder();
    sb.append("Lecture des fichiers\n");
    if (lectures.isEmpty()) {
      sb.append("  aucun fichier lu\n");
    }
    lectures.forEach((f, b) -> sb.append("  ").append(f).append(" : ").append(b.resume()).append('\n'));
    List<AnomalieDossier> erreurs = anomalies.stream().filter(AnomalieDossier::isErreur).toList();
    List<AnomalieDossier> avert = anomalies.stream().filter(a -> !a.isErreur()).toList();
    sb.append("\nErreurs : ").append(erreurs.size()).append('\n');
    erreurs.forEach(a -> sb.append("  ").append(a.toTexte()).append('\n'));
    sb.append("\nAvertissements : ").append(avert.size()).append('\n');
    avert.forEach(a -> sb.append("  ").append(a.toTexte()).append('\n'));
    return sb.toString();
  }

  /**
   * Écrit la liste des anomalies.
   *
   * @param sortie le dossier de sortie (créé au besoin)
   * @param lectures les comptes de lecture
   * @param anomalies les anomalies
   * @return le nom du fichier écrit
   * @throws IOException si l'écriture échoue
   */
  public static String ecrireAnomalies(Path sortie, Map<String, BilanLecture> lectures, List<AnomalieDossier> anomalies) throws IOException {
    List<String> l = new ArrayList<>();
    ecrire(sortie, "anomalies.txt", anomalies(lectures, anomalies), l);
    return l.get(0);
  }
}
