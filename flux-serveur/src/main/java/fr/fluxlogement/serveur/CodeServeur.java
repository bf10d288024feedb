package fr.fluxlogement.serveur;

/**
 * Les codes d'anomalie propres au service HTTP, à côté de ceux du domaine ({@code CodeAnomalie}) que
 * rendent la lecture d'un exercice ou d'un dossier de cas. Chacun a son statut HTTP.
 */
public enum CodeServeur {
  /** Le corps de la requête dépasse la taille permise (413). */
  CORPS_TROP_GRAND(413, "corps de requête trop grand"),
  /** Le corps n'est pas arrivé dans le délai permis (408). */
  DELAI_DEPASSE(408, "corps de requête reçu trop lentement"),
  /** Le corps s'arrête avant la longueur annoncée (400). */
  CORPS_TRONQUE(400, "corps de requête tronqué"),
  /** Le corps n'est pas du texte UTF-8 (400). */
  ENCODAGE_INVALIDE(400, "corps de requête hors UTF-8"),
  /** Le corps est vide (400). */
  CORPS_VIDE(400, "corps de requête vide"),
  /** La requête est mal formée au niveau HTTP (400). */
  REQUETE_INVALIDE(400, "requête HTTP invalide"),
  /** Un dossier de cas cite un dossier du disque, ce que le service refuse (400). */
  SECTION_REFUSEE(400, "section refusée par le service"),
  /** Le jeton d'accès manque ou est faux (401). */
  JETON_REFUSE(401, "jeton d'accès absent ou invalide"),
  /** Aucune ressource à ce chemin (404). */
  RESSOURCE_INCONNUE(404, "ressource inconnue"),
  /** La méthode n'est pas permise sur ce chemin (405). */
  METHODE_NON_PERMISE(405, "méthode non permise"),
  /** L'exercice se lit mais ne se calcule pas (422). */
  EXERCICE_NON_CALCULABLE(422, "exercice non calculable"),
  /** Une erreur imprévue du service (500) : aucune donnée n'a été traitée. */
  ERREUR_INTERNE(500, "erreur interne");

  private final int statut;
  private final String libelle;

  CodeServeur(int statut, String libelle) {
    this.statut = statut;
    this.libelle = libelle;
  }

  /**
   * Le statut HTTP de la réponse.
   *
   * @return le statut
   */
  public int statut() {
    return statut;
  }

  /**
   * Le libellé français.
   *
   * @return le libellé
   */
  public String libelle() {
    return libelle;
  }
}
