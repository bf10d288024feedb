package fr.fluxlogement.core.territoire;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import java.util.Objects;
import java.util.Optional;

/**
 * Un établissement public de coopération intercommunale, par son numéro SIREN (9 chiffres dont le
 * dernier est la clé de Luhn). L'EPCI est l'échelle de la conférence intercommunale du logement,
 * de la convention intercommunale d'attribution et du seuil du premier quartile (CCH L.441-1).
 * Exemple : CA du Pays de Gex, {@code 240100750}.
 *
 * @param siren le numéro SIREN
 */
public record Epci(String siren) implements Territoire {

  /**
   * Valide le SIREN.
   *
   * @throws IllegalArgumentException si le SIREN n'a pas 9 chiffres ou une clé de Luhn fausse ; pour des données
   *     externes, voir {@link #parse(String, String)}
   */
  public Epci {
    Objects.requireNonNull(siren, "siren");
    if (!isSirenValide(siren)) {
      throw new IllegalArgumentException("SIREN invalide : « " + siren + " »");
    }
  }

  /**
   * L'EPCI de SIREN donné, écrit dans le programme.
   *
   * @param siren le numéro SIREN
   * @return l'EPCI
   * @throws IllegalArgumentException si le SIREN n'a pas 9 chiffres ou une clé de Luhn fausse (erreur
   *     de programmation) ; pour des données externes, voir {@link #parse(String, String)}
   */
  public static Epci of(String siren) {
    return new Epci(siren);
  }

  /**
   * Lit le SIREN d'un EPCI venu de l'extérieur : 9 chiffres sans espace, le dernier clé de Luhn
   * (Code de commerce R.123-220, répertoire SIRENE). Aucune exception ; {@code parse(e.toString(),
   * x)} rend {@code e}.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#FORMAT_INVALIDE} (pas 9 chiffres, ou clé de contrôle fausse).
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return l'EPCI, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Epci> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.CODE_COMMERCE_R123_220);
    return champ.texte(texte, "SIREN").flatMap(t -> {
      Optional<String> faute = fauteDeSiren(t);
      return faute.isEmpty() ? Resultat.ok(new Epci(t)) : champ.echec(CodeAnomalie.FORMAT_INVALIDE, faute.get());
    });
  }

  /**
   * Ce qui empêche un texte d'être un SIREN, en français : 9 chiffres attendus, ou clé de Luhn
   * fausse ; vide pour un SIREN valide. Sert aussi à l'identifiant d'un bailleur.
   *
   * @param texte le texte
   * @return la faute, citant le texte si elle porte sur sa forme, vide si le texte est un SIREN
   * @throws NullPointerException si le texte est {@code null}
   */
  public static Optional<String> fauteDeSiren(String texte) {
    Objects.requireNonNull(texte, "texte");
    if (isSirenValide(texte)) {
      return Optional.empty();
    }
    if (texte.length() != 9 || !texte.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("SIREN de 9 chiffres sans espace attendu : " + Champ.cite(texte));
    }
    return Optional.of("clé de contrôle du SIREN fausse (formule de Luhn) : " + Champ.cite(texte));
  }

  /** Vrai si le texte est un SIREN de 9 chiffres à la clé de Luhn exacte. */
  public static boolean isSirenValide(String siren) {
    if (siren == null || siren.length() != 9) {
      return false;
    }
    int somme = 0;
    for (int i = 0; i < 9; i++) {
      char c = siren.charAt(8 - i);
      if (c < '0' || c > '9') {
        return false;
      }
      int d = c - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      somme += d;
    }
    return somme % 10 == 0;
  }

  @Override
  public String code() {
    return siren;
  }

  @Override
  public String libelle() {
    return "EPCI " + siren;
  }

  @Override
  public String toString() {
    return siren;
  }
}
