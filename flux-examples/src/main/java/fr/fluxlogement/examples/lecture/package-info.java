/**
 * La lecture bornée des fichiers texte et YAML venus de l'extérieur (dossiers de cas, manifestes des
 * dossiers d'exercice) : taille refusée avant lecture, UTF-8 strict avec la ligne du premier octet
 * invalide, taille développée des alias YAML bornée, messages de l'analyseur YAML en français.
 */
package fr.fluxlogement.examples.lecture;
