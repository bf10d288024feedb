package fr.fluxlogement.core.territoire;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import java.util.Objects;

/**
 * Un département, par son code du code officiel géographique (COG) de l'INSEE : {@code 01} à
 * {@code 95} (sans {@code 20}), {@code 2A} et {@code 2B} pour la Corse, {@code 971} à {@code 976}
 * pour l'outre-mer.
 *
 * <p>Le département est l'échelle de droit commun des conventions de réservation (CCH R.441-5 I) et
 * choisit le calendrier des jours fériés (Alsace-Moselle, outre-mer ; Code du travail L.3134-13).
 *
 * @param code le code COG
 */
public record Departement(String code) implements Territoire {

  /**
   * Valide le code.
   *
   * @throws IllegalArgumentException si le code n'est pas un département du COG ; pour des données
   *     externes, voir {@link #parse(String, String)}
   */
  public Departement {
    Objects.requireNonNull(code, "code");
    if (!isValide(code)) {
      throw new IllegalArgumentException("code de département invalide : « " + code + " »");
    }
  }

  /**
   * Le département de code donné, écrit dans le programme.
   *
   * @param code le code COG
   * @return le département
   * @throws IllegalArgumentException si le code n'est pas un département du COG (erreur de
   *     programmation) ; pour des données externes, voir {@link #parse(String, String)}
   */
  public static Departement of(String code) {
    return new Departement(code);
  }

  /**
   * Lit un code de département venu de l'extérieur (code officiel géographique) : {@code 01} à
   * {@code 95} sans {@code 20}, {@code 2A} et {@code 2B} en majuscules, {@code 971} à {@code 976}.
   * Aucune exception ; {@code parse(d.toString(), x)} rend {@code d}.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#FORMAT_INVALIDE} (ni 2 ni 3 caractères), {@link CodeAnomalie#CODE_INCONNU}
   * (absent du code officiel géographique : {@code 00}, {@code 20}, {@code 96}, {@code 99},
   * {@code 977}…) ; référence : arrêté RPLS, colonne {@code DEPCOM}.
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return le département, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Departement> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.ARRETE_RPLS_DEPCOM);
    return champ.texte(texte, "code de département").flatMap(t -> {
      if (isValide(t)) {
        return Resultat.ok(new Departement(t));
      }
      if (t.length() != 2 && t.length() != 3) {
        return champ.echec(CodeAnomalie.FORMAT_INVALIDE, "code de département de 2 ou 3 caractères attendu (01, 2A, 974) : "
            + Champ.cite(t));
      }
      return champ.echec(CodeAnomalie.CODE_INCONNU, "département absent du code officiel géographique (01 à 95, 2A, 2B, 971 à 976) : "
          + Champ.cite(t));
    });
  }

  /** Vrai si le texte est un code de département valide. */
  public static boolean isValide(String code) {
    if (code == null) {
      return false;
    }
    if (code.length() == 2) {
      char a = code.charAt(0);
      char b = code.charAt(1);
      if (a == '2') {
        return b == 'A' || b == 'B' || b >= '1' && b <= '9';
      }
      boolean chiffre = b >= '0' && b <= '9';
      return chiffre && (a == '0' && b != '0' || a == '1' || a >= '3' && a <= '8' || a == '9' && b <= '5');
    }
    return code.length() == 3 && code.charAt(0) == '9' && code.charAt(1) == '7' && code.charAt(2) >= '1' && code.charAt(2) <= '6';
  }

  /** Vrai pour la Moselle, le Bas-Rhin et le Haut-Rhin (droit local, Code du travail L.3134-13). */
  public boolean isAlsaceMoselle() {
    return code.equals("57") || code.equals("67") || code.equals("68");
  }

  /** Vrai pour un département d'outre-mer (971 à 976). */
  public boolean isOutreMer() {
    return code.startsWith("97");
  }

  @Override
  public String libelle() {
    return "département " + code;
  }

  @Override
  public String toString() {
    return code;
  }
}
