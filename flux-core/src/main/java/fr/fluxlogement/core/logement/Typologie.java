package fr.fluxlogement.core.logement;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import java.util.Locale;
import java.util.Optional;

/**
 * La typologie d'un logement par son nombre de pièces principales (RPLS {@code NBPIECE}, 1 à 9 ;
 * pièces principales au sens de R.111-1-1 CCH) : T1 à T5, T6 et plus.
 */
public enum Typologie {
  /** Une pièce principale. */
  T1,
  /** Deux pièces principales. */
  T2,
  /** Trois pièces principales. */
  T3,
  /** Quatre pièces principales. */
  T4,
  /** Cinq pièces principales. */
  T5,
  /** Six pièces principales ou plus. */
  T6_PLUS;

  /** La typologie d'un nombre de pièces principales (1 à 9), vide hors de ce domaine. */
  public static Optional<Typologie> fromNombreDePieces(int pieces) {
    if (pieces < 1 || pieces > 9) {
      return Optional.empty();
    }
    return Optional.of(pieces >= 6 ? T6_PLUS : values()[pieces - 1]);
  }

  /**
   * Lit une typologie venue de l'extérieur : {@code "T3"}, {@code "T6+"} ou {@code "T6_PLUS"}, en
   * majuscules ou minuscules. Aucune exception ; {@code parse(t.toString(), c)} et {@code
   * parse(t.libelle(), c)} rendent {@code t}.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#CODE_INCONNU} (autre texte) ; référence : arrêté RPLS (nombre de pièces
   * principales).
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return la typologie, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Typologie> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.ARRETE_RPLS);
    return champ.texte(texte, "typologie").flatMap(t -> {
      // en minuscules : « ſ » ou « ı » ne deviennent pas « S » ou « I » (aucun ajustement silencieux)
      String m = t.toLowerCase(Locale.ROOT);
      for (Typologie ty : values()) {
        if (ty.name().toLowerCase(Locale.ROOT).equals(m) || ty.libelle().toLowerCase(Locale.ROOT).equals(m)) {
          return Resultat.ok(ty);
        }
      }
      return champ.echec(CodeAnomalie.CODE_INCONNU, "typologie inconnue (T1 à T5, T6+) : " + Champ.cite(t));
    });
  }

  /** Le libellé : {@code "T3"}, {@code "T6+"}. */
  public String libelle() {
    return this == T6_PLUS ? "T6+" : name();
  }
}
