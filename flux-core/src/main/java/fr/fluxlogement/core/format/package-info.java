/**
 * Formats de fichiers, en fonctions pures de texte à valeurs : lecteurs RPLS (collecte et fichiers
 * publics) et SNE (attributions) en flux, CSV des tableurs français (écriture neutralisée contre
 * l'injection de formules, relecture).
 *
 * <p><b>Contrat du paquet.</b> Aucune entrée-sortie : l'appelant fournit les lignes (décodées en
 * latin-1 ou UTF-8) et reçoit les valeurs une à une. Données : jamais d'exception ; chaque ligne
 * fautive est rejetée avec toutes ses anomalies ; lues = acceptées + rejetées. Nulls : refusés.
 */
package fr.fluxlogement.core.format;
