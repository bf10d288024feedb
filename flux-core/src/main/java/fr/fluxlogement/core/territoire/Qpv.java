package fr.fluxlogement.core.territoire;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * La situation d'un logement au regard des quartiers prioritaires de la politique de la ville :
 * dans un QPV (de code connu ou non) ou hors QPV. Colonne RPLS {@code QPV} (1 oui, 2 non) ou
 * {@code QPV_CODE} (millésimes 2023 et suivants).
 *
 * <p>Elle décide des objectifs d'attribution (CCH L.441-1 : 25 % au premier quartile hors QPV,
 * 50 % aux quartiles 2 à 4 en QPV) et de la part du préfet hors QPV (R.441-5-2 II).
 *
 * <p>Le code d'un QPV est validé largement : deux lettres majuscules puis six caractères
 * alphanumériques ({@code QP001001}, {@code QN07512M}).
 *
 * @param code le code du quartier, vide si hors QPV ou si le code n'est pas connu
 * @param enQpv vrai si le logement est en QPV
 */
public record Qpv(Optional<String> code, boolean enQpv) {

  private static final Pattern FORME = Pattern.compile("[A-Z]{2}[0-9A-Z]{6}");

  /** Hors QPV. */
  public static final Qpv HORS_QPV = new Qpv(Optional.empty(), false);

  /** En QPV, sans code connu (RPLS {@code QPV = 1}). */
  public static final Qpv EN_QPV = new Qpv(Optional.empty(), true);

  /**
   * Valide la situation.
   *
   * @throws IllegalArgumentException si un code est donné hors QPV ou s'il est mal formé
   */
  public Qpv {
    Objects.requireNonNull(code, "code");
    if (code.isPresent() && (!enQpv || !FORME.matcher(code.get()).matches())) {
      throw new IllegalArgumentException("code QPV invalide : « " + code.get() + " »");
    }
  }

  /** En QPV, de code donné. */
  public static Qpv of(String code) {
    return new Qpv(Optional.of(code), true);
  }

  /** Vrai si le texte est un code QPV bien formé. */
  public static boolean isCodeValide(String code) {
    return code != null && FORME.matcher(code).matches();
  }

  /** Libellé français : {@code "en QPV"} ou {@code "hors QPV"}. */
  public String libelle() {
    return enQpv ? "en QPV" : "hors QPV";
  }
}
