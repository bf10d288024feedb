/**
 * Le vocabulaire de la gestion en flux des réservations de logements sociaux (CCH L.441-1,
 * R.441-5 et suivants ; décret n° 2020-145 du 20 février 2020).
 *
 * <p>Ce module ne dépend que du JDK : les annotations d'Immutables ne servent qu'à la compilation.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.fluxlogement.core {
  requires static org.immutables.value.annotations;

  exports fr.fluxlogement.core.quantite;
  exports fr.fluxlogement.core.territoire;
  exports fr.fluxlogement.core.logement;
  exports fr.fluxlogement.core.acteur;
  exports fr.fluxlogement.core.droit;
  exports fr.fluxlogement.core.menage;
  exports fr.fluxlogement.core.evenement;
  exports fr.fluxlogement.core.convention;
  exports fr.fluxlogement.core.reference;
  exports fr.fluxlogement.core.explication;
  exports fr.fluxlogement.core.parametre;
  exports fr.fluxlogement.core.anomalie;
  exports fr.fluxlogement.core.format;
}
