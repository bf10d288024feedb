/**
 * Les paramètres datés et le catalogue des références, rendus pour être lus : {@link
 * fr.fluxlogement.rendu.parametres.LigneParametre} (une valeur datée d'un paramètre, avec sa source
 * et son lien Légifrance), {@link fr.fluxlogement.rendu.parametres.LigneReference} (une référence du
 * catalogue) et {@link fr.fluxlogement.rendu.parametres.RenduParametres} (texte, CSV, JSON). Commencer
 * par {@code RenduParametres.texte(LigneParametre.lignes(Parametres.nationaux()))}.
 */
package fr.fluxlogement.rendu.parametres;
