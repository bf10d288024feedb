package fr.fluxlogement.core.logement;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.reference.References;
import java.util.Locale;
import java.util.Optional;

/**
 * Le financement d'un logement, ramené aux catégories de plafonds de ressources de la CUS : PLAI,
 * PLUS, PLS, PLI, ou autre. Se déduit des colonnes RPLS {@code CUS} (prioritaire) et {@code FINAN}
 * (arrêté du 5 janvier 2010, champs 32 et 47).
 *
 * <p>Correspondance retenue pour {@code FINAN} (voir {@code docs/decisions/0003-financement-rpls.md}) :
 * 10, 11 → PLAI ; 12, 13 et les codes d'avant 1977 (50 à 55, 99) → PLUS ; 14 → PLS ; 16 → PLI ;
 * 15, 17, 49 → autre. Pour {@code CUS} : 11 → PLAI, 13 → PLUS, 14 → PLS, 16 → PLI.
 */
public enum Financement {
  /** Prêt locatif aidé d'intégration : plafonds de ressources les plus bas. */
  PLAI("PLAI"),
  /** Prêt locatif à usage social, y compris les financements HLM d'avant 1977. */
  PLUS("PLUS"),
  /** Prêt locatif social. */
  PLS("PLS"),
  /** Prêt locatif intermédiaire : hors du champ de L.441-1, exclu de l'assiette. */
  PLI("PLI"),
  /** Autre financement (PAP locatif, PCL, autre). */
  AUTRE("autre");

  private final String libelle;

  Financement(String libelle) {
    this.libelle = libelle;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** Le financement d'un code RPLS {@code CUS} (11, 13, 14, 16), s'il est connu. */
  public static Optional<Financement> fromCus(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return switch (code.strip()) {
      case "11" -> Optional.of(PLAI);
      case "13" -> Optional.of(PLUS);
      case "14" -> Optional.of(PLS);
      case "16" -> Optional.of(PLI);
      default -> Optional.empty();
    };
  }

  /** Le financement d'un code RPLS {@code FINAN}, s'il est connu. */
  public static Optional<Financement> fromFinan(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return switch (code.strip()) {
      case "10", "11" -> Optional.of(PLAI);
      case "12", "13", "50", "51", "52", "53", "54", "55", "99" -> Optional.of(PLUS);
      case "14" -> Optional.of(PLS);
      case "16" -> Optional.of(PLI);
      case "15", "17", "49" -> Optional.of(AUTRE);
      default -> Optional.empty();
    };
  }

  /**
   * Le financement d'un logement RPLS : {@code CUS} s'il est renseigné et connu, {@code FINAN}
   * sinon.
   */
  public static Optional<Financement> fromRpls(String finan, String cus) {
    Optional<Financement> parCus = fromCus(cus);
    return parCus.isPresent() ? parCus : fromFinan(finan);
  }

  /**
   * Lit un financement venu de l'extérieur : son nom ({@code "PLAI"}, {@code "AUTRE"}) ou son
   * libellé ({@code "autre"}), en majuscules ou minuscules. Aucune exception ; {@code
   * parse(f.toString(), c)} et {@code parse(f.libelle(), c)} rendent {@code f}. Les codes RPLS
   * {@code FINAN} et {@code CUS} se lisent par {@link #fromRpls(String, String)}.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT} (texte {@code null} ou blanc), {@link
   * CodeAnomalie#CODE_INCONNU} (autre texte) ; référence : arrêté RPLS.
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return le financement, ou son anomalie
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Financement> parse(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.ARRETE_RPLS);
    return champ.texte(texte, "financement").flatMap(t -> {
      // en minuscules, non par equalsIgnoreCase : « plaı » (i sans point) n'est pas « PLAI »
      String m = t.toLowerCase(Locale.ROOT);
      for (Financement f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(m) || f.libelle.toLowerCase(Locale.ROOT).equals(m)) {
          return Resultat.ok(f);
        }
      }
      return champ.echec(CodeAnomalie.CODE_INCONNU, "financement inconnu (PLAI, PLUS, PLS, PLI, autre) : " + Champ.cite(t));
    });
  }
}
