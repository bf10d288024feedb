package fr.fluxlogement.core;

import org.quicktheories.QuickTheory;

/**
 * Réglage commun des tests de propriétés : graine fixe (propriété système {@code
 * flux.proprietes.graine}, 20250101 par défaut) pour que chaque exécution, et PIT, voient les mêmes
 * exemples ; nombre d'exemples donné par chaque test.
 */
public final class Proprietes {

  private Proprietes() {}

  /** La graine des tests de propriétés. */
  public static long graine() {
    return Long.getLong("flux.proprietes.graine", 20250101L);
  }

  /**
   * L'échelle du nombre d'exemples, en pour cent (propriété système {@code flux.proprietes.echelle},
   * 100 par défaut) : l'analyse de mutation la réduit pour rester dans son budget de temps.
   */
  public static int echelle() {
    return Integer.getInteger("flux.proprietes.echelle", 100);
  }

  /** QuickTheories avec la graine fixe et {@code exemples} exemples (mis à l'échelle, 10 au moins). */
  public static QuickTheory qt(int exemples) {
    int n = Math.max(10, (int) ((long) exemples * echelle() / 100));
    return QuickTheory.qt().withFixedSeed(graine()).withExamples(n);
  }
}
