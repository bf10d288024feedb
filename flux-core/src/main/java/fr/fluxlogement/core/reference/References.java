package fr.fluxlogement.core.reference;

import java.util.List;

/**
 * Le catalogue des références qu'utilise la bibliothèque : textes nationaux, et clauses de
 * convention citées par leur sujet ({@link Clause}), que chaque convention résout en son propre
 * titre et son propre article. L'étiquette [K] signale un texte dont la rédaction citée reste à
 * vérifier sur Légifrance.
 */
public final class References {

  private References() {}

  /** Intitulé du Code de la construction et de l'habitation. */
  public static final String CCH = "CCH";

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

  /**
   * Arrêté du 5 janvier 2010, colonne {@code DEPCOM} : la commune par son code du code officiel
   * géographique de l'INSEE, dont les deux ou trois premiers caractères sont le département.
   */
  public static final Reference ARRETE_RPLS_DEPCOM = ARRETE_RPLS.withAlinea("colonne DEPCOM, code officiel géographique");

  /**
   * Code de commerce R.123-220 : le répertoire SIRENE tenu par l'INSEE, qui attribue le numéro
   * SIREN (9 chiffres, le dernier clé de contrôle de Luhn) des personnes morales, dont les EPCI et
   * les bailleurs sociaux. [K]
   */
  public static final Reference CODE_COMMERCE_R123_220 = Reference.of("Code de commerce", "R.123-220");

  /** L.441-2-1 CCH : l'enregistrement de la demande de logement social et son numéro unique. */
  public static final Reference CCH_L441_2_1 = Reference.of(CCH, "L.441-2-1");

  /** Arrêté du 17 septembre 2012 : enregistrement de l'attribution dans le SNE. */
  public static final Reference ARRETE_SNE = Reference.of("Arrêté du 17 septembre 2012 (SNE)", "1");

  /** La clause du préambule (parties, textes visés). */
  public static final Reference CLAUSE_PREAMBULE = Reference.clause(Clause.PREAMBULE);

  /** La clause du cadre territorial. */
  public static final Reference CLAUSE_CADRE_TERRITORIAL = Reference.clause(Clause.CADRE_TERRITORIAL);

  /** La clause de l'assiette et des sorties du patrimoine. */
  public static final Reference CLAUSE_ASSIETTE = Reference.clause(Clause.ASSIETTE);

  /** La clause de l'état du stock de logements réservés. */
  public static final Reference CLAUSE_ETAT_DES_DROITS = Reference.clause(Clause.ETAT_DES_DROITS);

  /** La clause du flux annuel prévisionnel. */
  public static final Reference CLAUSE_FLUX_ANNUEL = Reference.clause(Clause.FLUX_ANNUEL);

  /** La clause de la qualification du flux (équité). */
  public static final Reference CLAUSE_QUALIFICATION = Reference.clause(Clause.QUALIFICATION_DU_FLUX);

  /** La clause des modes de gestion et des obligations d'attribution. */
  public static final Reference CLAUSE_GESTION = Reference.clause(Clause.MODES_DE_GESTION);

  /** La clause de la gestion directe (trois candidats). */
  public static final Reference CLAUSE_GESTION_DIRECTE = Reference.clause(Clause.GESTION_DIRECTE);

  /** La clause de la gestion déléguée. */
  public static final Reference CLAUSE_GESTION_DELEGUEE = Reference.clause(Clause.GESTION_DELEGUEE);

  /** La clause des programmes neufs. */
  public static final Reference CLAUSE_PROGRAMMES_NEUFS = Reference.clause(Clause.PROGRAMMES_NEUFS);

  /** La clause des programmes NPNRU. */
  public static final Reference CLAUSE_NPNRU = Reference.clause(Clause.PROGRAMMES_NPNRU);

  /** La clause des engagements : le taux, le suivi et le bilan. */
  public static final Reference CLAUSE_ENGAGEMENTS = Reference.clause(Clause.ENGAGEMENTS);

  /** La clause du tableau des délais. */
  public static final Reference CLAUSE_DELAIS = Reference.clause(Clause.TABLEAU_DES_DELAIS).withAlinea("tableau des délais");

  /** La clause de la durée et de l'actualisation. */
  public static final Reference CLAUSE_DUREE = Reference.clause(Clause.DUREE);

  /** La clause de l'annexe territoriale. */
  public static final Reference CLAUSE_ANNEXE = Reference.clause(Clause.ANNEXE);

  /** Toutes les références du catalogue. */
  public static List<Reference> toutes() {
    return List.of(
        CCH_L441_1, CCH_L441_1_PRIORITAIRES, CCH_L441_1_QUARTILE, CCH_L441_1_QPV, CCH_R441_5,
        CCH_R441_5_1, CCH_R441_5_2_I, CCH_R441_5_2_II, CCH_R441_3, CCH_R441_6, CCH_R441_5_GARANTIES,
        CCH_L443_7, DECRET_2020_145, CODE_TRAVAIL_L3133_1, CODE_TRAVAIL_L3134_13, DECRET_83_1003,
        CPC_642, ARRETE_RPLS, ARRETE_RPLS_DEPCOM, CODE_COMMERCE_R123_220, CCH_L441_2_1, ARRETE_SNE, CLAUSE_PREAMBULE, CLAUSE_CADRE_TERRITORIAL, CLAUSE_ASSIETTE,
        CLAUSE_ETAT_DES_DROITS, CLAUSE_FLUX_ANNUEL, CLAUSE_QUALIFICATION, CLAUSE_GESTION,
        CLAUSE_GESTION_DIRECTE, CLAUSE_GESTION_DELEGUEE, CLAUSE_PROGRAMMES_NEUFS, CLAUSE_NPNRU,
        CLAUSE_ENGAGEMENTS, CLAUSE_DELAIS, CLAUSE_DUREE, CLAUSE_ANNEXE);
  }
}
