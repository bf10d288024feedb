package fr.fluxlogement.rules.delais;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.evenement.TypeDecision;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Un événement daté du processus de proposition d'un logement (convention art. 5.1 et tableau de
 * l'art. 6). Famille scellée : chaque cas porte ce que l'événement dit.
 */
public sealed interface EvenementProposition {

  /** La date de l'événement. */
  LocalDate date();

  /** Le nom français de l'événement. */
  String libelle();

  /**
   * L'offre du logement transmise au réservataire.
   *
   * @param date la date
   * @param reservataire le réservataire destinataire
   */
  record OffreTransmise(LocalDate date, Reservataire reservataire) implements EvenementProposition {
    /** Valide. */
    public OffreTransmise {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reservataire, "reservataire");
    }

    @Override
    public String libelle() {
      return "offre transmise à " + reservataire.libelle();
    }
  }

  /**
   * Des candidats proposés par le réservataire.
   *
   * @param date la date
   * @param nombre le nombre de candidats (0 ou plus)
   * @param exception l'exception de R.441-3 qui dispense de trois candidats, s'il y en a une : une
   *     seule candidature suffit alors
   */
  record CandidatsProposes(LocalDate date, int nombre, Optional<ExceptionTroisCandidats> exception) implements EvenementProposition {
    /** Valide. */
    public CandidatsProposes {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(exception, "exception");
      if (nombre < 0) {
        throw new IllegalArgumentException("nombre de candidats négatif");
      }
    }

    /**
     * Des candidats proposés, sans exception à la règle des trois candidats.
     *
     * @param date la date
     * @param nombre le nombre de candidats (0 ou plus)
     */
    public CandidatsProposes(LocalDate date, int nombre) {
      this(date, nombre, Optional.empty());
    }

    @Override
    public String libelle() {
      return nombre + " candidat(s) proposé(s)" + exception.map(e -> " (" + e.libelle() + ")").orElse("");
    }
  }

  /**
   * La liste complétée par le bailleur à partir du fichier de la demande (art. 6, non-proposition
   * de trois candidats).
   *
   * @param date la date
   * @param ajoutes le nombre de candidats ajoutés
   */
  record ListeCompletee(LocalDate date, int ajoutes) implements EvenementProposition {
    /** Valide. */
    public ListeCompletee {
      Objects.requireNonNull(date, "date");
      if (ajoutes <= 0) {
        throw new IllegalArgumentException("une liste complétée ajoute au moins un candidat");
      }
    }

    @Override
    public String libelle() {
      return "liste complétée par le bailleur (" + ajoutes + ")";
    }
  }

  /**
   * Le réservataire informe le bailleur qu'il ne peut désigner personne.
   *
   * @param date la date
   */
  record ImpossibiliteNotifiee(LocalDate date) implements EvenementProposition {
    /** Valide. */
    public ImpossibiliteNotifiee {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String libelle() {
      return "impossibilité de désigner notifiée";
    }
  }

  /**
   * Le bailleur recherche lui-même des candidats pour le compte de la collectivité (art. 6).
   *
   * @param date la date
   * @param compteePourReservataire l'attribution comptera-t-elle pour le réservataire (au choix du
   *     bailleur, selon l'avancement de ses objectifs) ?
   */
  record RechercheParLeBailleur(LocalDate date, boolean compteePourReservataire) implements EvenementProposition {
    /** Valide. */
    public RechercheParLeBailleur {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String libelle() {
      return "recherche de candidats par le bailleur" + (compteePourReservataire ? " (comptée pour le réservataire)" : "");
    }
  }

  /**
   * Le bailleur reprend le logement pour son propre compte (art. 6).
   *
   * @param date la date
   */
  record LogementRepris(LocalDate date) implements EvenementProposition {
    /** Valide. */
    public LogementRepris {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String libelle() {
      return "logement repris par le bailleur";
    }
  }

  /**
   * La décision de la CALEOL (R.441-3).
   *
   * @param date la date
   * @param decision la décision
   */
  record DecisionCaleol(LocalDate date, TypeDecision decision) implements EvenementProposition {
    /** Valide. */
    public DecisionCaleol {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public String libelle() {
      return "décision de la CALEOL : " + decision.libelle();
    }
  }

  /**
   * La signature du bail.
   *
   * @param date la date
   */
  record BailSigne(LocalDate date) implements EvenementProposition {
    /** Valide. */
    public BailSigne {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String libelle() {
      return "bail signé";
    }
  }
}
