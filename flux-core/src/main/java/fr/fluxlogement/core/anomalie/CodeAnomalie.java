package fr.fluxlogement.core.anomalie;

/**
 * Les codes stables des anomalies : une partie de l'API publique, qu'un intégrateur peut tester.
 * Un code n'est jamais renommé ni réutilisé pour un autre sens.
 */
public enum CodeAnomalie {
  /** Un champ obligatoire est absent ou vide. */
  CHAMP_MANQUANT("champ obligatoire manquant"),
  /** Un champ n'a pas la forme attendue (nombre, date, code INSEE…). */
  FORMAT_INVALIDE("format invalide"),
  /** Un code n'appartient pas à la nomenclature (RPLS, SNE…). */
  CODE_INCONNU("code inconnu"),
  /** Une quantité est négative. */
  NOMBRE_NEGATIF("nombre négatif"),
  /** Une quantité dépasse la capacité du calcul. */
  DEBORDEMENT("quantité trop grande"),
  /** Une ligne n'a pas le nombre de champs attendu. */
  NOMBRE_DE_CHAMPS("nombre de champs inattendu"),
  /** Un en-tête de fichier ne permet pas de reconnaître les colonnes obligatoires. */
  ENTETE_INVALIDE("en-tête invalide"),
  /** Une date est incohérente (fin avant début, hors de l'année…). */
  DATE_INCOHERENTE("date incohérente"),
  /** Les déductions (mutations, relogements) dépassent les libérations prévues. */
  DEDUCTIONS_SUPERIEURES_AUX_LIBERATIONS("déductions supérieures aux libérations"),
  /** Les taux des réservataires somment à plus de 100 %. */
  TAUX_SUPERIEURS_A_100("taux supérieurs à 100 %"),
  /** Les quotités des garants d'un prêt dépassent 100 %. */
  QUOTITES_SUPERIEURES_A_100("quotités supérieures à 100 %"),
  /** Un droit porte sur un logement ou un programme inconnu. */
  REFERENCE_INCONNUE("référence à un objet inconnu"),
  /** Une année de taux de rotation manque. */
  ROTATION_MANQUANTE("taux de rotation manquant"),
  /** Un paramètre n'a pas de valeur à la date demandée. */
  PARAMETRE_MANQUANT("paramètre sans valeur à cette date"),
  /** Les droits réservés dépassent l'assiette. */
  DROITS_SUPERIEURS_A_ASSIETTE("droits supérieurs à l'assiette"),
  /** La part du préfet dépasse 30 % du flux (R.441-5-2 I). */
  PLAFOND_PREFET_DEPASSE("part du préfet supérieure à 30 % du flux"),
  /** La part des agents publics dépasse 5 % du flux (R.441-5-2 I). */
  PLAFOND_AGENTS_DEPASSE("part des agents publics supérieure à 5 % du flux"),
  /** Une dérogation aux plafonds du préfet dépasse un an, ou sa période est vide (R.441-5-2 I). */
  DEROGATION_INVALIDE("dérogation aux plafonds du préfet invalide"),
  /** Un événement arrive dans un ordre impossible (bail avant la CALEOL…). */
  TRANSITION_IMPOSSIBLE("événement impossible dans cet état"),
  /** Un événement arrive après son délai. */
  HORS_DELAI("événement hors délai"),
  /** Une attribution ne trouve pas de seuil de premier quartile pour son EPCI et son année. */
  SEUIL_QUARTILE_MANQUANT("seuil du premier quartile inconnu"),
  /** Le bilan est envoyé le 28 février ou après (R.441-5-1). */
  BILAN_TARDIF("bilan envoyé hors délai"),
  /** Un identifiant apparaît deux fois. */
  DOUBLON("identifiant répété"),
  /** Une valeur est hors de son domaine (taux au-delà de 100 %, etc.). */
  HORS_DOMAINE("valeur hors de son domaine"),
  /** Un droit de réservation ne dit ni son programme ni sa commune : il ne peut être situé. */
  DROIT_SANS_TERRITOIRE("droit de réservation sans territoire"),
  /** Un réservataire détient des droits sur le territoire sans convention déclarée dans l'exercice. */
  CONVENTION_ABSENTE("réservataire sans convention"),
  /** La part du préfet hors QPV est sous son minimum (R.441-5-2 II) : des logements hors QPV lui manquent. */
  PREFET_HORS_QPV_MENACE("part du préfet hors QPV sous le minimum"),
  /**
   * Dans une commune, les logements orientés vers le préfet s'écartent de ce que son taux, le même dans
   * tout le département (R.441-5-2 II), donne sur les logements libérés de la commune.
   */
  ECART_PART_PREFET("part du préfet dans une commune écartée de son taux départemental");

  private final String libelle;

  CodeAnomalie(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français du code. */
  public String libelle() {
    return libelle;
  }
}
