/**
 * L'assiette du flux (convention art. 2, 5.3 et 5.4 ; CCH R.441-5 I) : le parc moins les logements non concernés, ventilé.
 *
 * <p><b>Contrat du paquet.</b> Fonctions pures : aucune entrée-sortie, aucune horloge, aucun hasard.
 * Nulls : aucun argument n'est {@code null} (exception immédiate sinon, erreur de programmation).
 * Données externes : jamais d'exception ; un {@code Resultat} sans valeur porte toutes les
 * anomalies. Débordement : les comptes externes sont bornés (10¹²), les quantités sont exactes.
 * Arrondi : seulement là où le texte fait des logements entiers, avec une politique nommée.
 * Immuabilité : tous les résultats sont immuables et sûrs entre fils d'exécution.
 */
package fr.fluxlogement.rules.assiette;
