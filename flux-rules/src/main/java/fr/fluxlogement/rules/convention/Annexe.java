package fr.fluxlogement.rules.convention;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Territoire;
import java.time.LocalDate;
import java.util.Objects;

/**
 * L'annexe territoriale d'une convention : le parc concerné par la gestion en flux au 1er janvier
 * sur le territoire de la convention, l'état des droits du réservataire et sa part, le mode de
 * gestion et l'objectif quantitatif (part du flux annuel et logements dus). Une donnée : le texte
 * français selon le modèle d'annexe de la convention (« Commune : XXXX… »), ses tables et sa page
 * sont rendus par {@code flux-rendu}.
 *
 * @param titre le titre de la convention dont c'est l'annexe
 * @param territoire le territoire de la convention
 * @param nomTerritoire le nom du territoire, par exemple le nom de la commune
 * @param reservataire le réservataire de la convention
 * @param bailleur le nom du bailleur
 * @param dateReference le 1er janvier de référence
 * @param parcConcerne les logements concernés par la gestion en flux (l'assiette du territoire)
 * @param reserves les logements réservés par le réservataire (0 pour le préfet, dont la part est
 *     réglementaire)
 * @param taux la part des logements réservés dans le parc concerné (pour le préfet : sa part du flux)
 * @param modeGestion directe ou déléguée
 * @param partDuFlux la part du flux annuel octroyée au réservataire
 * @param logementsDus les logements dus sur l'année
 * @param illustratif vrai si les chiffres sont illustratifs (exemple), ce que dit le rendu
 */
public record Annexe(
    String titre,
    Territoire territoire,
    String nomTerritoire,
    Reservataire reservataire,
    String bailleur,
    LocalDate dateReference,
    long parcConcerne,
    long reserves,
    Taux taux,
    ModeGestion modeGestion,
    Taux partDuFlux,
    long logementsDus,
    boolean illustratif) {

  /** Valide les champs : aucun n'est {@code null}, les comptes sont positifs ou nuls. */
  public Annexe {
    Objects.requireNonNull(titre, "titre");
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(nomTerritoire, "nomTerritoire");
    Objects.requireNonNull(reservataire, "reservataire");
    Objects.requireNonNull(bailleur, "bailleur");
    Objects.requireNonNull(dateReference, "dateReference");
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(modeGestion, "modeGestion");
    Objects.requireNonNull(partDuFlux, "partDuFlux");
    if (parcConcerne < 0 || reserves < 0 || logementsDus < 0) {
      throw new IllegalArgumentException("compte négatif dans l'annexe");
    }
  }
}
