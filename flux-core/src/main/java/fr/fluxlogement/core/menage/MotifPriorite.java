package fr.fluxlogement.core.menage;

import java.util.List;
import java.util.Objects;

/**
 * Un critère de priorité de L.441-1 CCH, par sa lettre et son libellé. Ensemble ouvert : les
 * lettres ont été renumérotées au fil des lois (Égalité et Citoyenneté, ELAN, 2020-936, 2022-140),
 * un motif se compare donc par sa lettre et son libellé, jamais par sa seule position. La liste
 * {@link #actuels()} suit la rédaction en vigueur telle que la documente le projet. [K]
 *
 * @param lettre la lettre de l'alinéa ({@code "a"}, {@code "a bis"}, {@code "j"}…)
 * @param libelle le libellé français
 */
public record MotifPriorite(String lettre, String libelle) {

  /** Valide. */
  public MotifPriorite {
    Objects.requireNonNull(lettre, "lettre");
    Objects.requireNonNull(libelle, "libelle");
    if (lettre.isBlank()) {
      throw new IllegalArgumentException("lettre vide");
    }
  }

  /** Les critères de L.441-1 dans la rédaction retenue. [K] */
  public static List<MotifPriorite> actuels() {
    return List.of(
        new MotifPriorite("a", "personnes en situation de handicap ou familles en ayant à charge"),
        new MotifPriorite("a bis", "personnes sortant d'un appartement de coordination thérapeutique"),
        new MotifPriorite("b", "personnes mal logées, défavorisées ou en difficulté"),
        new MotifPriorite("c", "personnes hébergées ou logées temporairement"),
        new MotifPriorite("d", "personnes reprenant une activité après un chômage de longue durée"),
        new MotifPriorite("e", "personnes exposées à des situations d'habitat indigne"),
        new MotifPriorite("f", "victimes de violences conjugales ou menacées de mariage forcé"),
        new MotifPriorite("g", "personnes engagées dans un parcours de sortie de la prostitution"),
        new MotifPriorite("h", "victimes de traite ou de proxénétisme"),
        new MotifPriorite("i", "personnes avec enfant mineur en logement suroccupé ou non décent"),
        new MotifPriorite("j", "personnes dépourvues de logement, y compris hébergées par des tiers"),
        new MotifPriorite("k", "personnes menacées d'expulsion sans relogement"),
        new MotifPriorite("l", "mineurs émancipés ou jeunes majeurs anciennement pris en charge par l'ASE"));
  }
}
