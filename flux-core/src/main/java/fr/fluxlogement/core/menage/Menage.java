package fr.fluxlogement.core.menage;

import fr.fluxlogement.core.anomalie.Champ;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.NombresLus;
import fr.fluxlogement.core.reference.References;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Un ménage demandeur ou attributaire : ses ressources annuelles, ses unités de consommation, ses
 * critères de priorité. Ce qu'il faut pour les objectifs d'attribution (L.441-1 : 25 % de
 * prioritaires, premier quartile hors QPV, quartiles 2 à 4 en QPV).
 *
 * @param numero le numéro unique, s'il est connu (donnée personnelle, jamais rendue par défaut)
 * @param ressourcesAnnuelles les ressources annuelles en euros (revenu mensuel déclaré × 12)
 * @param unitesConsommation les unités de consommation, strictement positives
 * @param dalo reconnu prioritaire et urgent au titre du DALO (L.441-2-3)
 * @param motifs les critères de priorité de L.441-1
 * @param relogementRenouvellementUrbain relogé au titre d'une opération ANRU ou ORCOD
 */
public record Menage(
    Optional<NumeroUnique> numero,
    BigDecimal ressourcesAnnuelles,
    Fraction unitesConsommation,
    boolean dalo,
    Set<MotifPriorite> motifs,
    boolean relogementRenouvellementUrbain) {

  /**
   * Valide.
   *
   * @throws IllegalArgumentException si les ressources sont négatives ou les unités non positives
   */
  public Menage {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(ressourcesAnnuelles, "ressourcesAnnuelles");
    Objects.requireNonNull(unitesConsommation, "unitesConsommation");
    motifs = Set.copyOf(motifs);
    if (ressourcesAnnuelles.signum() < 0) {
      throw new IllegalArgumentException("ressources négatives");
    }
    if (unitesConsommation.signum() <= 0) {
      throw new IllegalArgumentException("unités de consommation non positives");
    }
  }

  /**
   * Les unités de consommation selon l'échelle de l'OCDE modifiée : 1 pour le premier adulte, 0,5
   * par autre personne de 14 ans ou plus, 0,3 par enfant de moins de 14 ans. [K]
   *
   * @param personnes14AnsEtPlus au moins 1
   * @param enfantsMoinsDe14Ans au moins 0
   */
  public static Fraction unitesConsommation(int personnes14AnsEtPlus, int enfantsMoinsDe14Ans) {
    if (personnes14AnsEtPlus < 1 || enfantsMoinsDe14Ans < 0) {
      throw new IllegalArgumentException("composition du ménage invalide");
    }
    return Fraction.UN
        .plus(Fraction.of(personnes14AnsEtPlus - 1L, 2))
        .plus(Fraction.of(3L * enfantsMoinsDe14Ans, 10));
  }

  /** La longueur maximale du texte des ressources ou des unités de consommation lues ({@link #parseRessources}). */
  public static final int MAX_CARACTERES_NOMBRE = 30;

  /**
   * Lit des ressources annuelles en euros venues de l'extérieur : un décimal exact ({@code 18000},
   * {@code 18000,50}, {@code 1.8e4}), virgule ou point décimal, sans séparateur de milliers ni
   * symbole monétaire, d'au plus {@value #MAX_CARACTERES_NOMBRE} caractères et dans les limites de
   * {@link NombresLus} ; jamais arrondi (les centimes et au-delà sont gardés). Les ressources
   * comparées au seuil du premier quartile (L.441-1) ne sont jamais citées dans les messages.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT}, {@link CodeAnomalie#DEBORDEMENT}, {@link
   * CodeAnomalie#FORMAT_INVALIDE}, {@link CodeAnomalie#NOMBRE_NEGATIF} ; référence : L.441-1 CCH,
   * alinéas du premier quartile.
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return les ressources, positives ou nulles, ou leurs anomalies
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<BigDecimal> parseRessources(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.CCH_L441_1_QUARTILE);
    return NombresLus.decimal(texte, champ, MAX_CARACTERES_NOMBRE)
        .flatMap(r -> r.signum() < 0 ? champ.echec(CodeAnomalie.NOMBRE_NEGATIF, "ressources négatives") : Resultat.ok(r));
  }

  /**
   * Lit des unités de consommation venues de l'extérieur : un nombre exact strictement positif,
   * décimal ({@code 1,8}) ou fraction ({@code 9/5}, la forme de {@link Fraction#toString()}), d'au
   * plus {@value #MAX_CARACTERES_NOMBRE} caractères et dans les limites de {@link NombresLus}.
   *
   * <p>Anomalies : {@link CodeAnomalie#CHAMP_MANQUANT}, {@link CodeAnomalie#DEBORDEMENT}, {@link
   * CodeAnomalie#FORMAT_INVALIDE}, {@link CodeAnomalie#HORS_DOMAINE} (nul ou négatif) ; référence :
   * L.441-1 CCH, alinéas du premier quartile (ressources par unité de consommation).
   *
   * @param texte le texte, éventuellement {@code null} ; les blancs autour sont ignorés
   * @param chemin le chemin du champ, rapporté dans les anomalies
   * @return les unités de consommation, ou leurs anomalies
   * @throws NullPointerException si le chemin est {@code null}
   */
  public static Resultat<Fraction> parseUnitesConsommation(String texte, String chemin) {
    Champ champ = Champ.of(chemin, References.CCH_L441_1_QUARTILE);
    return NombresLus.fraction(texte, champ, MAX_CARACTERES_NOMBRE).flatMap(uc -> uc.signum() <= 0
        ? champ.echec(CodeAnomalie.HORS_DOMAINE, "unités de consommation non positives") : Resultat.ok(uc));
  }

  /** Un ménage anonyme, sans priorité. */
  public static Menage of(BigDecimal ressourcesAnnuelles, Fraction unitesConsommation) {
    return new Menage(Optional.empty(), ressourcesAnnuelles, unitesConsommation, false, Set.of(), false);
  }

  /** Les ressources par unité de consommation, exactes. */
  public Fraction ressourcesParUnite() {
    return Fraction.of(ressourcesAnnuelles).diviserPar(unitesConsommation);
  }

  /** Vrai si le ménage relève des publics prioritaires : DALO ou un critère de L.441-1. */
  public boolean isPrioritaire() {
    return dalo || !motifs.isEmpty();
  }

  /** Le même ménage, reconnu DALO. */
  public Menage withDalo(boolean valeur) {
    return new Menage(numero, ressourcesAnnuelles, unitesConsommation, valeur, motifs, relogementRenouvellementUrbain);
  }

  /** Le même ménage, avec ces critères de priorité. */
  public Menage withMotifs(Set<MotifPriorite> valeur) {
    return new Menage(numero, ressourcesAnnuelles, unitesConsommation, dalo, valeur, relogementRenouvellementUrbain);
  }

  /** Le même ménage, relogé ANRU ou ORCOD. */
  public Menage withRelogementRenouvellementUrbain(boolean valeur) {
    return new Menage(numero, ressourcesAnnuelles, unitesConsommation, dalo, motifs, valeur);
  }

  /** Sans le numéro unique : {@code toString} ne révèle aucune donnée nominative. */
  @Override
  public String toString() {
    return "Menage[ressources=" + ressourcesAnnuelles + ", uc=" + unitesConsommation + ", dalo=" + dalo
        + ", motifs=" + motifs.size() + "]";
  }
}
