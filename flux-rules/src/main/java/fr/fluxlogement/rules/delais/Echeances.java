package fr.fluxlogement.rules.delais;

import fr.fluxlogement.core.evenement.TypeLiberation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Les échéances d'un logement libéré selon le tableau de l'article 6 de la convention.
 *
 * @param type la colonne du tableau (préavis d'un mois, de trois mois, parc neuf)
 * @param information la transmission des éléments sur le logement au réservataire
 * @param transmission la date de transmission retenue (réelle si connue, sinon l'échéance
 *     d'information)
 * @param candidats la proposition des trois candidats
 * @param impossibilite l'information du bailleur de l'impossibilité de désigner
 */
public record Echeances(
    TypeLiberation type, Echeance information, LocalDate transmission, Echeance candidats, Echeance impossibilite) {

  /** Valide. */
  public Echeances {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(information, "information");
    Objects.requireNonNull(transmission, "transmission");
    Objects.requireNonNull(candidats, "candidats");
    Objects.requireNonNull(impossibilite, "impossibilite");
  }
}
