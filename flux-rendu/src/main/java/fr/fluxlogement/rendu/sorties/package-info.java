/** L'écriture de toutes les sorties d'un exercice calculé dans un dossier : texte, CSV, JSON et pages HTML. */
package fr.fluxlogement.rendu.sorties;
