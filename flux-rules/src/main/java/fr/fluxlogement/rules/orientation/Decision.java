package fr.fluxlogement.rules.orientation;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.reference.References;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * La décision d'orientation d'un logement : à qui il est offert, la contrainte qui a décidé, et
 * pour chaque partie son déficit avant et après (part due {@code t × k} moins logements reçus) et
 * son éligibilité au quota. L'explication se construit à la demande.
 *
 * @param logement le logement orienté
 * @param rang le rang k du logement dans l'année (à partir de 1)
 * @param reservataire la partie qui reçoit l'offre
 * @param contrainte la contrainte qui a décidé
 * @param candidats chaque partie, son déficit et son éligibilité
 * @param etat l'état après la décision
 * @param alerte en orientation logement par logement, l'avertissement {@code PREFET_HORS_QPV_MENACE}
 *     quand la décision laisse le préfet plus loin sous son minimum hors QPV (R.441-5-2 II), avec le
 *     nombre de logements hors QPV qui lui manquent
 */
public record Decision(
    Logement logement, long rang, Reservataire reservataire, Contrainte contrainte, List<Candidat> candidats, EtatOrientation etat,
    java.util.Optional<fr.fluxlogement.core.anomalie.Anomalie> alerte) {

  /** Une décision sans alerte. */
  public Decision(Logement logement, long rang, Reservataire reservataire, Contrainte contrainte, List<Candidat> candidats,
      EtatOrientation etat) {
    this(logement, rang, reservataire, contrainte, candidats, etat, java.util.Optional.empty());
  }

  /** Fige. */
  public Decision {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(reservataire, "reservataire");
    Objects.requireNonNull(contrainte, "contrainte");
    candidats = List.copyOf(candidats);
    Objects.requireNonNull(etat, "etat");
    Objects.requireNonNull(alerte, "alerte");
  }

  /**
   * Une partie face à un logement.
   *
   * @param partie la partie
   * @param eligible vrai si la partie pouvait recevoir le logement sans dépasser son quota
   * @param deficitAvant {@code t × (k − 1) − reçus} avant la décision
   * @param deficitApres {@code t × k − reçus} après la décision
   */
  public record Candidat(Reservataire partie, boolean eligible, Fraction deficitAvant, Fraction deficitApres) {}

  /** L'explication de la décision. */
  public Explication explication() {
    List<Explication> enfants = new ArrayList<>();
    for (Candidat c : candidats) {
      enfants.add(Explication.donnee(c.partie().libelle() + (c.partie().equals(reservataire) ? " (retenu)" : "")
          + (c.eligible() ? "" : " (hors quota)"), "déficit " + c.deficitAvant().toDecimalFrancais(3) + " → " + c.deficitApres().toDecimalFrancais(3)));
    }
    return Explication.of("orientation du logement " + logement.identifiant() + " (n° " + rang + " de l'année)", reservataire.libelle(),
        "décidé par : " + contrainte.libelle(), List.of(References.CLAUSE_QUALIFICATION, References.CLAUSE_GESTION, References.CCH_R441_5_2_II),
        enfants);
  }
}
