package fr.fluxlogement.core.menage;

import fr.fluxlogement.core.quantite.Fraction;
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
