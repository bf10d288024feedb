/** Les rendus en texte français : l'annexe d'une convention selon son modèle, le bilan de l'année, la synthèse d'un exercice. */
package fr.fluxlogement.rendu.texte;
