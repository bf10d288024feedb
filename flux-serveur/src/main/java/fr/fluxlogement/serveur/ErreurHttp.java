package fr.fluxlogement.serveur;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.rendu.json.CatalogueJson;
import java.util.List;

/**
 * Une réponse d'erreur : son statut et ses anomalies, chacune en objet JSON de la forme des
 * anomalies de {@code docs/json.md} ({@code code}, {@code chemin}, {@code ligne}, {@code message},
 * {@code reference}, {@code gravite}). Levée par une route, rendue par le gestionnaire d'exceptions
 * du serveur ; elle ne porte jamais de trace de pile.
 */
final class ErreurHttp extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int statut;
  private final transient List<ObjectNode> anomalies;
  private final boolean fermeture;

  ErreurHttp(int statut, List<ObjectNode> anomalies) {
    this(statut, anomalies, false);
  }

  private ErreurHttp(int statut, List<ObjectNode> anomalies, boolean fermeture) {
    super(null, null, false, false);
    this.statut = statut;
    this.anomalies = List.copyOf(anomalies);
    this.fermeture = fermeture;
  }

  /** La même erreur, qui ferme la connexion après la réponse (un corps resté à lire). */
  ErreurHttp withFermeture() {
    return new ErreurHttp(statut, anomalies, true);
  }

  /** Vrai si la connexion doit se fermer après la réponse. */
  boolean isFermeture() {
    return fermeture;
  }

  /** Une erreur du service, de code et de message donnés, au chemin donné. */
  static ErreurHttp of(CodeServeur code, String chemin, String message) {
    return new ErreurHttp(code.statut(), List.of(anomalie(code, chemin, message)));
  }

  /** Une erreur de statut donné, faite des anomalies du domaine. */
  static ErreurHttp of(int statut, List<Anomalie> anomalies) {
    return new ErreurHttp(statut, anomalies.stream().map(CatalogueJson::anomalie).toList());
  }

  /** Une anomalie du service en objet JSON, sans ligne ni référence. */
  static ObjectNode anomalie(CodeServeur code, String chemin, String message) {
    ObjectNode o = CatalogueJson.objet();
    o.put("code", code.name());
    o.put("chemin", chemin);
    o.putNull("ligne");
    o.put("message", message);
    o.putNull("reference");
    o.put("gravite", "ERREUR");
    return o;
  }

  int statut() {
    return statut;
  }

  List<ObjectNode> anomalies() {
    return anomalies;
  }

  /** Le corps JSON de la réponse : {@code {"anomalies": [...]}}. */
  String corps() {
    return corps(anomalies);
  }

  /** Le corps JSON d'une liste d'anomalies. */
  static String corps(List<ObjectNode> anomalies) {
    ObjectNode o = CatalogueJson.objet();
    o.putArray("anomalies").addAll(anomalies);
    return CatalogueJson.texte(o);
  }
}
