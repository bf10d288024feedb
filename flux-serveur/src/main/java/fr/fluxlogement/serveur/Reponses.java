package fr.fluxlogement.serveur;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Les anomalies des statuts HTTP rendus hors des routes (Jetty, Javalin). */
final class Reponses {

  private Reponses() {}

  /** L'anomalie d'un statut d'erreur : son code du service et un message français. */
  static ObjectNode anomalieDeStatut(int statut) {
    return switch (statut) {
      case 401 -> ErreurHttp.anomalie(CodeServeur.JETON_REFUSE, "", "jeton d'accès absent ou invalide (en-tête Authorization: Bearer …)");
      case 404 -> ErreurHttp.anomalie(CodeServeur.RESSOURCE_INCONNUE, "", "aucune ressource à ce chemin (voir /openapi.yaml)");
      case 405 -> ErreurHttp.anomalie(CodeServeur.METHODE_NON_PERMISE, "", "méthode non permise sur ce chemin (voir /openapi.yaml)");
      case 408 -> ErreurHttp.anomalie(CodeServeur.DELAI_DEPASSE, "", "requête non reçue dans le délai permis");
      case 413 -> ErreurHttp.anomalie(CodeServeur.CORPS_TROP_GRAND, "", "requête trop grande");
      case 431 -> ErreurHttp.anomalie(CodeServeur.REQUETE_INVALIDE, "", "en-têtes de requête trop grands");
      default -> statut >= 500
          ? ErreurHttp.anomalie(CodeServeur.ERREUR_INTERNE, "", "erreur interne du service ; la requête n'a pas été traitée")
          : ErreurHttp.anomalie(CodeServeur.REQUETE_INVALIDE, "", "requête HTTP invalide (statut " + statut + ")");
    };
  }
}
