/**
 * La projection pluriannuelle d'un exercice, pour négocier ou renouveler une convention (art. 7) :
 * année par année sur la vie de chaque convention (trois ans et au plus deux reconductions tacites),
 * l'assiette (programmes neufs entrant après leur première mise en location, ventes et démolitions
 * annoncées), les droits en vigueur au 1er janvier (fin des droits de garantie, y compris la
 * prorogation de cinq ans après le remboursement du prêt de R.441-6 ; fin des apports), les taux, le
 * flux et les objectifs, sous des scénarios de rotation.
 *
 * <p><b>Contrat du paquet.</b> Fonctions pures : aucune entrée-sortie, aucune horloge, aucun hasard.
 * Chaque année est l'exercice de cette année-là calculé par {@link
 * fr.fluxlogement.rules.exercice.CalculExercice#calculer} sur la description projetée : la
 * projection ne réécrit aucune règle, et chaque année est expliquée comme un exercice.
 */
package fr.fluxlogement.rules.projection;
