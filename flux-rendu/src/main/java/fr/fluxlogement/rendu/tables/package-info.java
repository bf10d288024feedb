/** Les tables des sorties d'un exercice (bilan, annexe, orientations, contrôles, synthèse) : lignes typées et colonnes nommées. */
package fr.fluxlogement.rendu.tables;
