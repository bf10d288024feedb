package fr.fluxlogement.core.anomalie;

import fr.fluxlogement.core.reference.Reference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Le champ d'où vient un texte externe lu par une méthode {@code parse(String texte, String
 * chemin)} : son chemin (rapporté dans chaque anomalie) et, s'il y en a un, le texte qui fixe la
 * forme de la valeur (le code officiel géographique pour un code de commune…). Il fabrique les
 * anomalies de la lecture, jamais une exception.
 *
 * <p>Convention commune de ces lectures : un texte {@code null}, vide ou blanc est l'anomalie
 * {@link CodeAnomalie#CHAMP_MANQUANT} ; les blancs autour du texte sont ignorés
 * ({@link String#strip()}), aucun autre ajustement n'est fait.
 *
 * @param chemin le chemin du champ, par exemple {@code "commune"} ou {@code "droits[2].taux"} ;
 *     vide pour la racine
 * @param reference le texte qui fixe la forme de la valeur, s'il y en a un
 */
public record Champ(String chemin, Optional<Reference> reference) {

  /** Le nombre de caractères d'un texte cité en clair dans un message ({@link #cite(String)}). */
  public static final int CARACTERES_CITES = 20;

  /**
   * Valide le champ.
   *
   * @throws NullPointerException si le chemin ou la référence est {@code null} (erreur de programmation)
   */
  public Champ {
    Objects.requireNonNull(chemin, "chemin");
    Objects.requireNonNull(reference, "reference");
  }

  /**
   * Un champ sans texte de référence.
   *
   * @param chemin le chemin du champ
   * @return le champ
   */
  public static Champ of(String chemin) {
    return new Champ(chemin, Optional.empty());
  }

  /**
   * Un champ dont la forme est fixée par un texte.
   *
   * @param chemin le chemin du champ
   * @param reference le texte qui fixe la forme de la valeur
   * @return le champ
   */
  public static Champ of(String chemin, Reference reference) {
    return new Champ(chemin, Optional.of(reference));
  }

  /**
   * Une erreur sur ce champ.
   *
   * @param code le code de l'anomalie
   * @param message le message français
   * @return l'anomalie, avec le chemin et la référence du champ
   */
  public Anomalie erreur(CodeAnomalie code, String message) {
    return new Anomalie(code, chemin, OptionalLong.empty(), message, reference, Gravite.ERREUR);
  }

  /**
   * Un avertissement sur ce champ : la valeur est lue, mais mérite l'attention.
   *
   * @param code le code de l'anomalie
   * @param message le message français
   * @return l'anomalie, avec le chemin et la référence du champ
   */
  public Anomalie avertissement(CodeAnomalie code, String message) {
    return new Anomalie(code, chemin, OptionalLong.empty(), message, reference, Gravite.AVERTISSEMENT);
  }

  /**
   * L'échec de la lecture, par une seule erreur sur ce champ.
   *
   * @param <T> le type de la valeur qui n'a pu être lue
   * @param code le code de l'anomalie
   * @param message le message français
   * @return le résultat en échec
   */
  public <T> Resultat<T> echec(CodeAnomalie code, String message) {
    return Resultat.echec(List.of(erreur(code, message)));
  }

  /**
   * Le texte sans ses blancs de tête et de queue, ou l'anomalie {@link CodeAnomalie#CHAMP_MANQUANT}
   * s'il est {@code null}, vide ou blanc.
   *
   * @param texte le texte lu, éventuellement {@code null}
   * @param attendu ce qui était attendu, pour le message ({@code "code INSEE de commune"})
   * @return le texte débarrassé de ses blancs, ou l'échec
   */
  public Resultat<String> texte(String texte, String attendu) {
    if (texte == null || texte.isBlank()) {
      return echec(CodeAnomalie.CHAMP_MANQUANT, "valeur manquante (" + attendu + " attendu)");
    }
    return Resultat.ok(texte.strip());
  }

  /**
   * Le texte cité dans un message : entre guillemets français, ses caractères de contrôle remplacés
   * par {@code ?}, et au-delà de {@value #CARACTERES_CITES} caractères, ses premiers suivis de sa
   * longueur ({@code « 12345678901234567890… » (1000000 caractères)}) : un texte d'un million de
   * caractères ne fait jamais un message d'un million de caractères. À n'employer que pour un code
   * (commune, SIREN, typologie…), jamais pour une donnée personnelle.
   *
   * @param texte le texte à citer
   * @return la citation
   */
  public static String cite(String texte) {
    StringBuilder b = new StringBuilder("« ");
    int n = Math.min(texte.length(), CARACTERES_CITES);
    for (int i = 0; i < n; i++) {
      char c = texte.charAt(i);
      b.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? '?' : c);
    }
    if (texte.length() > CARACTERES_CITES) {
      return b.append("… » (").append(texte.length()).append(" caractères)").toString();
    }
    return b.append(" »").toString();
  }
}
