/**
 * Les rendus des résultats typés de flux, en un seul lieu : texte français, CSV pour tableur
 * français, JSON (formats {@code flux-exercice} et {@code flux-resultat}) et pages HTML (annexe de
 * chaque convention, bilan de chaque réservataire, index du bailleur, projection pluriannuelle) avec
 * leurs graphiques SVG en ligne. Les règles ({@code fr.fluxlogement.rules}) ne rendent rien :
 * ajouter un format ou une figure ne touche que ce module.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module fr.fluxlogement.rendu {
  requires transitive fr.fluxlogement.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires gg.jte.runtime;
  requires static java.compiler;

  exports fr.fluxlogement.rendu;
  exports fr.fluxlogement.rendu.json;
  exports fr.fluxlogement.rendu.texte;
  exports fr.fluxlogement.rendu.tables;
  exports fr.fluxlogement.rendu.html;
  exports fr.fluxlogement.rendu.sorties;
  exports fr.fluxlogement.rendu.parametres;

  opens fr.fluxlogement.rendu.html.gabarits to gg.jte.runtime;
}
