package fr.fluxlogement.serveur;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.examples.dossier.AnomalieDossier;
import fr.fluxlogement.examples.dossier.ExerciceDuDossier;
import fr.fluxlogement.rendu.json.CatalogueJson;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Les rapports d'un dossier d'exercice, calculés une fois au démarrage ({@link ExerciceDuDossier}) :
 * les pages HTML (index, annexe de chaque convention, bilan de chaque réservataire, projection), leurs
 * CSV et JSON, les textes et la liste des anomalies, exactement ceux qu'écrit {@code flux exercice}.
 * Leurs noms forment la liste blanche des chemins servis : un chemin qui n'y est pas n'atteint
 * jamais le disque.
 */
final class Rapports {

  /** Un fichier servi : son contenu et son type de média. */
  record Fichier(byte[] contenu, String type) {}

  private final Map<String, Fichier> fichiers;
  private final String index;

  private Rapports(Map<String, Fichier> fichiers, String index) {
    this.fichiers = fichiers;
    this.index = index;
  }

  /**
   * Lit et calcule un dossier.
   *
   * @param dossier le dossier
   * @return les rapports
   * @throws IllegalStateException si l'exercice n'a pu être construit ou calculé (le message dit
   *     combien d'anomalies, sans leur contenu)
   */
  static Rapports of(Path dossier) {
    ExerciceDuDossier calcule = ExerciceDuDossier.of(dossier);
    if (calcule.isEchec()) {
      long erreurs = calcule.anomalies().stream().filter(AnomalieDossier::isErreur).count();
      throw new IllegalStateException("l'exercice du dossier " + dossier + " n'a pu être calculé : " + erreurs
          + " erreur(s) ; détail par ./flux exercice " + dossier);
    }
    Map<String, Fichier> f = new LinkedHashMap<>();
    calcule.sorties().forEach((nom, texte) -> f.put(nom, new Fichier(texte.getBytes(StandardCharsets.UTF_8), type(nom))));
    ResultatExercice r = calcule.resultat().orElseThrow();
    ObjectNode o = CatalogueJson.objet();
    ObjectNode b = o.putObject("bailleur");
    b.put("identifiant", r.exercice().bailleur().identifiant());
    b.put("nom", r.exercice().bailleur().nom());
    o.put("annee", r.exercice().annee());
    o.put("departement", r.exercice().departement().code());
    o.put("erreurs", calcule.anomalies().stream().filter(AnomalieDossier::isErreur).count());
    ArrayNode a = o.putArray("fichiers");
    f.keySet().stream().sorted().forEach(nom -> {
      ObjectNode x = a.addObject();
      x.put("nom", nom);
      x.put("type", f.get(nom).type());
      x.put("octets", f.get(nom).contenu().length);
    });
    return new Rapports(Collections.unmodifiableMap(f), CatalogueJson.texte(o));
  }

  /** Le fichier de ce nom, s'il est dans la liste blanche. */
  Optional<Fichier> fichier(String nom) {
    return Optional.ofNullable(fichiers.get(nom));
  }

  /** Les noms servis. */
  java.util.Set<String> noms() {
    return fichiers.keySet();
  }

  /** L'index JSON du dossier servi. */
  String index() {
    return index;
  }

  /** Le type de média d'un nom de fichier, par son extension. */
  static String type(String nom) {
    if (nom.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (nom.endsWith(".json")) {
      return "application/json";
    }
    if (nom.endsWith(".csv")) {
      return "text/csv; charset=utf-8";
    }
    return "text/plain; charset=utf-8";
  }
}
