package fr.fluxlogement.core.parametre;

import java.time.LocalDate;

/**
 * Levée quand une règle lit un paramètre à une date que sa chronologie ne couvre pas : une erreur
 * de configuration, jamais de données. Les paramètres nationaux couvrent tout le domaine de dates
 * de la bibliothèque ({@link Parametres#DOMAINE_DEBUT} à {@link Parametres#DOMAINE_FIN}).
 */
public final class ParametreManquantException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Le paramètre et la date sans valeur. */
  public ParametreManquantException(Parametre<?> parametre, LocalDate date) {
    super("le paramètre « " + parametre.nom() + " » (" + parametre.libelle() + ") n'a pas de valeur au " + date);
  }
}
