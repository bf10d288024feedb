package fr.fluxlogement.rules.assiette;

import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import java.util.List;
import java.util.Optional;

/**
 * Les catégories de logements exclus de l'assiette du flux (convention art. 2, 5.3 et 5.4 ;
 * R.441-5 I et L.441-1 CCH). Chaque logement exclu l'est pour un seul motif : le premier qui
 * s'applique dans l'ordre de déclaration, de sorte que les catégories partitionnent le parc exclu.
 */
public enum MotifExclusion {
  /** Logements financés en PLI (RPLS financement PLI), hors du champ de L.441-1. */
  PLI("logements PLI", References.CLAUSE_ASSIETTE, References.CCH_L441_1),
  /** Logements-foyers et logements loués à des associations (RPLS MODE 4). */
  FOYER_OU_ASSOCIATION("logements-foyers et logements loués à des associations", References.CLAUSE_ASSIETTE, References.CCH_L441_1),
  /** Réservations défense nationale, sécurité intérieure, établissements publics de santé. */
  RESERVATION_STOCK("réservations défense, sécurité intérieure et santé (gérées en stock)", References.CLAUSE_ASSIETTE, References.CCH_R441_5),
  /** Logements mis en vente (L.443-7). */
  VENTE("logements en vente (L.443-7)", References.CLAUSE_ASSIETTE, References.CCH_L443_7),
  /** Logements destinés à la démolition. */
  DEMOLITION("logements destinés à la démolition", References.CLAUSE_ASSIETTE, References.CCH_R441_5),
  /** Logements neufs destinés au relogement NPNRU : exclus du flux (art. 5.4). */
  NEUF_NPNRU("logements neufs NPNRU", References.CLAUSE_NPNRU, References.CCH_R441_5),
  /** Programmes neufs dans leur année de première mise en location : gérés en stock (art. 5.3). */
  PREMIERE_MISE_EN_LOCATION("programmes neufs en première mise en location", References.CLAUSE_PROGRAMMES_NEUFS, References.CCH_R441_5);

  private final String libelle;
  private final List<Reference> references;

  MotifExclusion(String libelle, Reference... references) {
    this.libelle = libelle;
    this.references = List.of(references);
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** Les articles qui fondent l'exclusion. */
  public List<Reference> references() {
    return references;
  }

  /**
   * Le motif d'exclusion d'un logement pour l'assiette de l'année {@code annee}, vide s'il est
   * retenu. Un logement mis en location en {@code annee} ou après est en première mise en location ;
   * il rejoint l'assiette l'année suivante (art. 5.3).
   */
  public static Optional<MotifExclusion> de(Logement l, int annee) {
    if (l.isPli()) {
      return Optional.of(PLI);
    }
    if (l.logementFoyer() || l.modeOccupation() == ModeOccupation.ASSOCIATION) {
      return Optional.of(FOYER_OU_ASSOCIATION);
    }
    if (l.reservationStock().isPresent()) {
      return Optional.of(RESERVATION_STOCK);
    }
    if (l.enVente()) {
      return Optional.of(VENTE);
    }
    if (l.aDemolir()) {
      return Optional.of(DEMOLITION);
    }
    if (l.neufNpnru()) {
      return Optional.of(NEUF_NPNRU);
    }
    boolean premiere = (l.anneeMiseEnLocation().isPresent() && l.anneeMiseEnLocation().getAsInt() >= annee)
        || l.dateMiseEnService().map(d -> d.getYear() >= annee).orElse(false);
    return premiere ? Optional.of(PREMIERE_MISE_EN_LOCATION) : Optional.empty();
  }
}
