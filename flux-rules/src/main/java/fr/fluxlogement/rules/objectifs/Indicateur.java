package fr.fluxlogement.rules.objectifs;

import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import java.util.List;

/** Les trois objectifs réglementaires d'attribution (convention art. 5 ; CCH L.441-1). */
public enum Indicateur {
  /** Au moins 25 % des attributions d'un contingent aux ménages prioritaires (DALO d'abord). */
  PRIORITAIRES("attributions aux ménages prioritaires (dont DALO)", Parametres.OBJECTIF_PRIORITAIRES,
      References.CLAUSE_GESTION, References.CCH_L441_1_PRIORITAIRES),
  /** Au moins 25 % des attributions hors QPV suivies d'un bail au premier quartile (ou relogés ANRU/ORCOD). */
  Q1_HORS_QPV("attributions hors QPV au premier quartile ou relogés ANRU/ORCOD", Parametres.OBJECTIF_Q1_HORS_QPV,
      References.CLAUSE_GESTION, References.CCH_L441_1_QUARTILE),
  /** Au moins 50 % des attributions en QPV aux quartiles 2 à 4 (ou le taux de la CIA). */
  Q2_Q4_EN_QPV("attributions en QPV aux quartiles 2 à 4", Parametres.OBJECTIF_Q2_Q4_EN_QPV,
      References.CLAUSE_GESTION, References.CCH_L441_1_QPV);

  private final String libelle;
  private final Parametre<Taux> cible;
  private final List<Reference> references;

  Indicateur(String libelle, Parametre<Taux> cible, Reference... references) {
    this.libelle = libelle;
    this.cible = cible;
    this.references = List.of(references);
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** Le paramètre de la cible. */
  public Parametre<Taux> cible() {
    return cible;
  }

  /** Les textes qui fondent l'objectif. */
  public List<Reference> references() {
    return references;
  }
}
