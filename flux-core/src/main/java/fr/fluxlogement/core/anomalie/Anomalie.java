package fr.fluxlogement.core.anomalie;

import fr.fluxlogement.core.reference.Reference;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Un problème dans des données externes (une ligne de fichier, un dossier de cas, un ensemble de
 * données fourni par l'appelant) ou un point de non-conformité à signaler. Jamais une exception :
 * les anomalies s'accumulent et reviennent toutes ensemble.
 *
 * @param code le code stable
 * @param chemin le chemin du champ en cause, par exemple {@code "droits[3].quantite"} ou {@code
 *     "MODE"}
 * @param ligne le numéro de ligne (à partir de 1) pour un fichier
 * @param message le message français
 * @param reference le texte qui exige la donnée ou la règle, s'il y en a un
 * @param gravite erreur (donnée rejetée) ou avertissement
 */
public record Anomalie(
    CodeAnomalie code,
    String chemin,
    OptionalLong ligne,
    String message,
    Optional<Reference> reference,
    Gravite gravite) {

  /** Valide l'anomalie. */
  public Anomalie {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(chemin, "chemin");
    Objects.requireNonNull(ligne, "ligne");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(gravite, "gravite");
  }

  /** Une erreur sur un champ. */
  public static Anomalie erreur(CodeAnomalie code, String chemin, String message) {
    return new Anomalie(code, chemin, OptionalLong.empty(), message, Optional.empty(), Gravite.ERREUR);
  }

  /** Une erreur sur un champ, avec sa référence. */
  public static Anomalie erreur(CodeAnomalie code, String chemin, String message, Reference reference) {
    return new Anomalie(code, chemin, OptionalLong.empty(), message, Optional.of(reference), Gravite.ERREUR);
  }

  /** Un avertissement, avec sa référence. */
  public static Anomalie avertissement(CodeAnomalie code, String chemin, String message, Reference reference) {
    return new Anomalie(code, chemin, OptionalLong.empty(), message, Optional.of(reference), Gravite.AVERTISSEMENT);
  }

  /** La même anomalie, située à une ligne de fichier. */
  public Anomalie aLaLigne(long numero) {
    return new Anomalie(code, chemin, OptionalLong.of(numero), message, reference, gravite);
  }

  /** La même anomalie, son chemin préfixé ({@code "droits[2]"} + {@code "quantite"}). */
  public Anomalie sous(String prefixe) {
    return new Anomalie(code, chemin.isEmpty() ? prefixe : prefixe + "." + chemin, ligne, message, reference, gravite);
  }

  /**
   * La même anomalie, sa référence passée par une fonction (résolution d'une clause dans le texte
   * d'une convention).
   *
   * @param resolution la fonction appliquée à la référence
   * @return l'anomalie à la référence résolue
   */
  public Anomalie resoudre(java.util.function.UnaryOperator<Reference> resolution) {
    Objects.requireNonNull(resolution, "resolution");
    return new Anomalie(code, chemin, ligne, message, reference.map(resolution), gravite);
  }

  /** Vrai pour une erreur. */
  public boolean isErreur() {
    return gravite == Gravite.ERREUR;
  }

  /** Rendu français sur une ligne : {@code "ligne 12, MODE : code inconnu « 7 » [CODE_INCONNU]"}. */
  public String toTexte() {
    StringBuilder sb = new StringBuilder();
    if (gravite == Gravite.AVERTISSEMENT) {
      sb.append("avertissement : ");
    }
    ligne.ifPresent(l -> sb.append("ligne ").append(l).append(", "));
    sb.append(chemin.isEmpty() ? "(racine)" : chemin).append(" : ").append(message);
    sb.append(" [").append(code.name()).append(']');
    reference.ifPresent(r -> sb.append(" (").append(r.citation()).append(')'));
    return sb.toString();
  }

  @Override
  public String toString() {
    return toTexte();
  }
}
