package fr.fluxlogement.core.territoire;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import java.util.Objects;

/**
 * Une commune, par son code INSEE (COG) à 5 caractères : 2 caractères de département ({@code 01}
 * à {@code 95}, {@code 2A}, {@code 2B}) et 3 chiffres, ou 3 chiffres de département d'outre-mer
 * ({@code 971} à {@code 976}) et 2 chiffres. Colonne RPLS {@code DEPCOM}.
 *
 * <p>La commune réservataire conclut une convention à l'échelle de son territoire (CCH R.441-5 I et
 * R.441-5-3 ; page ministérielle a417). Exemple : Ornex, {@code 01281}.
 *
 * @param code le code INSEE
 */
public record Commune(String code) implements Territoire {

  /**
   * Valide le code.
   *
   * @throws IllegalArgumentException si le code n'est pas un code INSEE de commune ; pour des données
   *     externes, voir {@link #parse(String, String)}
   */
  public Commune {
    Objects.requireNonNull(code, "code");
    if (!isValide(code)) {
      throw new IllegalArgumentException("code INSEE de commune invalide : « " + code + " »");
    }
  }

  /**
   * La commune de code donné, écrit dans le programme.
   *
   * @param code le code INSEE
   * @return la commune
   * @throws IllegalArgumentException si le code n'est pas un code INSEE de commune (erreur de
   *     programmation) ; pour des données externes, voir {@link #parse(String, String)}
   */
  public static Commune of(String code) {
    return new Commune(code);
  }

  /**
   * Lit un code INSEE de commune venu de l'extérieur (code officiel géographique) : 2 caractères de
   * département ({@code 01} à {@code 95} sans {@code 20}, {@code 2A} et {@code 2B} en majuscules)
   * et 3 chiffres, ou 3 chiffres de département d'outre-mer ({@code 971} à {@code 976}) et 2
   * chiffres, le numéro de commune non nul. Aucune exception ; {@code parse(c.toString(), x)} rend
   * {@code c}.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#FORMAT_INVALIDE} (pas 5 caractères, ou le numéro de commune n'est pas fait de
   * chiffres), {@link CodeAnomalie#CODE_INCONNU} (département absent du code officiel géographique,
   * comme {@code 99} pour l'étranger, ou numéro de commune nul) ; référence : arrêté RPLS, colonne
   * {@code DEPCOM}.
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return la commune, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Commune> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.ARRETE_RPLS_DEPCOM);
    return champ.texte(texte, "code INSEE de commune").flatMap(t -> {
      if (isValide(t)) {
        return Resultat.ok(new Commune(t));
      }
      if (t.length() != 5) {
        return champ.echec(CodeAnomalie.FORMAT_INVALIDE, "code INSEE de commune de 5 caractères attendu (01053, 2A004, 97101) : "
            + Champ.cite(t));
      }
      String dep = t.startsWith("97") ? t.substring(0, 3) : t.substring(0, 2);
      if (!Departement.isValide(dep)) {
        return champ.echec(CodeAnomalie.CODE_INCONNU, "département " + Champ.cite(dep) + " absent du code officiel géographique "
            + "(01 à 95, 2A, 2B, 971 à 976) : " + Champ.cite(t));
      }
      for (int i = dep.length(); i < 5; i++) {
        if (t.charAt(i) < '0' || t.charAt(i) > '9') {
          return champ.echec(CodeAnomalie.FORMAT_INVALIDE, "numéro de commune en chiffres attendu après le département : " + Champ.cite(t));
        }
      }
      return champ.echec(CodeAnomalie.CODE_INCONNU, "numéro de commune nul : " + Champ.cite(t));
    });
  }

  /** Vrai si le texte est un code INSEE de commune valide. */
  public static boolean isValide(String code) {
    if (code == null || code.length() != 5) {
      return false;
    }
    String dep = code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
    if (!Departement.isValide(dep)) {
      return false;
    }
    for (int i = dep.length(); i < 5; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    for (int i = dep.length(); i < 5; i++) {
      if (code.charAt(i) != '0') {
        return true;
      }
    }
    return false;
  }

  /** Le département de la commune. */
  public Departement departement() {
    return new Departement(code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2));
  }

  @Override
  public String libelle() {
    return "commune " + code;
  }

  @Override
  public String toString() {
    return code;
  }
}
