/**
 * Les tables typées ({@link fr.fluxlogement.rendu.Table}, {@link fr.fluxlogement.rendu.Colonne}) :
 * des enregistrements rendus en CSV pour tableur français ou en JSON, sans table à clés de texte.
 */
package fr.fluxlogement.rendu;
