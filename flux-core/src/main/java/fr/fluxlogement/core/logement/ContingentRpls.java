package fr.fluxlogement.core.logement;

import java.util.Optional;

/**
 * Le contingent de réservation d'un logement géré en stock (RPLS {@code CONTRESLOG}, champ 63) :
 * l'étiquette historique qui amorce la conversion du stock en flux (décret n° 2020-145, art. 2 II).
 */
public enum ContingentRpls {
  /** 1 : État, fonctionnaires et agents publics. */
  ETAT_AGENTS("1", "État – agents publics"),
  /** 2 : État, ménages prioritaires de L.441-1. */
  ETAT_PRIORITAIRES("2", "État – prioritaires"),
  /** 3 : employeurs, Action Logement. */
  ACTION_LOGEMENT("3", "Action Logement"),
  /** 4 : collectivités territoriales, leurs établissements publics et EPCI. */
  COLLECTIVITES("4", "collectivités territoriales"),
  /** 5 : réservations conventionnelles de l'État pour ses fonctionnaires. */
  ETAT_CONVENTIONNEL("5", "État – réservations conventionnelles"),
  /** 6 : autres réservataires (CAF, MSA…). */
  AUTRES("6", "autres réservataires"),
  /** 7 : non réservé. */
  NON_RESERVE("7", "non réservé");

  private final String code;
  private final String libelle;

  ContingentRpls(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Le code RPLS. */
  public String code() {
    return code;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** Le contingent d'un code RPLS, vide s'il est inconnu. */
  public static Optional<ContingentRpls> fromCode(String code) {
    for (ContingentRpls c : values()) {
      if (c.code.equals(code == null ? null : code.strip())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
