package fr.fluxlogement.core.territoire;

/**
 * Un territoire sur lequel se calcule une assiette ou porte une convention : la commune (échelle
 * des conventions des communes), l'EPCI (échelle de la CIL et du premier quartile) ou le
 * département (échelle de droit commun, une convention par bailleur et réservataire, CCH R.441-5 I).
 */
public sealed interface Territoire permits Commune, Epci, Departement {

  /** Le code officiel : INSEE pour la commune et le département, SIREN pour l'EPCI. */
  String code();

  /** Le libellé français du territoire, par exemple {@code "commune 01281"}. */
  String libelle();
}
