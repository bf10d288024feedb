/**
 * L'intégrateur tiers : {@link fr.fluxlogement.integration.AnneeDUnBailleur} fait l'exercice annuel
 * d'un bailleur (deux communes de l'Ain, données illustratives) par le point d'entrée unique de la
 * bibliothèque, comme le ferait un logiciel de bailleur qui ne dépend que de {@code flux-rules}.
 */
package fr.fluxlogement.integration;
