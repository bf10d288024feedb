/**
 * L'exercice annuel d'un bailleur dans un département, point d'entrée unique de la bibliothèque :
 * décrire l'exercice ({@link fr.fluxlogement.rules.exercice.Exercice#builder}), le calculer
 * ({@link fr.fluxlogement.rules.exercice.CalculExercice#calculer}), lire les figures de chaque
 * convention ({@link fr.fluxlogement.rules.exercice.ResultatConvention}), l'orientation de chaque
 * logement libéré ({@link fr.fluxlogement.rules.exercice.Orientation}), les objectifs d'attribution
 * et le bilan ({@link fr.fluxlogement.rules.exercice.ResultatExercice}).
 *
 * <p><b>Contrat du paquet.</b> Nulls : aucun argument ni résultat n'est {@code null} ; les
 * fabriques lèvent {@link java.lang.NullPointerException} sur un {@code null} (erreur de
 * programmation). Données : jamais d'exception pour une donnée fausse, mais un {@code Resultat}
 * sans valeur qui porte toutes les anomalies. Identité : chaque figure cite le titre et les articles de
 * la convention à laquelle elle appartient ; rien d'une convention particulière n'est écrit dans la
 * bibliothèque. Immuabilité : les descriptions et les résultats sont immuables ; le constructeur pas à
 * pas ne l'est pas et ne se partage pas.
 */
package fr.fluxlogement.rules.exercice;
