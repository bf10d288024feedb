/**
 * Paramètres juridiques datés : chronologies de valeurs avec leur source et leur provenance, surchargeables par convention ou avenant.
 *
 * <p><b>Contrat du paquet.</b> Nulls : aucun argument ni résultat n'est {@code null} ; les
 * fabriques lèvent {@link java.lang.NullPointerException} sur un {@code null} (erreur de
 * programmation). Débordement : les quantités sont exactes ({@link java.math.BigInteger} dans les
 * fractions), les comptes en {@code long} sont validés positifs. Arrondi : aucun arrondi implicite ;
 * le passage à des logements entiers nomme sa politique. Immuabilité : toutes les valeurs sont
 * immuables et sûres entre fils d'exécution ; les constructeurs pas à pas ({@code Builder}) ne le
 * sont pas et ne se partagent pas.
 */
package fr.fluxlogement.core.parametre;
