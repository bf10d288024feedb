/**
 * Le service HTTP/JSON de flux ({@code docs/serveur.md}) : l'exercice annuel depuis sa description
 * {@code flux-exercice}, les dossiers de cas, les paramètres datés et les références, les rapports
 * d'un dossier d'exercice calculé au démarrage, la santé et le document OpenAPI.
 *
 * <p>Par où commencer : {@link fr.fluxlogement.serveur.Principal} (la commande
 * {@code flux serveur}), {@link fr.fluxlogement.serveur.Configuration} (adresse, jeton, limites),
 * {@link fr.fluxlogement.serveur.Serveur} (le démarrage et les routes). Chaque erreur répond en JSON
 * {@code {"anomalies": [...]}} ({@link fr.fluxlogement.serveur.CodeServeur} pour les codes propres au
 * service) ; aucun corps de requête n'est journalisé.
 */
package fr.fluxlogement.serveur;
