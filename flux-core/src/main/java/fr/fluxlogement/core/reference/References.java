package fr.fluxlogement.core.reference;

import java.util.List;

/**
 * Le catalogue des références qu'utilise la bibliothèque : textes nationaux et articles de la
 * convention Ornex – Alliade Habitat qui a fondé le projet. Les étiquettes [K] de la documentation
 * du domaine (texte à vérifier sur Légifrance) sont rappelées dans la Javadoc de chaque constante.
 */
public final class References {

  private References() {}

  /** Intitulé du Code de la construction et de l'habitation. */
  public static final String CCH = "CCH";

  /** Intitulé de la convention fondatrice. */
  public static final String CONVENTION = "Convention Ornex – Alliade Habitat";

  /** L.441-1 CCH : attributions, réservations, flux, objectifs (25 %, premier quartile, QPV). */
  public static final Reference CCH_L441_1 = Reference.of(CCH, "L.441-1");

  /** L.441-1 CCH, alinéa des publics prioritaires (25 % des attributions de chaque réservataire). [K] */
  public static final Reference CCH_L441_1_PRIORITAIRES = CCH_L441_1.withAlinea("alinéas sur les publics prioritaires");

  /** L.441-1 CCH, 25 % des attributions hors QPV au premier quartile. */
  public static final Reference CCH_L441_1_QUARTILE = CCH_L441_1.withAlinea("24e et 25e alinéas (premier quartile)");

  /** L.441-1 CCH, 50 % des attributions en QPV aux quartiles 2 à 4 (taux par défaut de la CIA). [K] */
  public static final Reference CCH_L441_1_QPV = CCH_L441_1.withAlinea("alinéa sur les attributions en QPV");

  /** R.441-5 CCH : la convention, le flux annuel, les déductions (mutations, relogements). */
  public static final Reference CCH_R441_5 = Reference.of(CCH, "R.441-5");

  /** R.441-5-1 CCH : le bilan annuel avant le 28 février. */
  public static final Reference CCH_R441_5_1 = Reference.of(CCH, "R.441-5-1").withLegiarti("LEGIARTI000041612753");

  /** R.441-5-2 CCH, I : la part du préfet, au plus 30 % du flux dont au plus 5 % pour les agents. */
  public static final Reference CCH_R441_5_2_I = Reference.of(CCH, "R.441-5-2").withAlinea("I");

  /** R.441-5-2 CCH, II : uniformité par commune et au moins 30 % hors QPV. */
  public static final Reference CCH_R441_5_2_II = Reference.of(CCH, "R.441-5-2").withAlinea("II");

  /** R.441-3 CCH : trois candidats par logement devant la CALEOL. */
  public static final Reference CCH_R441_3 = Reference.of(CCH, "R.441-3");

  /** R.441-6 CCH : durée des droits issus des garanties d'emprunt, prorogés de 5 ans. */
  public static final Reference CCH_R441_6 = Reference.of(CCH, "R.441-6");

  /** Ancien R.441-5 CCH : plafond global de 20 % des logements d'un programme garanti. [K] */
  public static final Reference CCH_R441_5_GARANTIES = Reference.of(CCH, "R.441-5").withAlinea("rédaction antérieure à 2020, plafond de 20 % des garanties");

  /** L.443-7 CCH : vente de logements sociaux. */
  public static final Reference CCH_L443_7 = Reference.of(CCH, "L.443-7");

  /** Décret n° 2020-145 du 20 février 2020 relatif à la gestion en flux. */
  public static final Reference DECRET_2020_145 =
      Reference.of("Décret n° 2020-145 du 20 février 2020", "2").withUrl("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000041610169");

  /** Code du travail L.3133-1 : les onze jours fériés. */
  public static final Reference CODE_TRAVAIL_L3133_1 = Reference.of("Code du travail", "L.3133-1");

  /** Code du travail L.3134-13 : Vendredi saint et 26 décembre en Alsace-Moselle. */
  public static final Reference CODE_TRAVAIL_L3134_13 = Reference.of("Code du travail", "L.3134-13");

  /** Décret n° 83-1003 : commémoration de l'abolition de l'esclavage outre-mer. */
  public static final Reference DECRET_83_1003 = Reference.of("Décret n° 83-1003 du 23 novembre 1983", "1");

  /** Code de procédure civile 641-642 : report d'un délai expirant un jour non ouvré (par analogie). [K] */
  public static final Reference CPC_642 = Reference.of("Code de procédure civile", "642");

  /** Arrêté du 5 janvier 2010 : format de la collecte RPLS. */
  public static final Reference ARRETE_RPLS = Reference.of("Arrêté du 5 janvier 2010 (RPLS)", "3");

  /** Arrêté du 17 septembre 2012 : enregistrement de l'attribution dans le SNE. */
  public static final Reference ARRETE_SNE = Reference.of("Arrêté du 17 septembre 2012 (SNE)", "1");

  /** Convention, préambule. */
  public static final Reference CONVENTION_PREAMBULE = Reference.of(CONVENTION, "préambule");

  /** Convention, art. 1 : le cadre territorial. */
  public static final Reference CONVENTION_ART_1 = Reference.of(CONVENTION, "1");

  /** Convention, art. 2 : l'assiette et les sorties du patrimoine. */
  public static final Reference CONVENTION_ART_2 = Reference.of(CONVENTION, "2");

  /** Convention, art. 3 : l'état du stock de logements réservés. */
  public static final Reference CONVENTION_ART_3 = Reference.of(CONVENTION, "3");

  /** Convention, art. 4.1 : le flux annuel prévisionnel. */
  public static final Reference CONVENTION_ART_4_1 = Reference.of(CONVENTION, "4.1");

  /** Convention, art. 4.2 : la qualification du flux (équité). */
  public static final Reference CONVENTION_ART_4_2 = Reference.of(CONVENTION, "4.2");

  /** Convention, art. 5 : les modes de gestion et les obligations d'attribution. */
  public static final Reference CONVENTION_ART_5 = Reference.of(CONVENTION, "5");

  /** Convention, art. 5.1 : la gestion directe (trois candidats). */
  public static final Reference CONVENTION_ART_5_1 = Reference.of(CONVENTION, "5.1");

  /** Convention, art. 5.2 : la gestion déléguée. */
  public static final Reference CONVENTION_ART_5_2 = Reference.of(CONVENTION, "5.2");

  /** Convention, art. 5.3 : les programmes neufs. */
  public static final Reference CONVENTION_ART_5_3 = Reference.of(CONVENTION, "5.3");

  /** Convention, art. 5.4 : les programmes NPNRU. */
  public static final Reference CONVENTION_ART_5_4 = Reference.of(CONVENTION, "5.4");

  /** Convention, art. 6 : le taux, le tableau des délais et le bilan. */
  public static final Reference CONVENTION_ART_6 = Reference.of(CONVENTION, "6");

  /** Convention, art. 6, tableau des délais. */
  public static final Reference CONVENTION_ART_6_TABLEAU = CONVENTION_ART_6.withAlinea("tableau des délais");

  /** Convention, art. 7 : durée et actualisation. */
  public static final Reference CONVENTION_ART_7 = Reference.of(CONVENTION, "7");

  /** Convention, annexe par commune. */
  public static final Reference CONVENTION_ANNEXE = Reference.of(CONVENTION, "annexe");

  /** Toutes les références du catalogue. */
  public static List<Reference> toutes() {
    return List.of(
        CCH_L441_1, CCH_L441_1_PRIORITAIRES, CCH_L441_1_QUARTILE, CCH_L441_1_QPV, CCH_R441_5,
        CCH_R441_5_1, CCH_R441_5_2_I, CCH_R441_5_2_II, CCH_R441_3, CCH_R441_6, CCH_R441_5_GARANTIES,
        CCH_L443_7, DECRET_2020_145, CODE_TRAVAIL_L3133_1, CODE_TRAVAIL_L3134_13, DECRET_83_1003,
        CPC_642, ARRETE_RPLS, ARRETE_SNE, CONVENTION_PREAMBULE, CONVENTION_ART_1, CONVENTION_ART_2,
        CONVENTION_ART_3, CONVENTION_ART_4_1, CONVENTION_ART_4_2, CONVENTION_ART_5,
        CONVENTION_ART_5_1, CONVENTION_ART_5_2, CONVENTION_ART_5_3, CONVENTION_ART_5_4,
        CONVENTION_ART_6, CONVENTION_ART_6_TABLEAU, CONVENTION_ART_7, CONVENTION_ANNEXE);
  }
}
