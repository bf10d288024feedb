package fr.fluxlogement.core.reference;

/**
 * Le sujet d'une clause d'une convention de réservation en flux (CCH R.441-5 et R.441-5-1) :
 * l'assiette, l'état des droits, le flux annuel, le mode de gestion, le bilan… Les règles citent
 * la clause, non un article : chaque convention dit sous quel article elle traite ce sujet
 * ({@link fr.fluxlogement.core.convention.TexteConvention}), et l'explication d'une figure cite
 * l'article de <i>la</i> convention à laquelle la figure appartient.
 *
 * <p>La numérotation par défaut ({@link #articleParDefaut()}) suit le plan en sept articles et une
 * annexe des conventions communales de réservation en flux (cadre territorial, parc concerné,
 * stock réservé, flux, gestion, engagements et bilan, durée) ; une convention autrement numérotée
 * donne ses propres numéros.
 */
public enum Clause {
  /** Le préambule : parties et textes visés. */
  PREAMBULE("préambule", "préambule"),
  /** Le cadre territorial de la convention. */
  CADRE_TERRITORIAL("1", "cadre territorial"),
  /** Le parc concerné : l'assiette et les sorties du patrimoine. */
  ASSIETTE("2", "parc concerné par la gestion en flux"),
  /** L'état du stock de logements réservés. */
  ETAT_DES_DROITS("3", "état du stock de logements réservés"),
  /** La détermination du flux annuel prévisionnel. */
  FLUX_ANNUEL("4.1", "flux annuel prévisionnel"),
  /** La qualification du flux : équité entre réservataires. */
  QUALIFICATION_DU_FLUX("4.2", "qualification du flux"),
  /** Les modes de gestion et les obligations d'attribution. */
  MODES_DE_GESTION("5", "modalités de gestion"),
  /** La gestion directe par le réservataire. */
  GESTION_DIRECTE("5.1", "gestion directe"),
  /** La gestion déléguée au bailleur. */
  GESTION_DELEGUEE("5.2", "gestion déléguée"),
  /** Les programmes neufs. */
  PROGRAMMES_NEUFS("5.3", "programmes neufs"),
  /** Les programmes du renouvellement urbain (NPNRU). */
  PROGRAMMES_NPNRU("5.4", "programmes NPNRU"),
  /** Les engagements, le taux, le suivi et le bilan annuel. */
  ENGAGEMENTS("6", "engagements et évaluation annuelle"),
  /** Le tableau des délais de la proposition. */
  TABLEAU_DES_DELAIS("6", "tableau des délais"),
  /** La durée et l'actualisation. */
  DUREE("7", "durée et actualisation"),
  /** L'annexe territoriale : parc, droits, taux, mode de gestion et objectif. */
  ANNEXE("annexe", "annexe");

  private final String articleParDefaut;
  private final String libelle;

  Clause(String articleParDefaut, String libelle) {
    this.articleParDefaut = articleParDefaut;
    this.libelle = libelle;
  }

  /** L'article sous lequel le plan par défaut traite ce sujet, par exemple {@code "4.1"}. */
  public String articleParDefaut() {
    return articleParDefaut;
  }

  /** Le sujet en français, par exemple {@code "flux annuel prévisionnel"}. */
  public String libelle() {
    return libelle;
  }
}
