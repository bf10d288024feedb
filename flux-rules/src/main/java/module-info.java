/**
 * Les règles de la gestion en flux des réservations de logements sociaux, en fonctions pures et
 * expliquées : assiette (convention art. 2), droits (art. 3), flux annuel (art. 4.1), orientation
 * (art. 4.2 et 5), calendrier et délais (art. 5.1 et 6), objectifs d'attribution (art. 5), bilan
 * (art. 6) et convention (art. 7 et annexe).
 */
@SuppressWarnings("requires-automatic")
module fr.fluxlogement.rules {
  requires transitive fr.fluxlogement.core;
  requires static org.immutables.value.annotations;

  exports fr.fluxlogement.rules.validation;
  exports fr.fluxlogement.rules.assiette;
  exports fr.fluxlogement.rules.droits;
  exports fr.fluxlogement.rules.flux;
  exports fr.fluxlogement.rules.calendrier;
  exports fr.fluxlogement.rules.delais;
  exports fr.fluxlogement.rules.objectifs;
  exports fr.fluxlogement.rules.bilan;
  exports fr.fluxlogement.rules.orientation;
  exports fr.fluxlogement.rules.convention;
  exports fr.fluxlogement.rules.exercice;
  exports fr.fluxlogement.rules.projection;
}
