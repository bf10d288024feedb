package fr.fluxlogement.rules.delais;

/** Les états du processus de proposition d'un logement libéré. */
public enum EtatProposition {
  /** Libéré ; l'offre n'est pas encore transmise. */
  A_TRANSMETTRE("offre à transmettre"),
  /** Offre transmise ; candidats attendus. */
  ATTENTE_CANDIDATS("candidats attendus"),
  /** Moins de candidats que requis ; le bailleur peut compléter la liste. */
  LISTE_INCOMPLETE("liste incomplète"),
  /** Impossibilité notifiée ; le bailleur choisit entre rechercher et reprendre. */
  IMPOSSIBILITE("impossibilité notifiée"),
  /** Candidats au complet ; passage en CALEOL attendu. */
  ATTENTE_CALEOL("passage en CALEOL attendu"),
  /** Attribué en CALEOL ; bail attendu. */
  ATTRIBUE("attribué, bail attendu"),
  /** Refus ou irrecevabilité en CALEOL : de nouveaux candidats sont attendus. */
  REFUSE("refusé en CALEOL"),
  /** Bail signé : fin du processus. */
  BAIL_SIGNE("bail signé");

  private final String libelle;

  EtatProposition(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }
}
