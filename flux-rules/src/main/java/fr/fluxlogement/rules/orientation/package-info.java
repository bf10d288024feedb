/**
 * L'orientation des logements libérés vers les réservataires (convention art. 4.2 et 5 ; R.441-5-2 II).
 *
 * <p><b>Contrat du paquet.</b> Fonctions pures : aucune entrée-sortie, aucune horloge, aucun hasard.
 * Nulls : aucun argument n'est {@code null} (exception immédiate sinon, erreur de programmation).
 * Données externes : jamais d'exception ; un {@code Resultat} sans valeur porte toutes les
 * anomalies. Débordement : les comptes externes sont bornés (10¹²), les quantités sont exactes.
 * Arrondi : seulement là où le texte fait des logements entiers, avec une politique nommée.
 * Immuabilité : tous les résultats sont immuables et sûrs entre fils d'exécution.
 */
package fr.fluxlogement.rules.orientation;
