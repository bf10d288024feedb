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

  /** QuickTheories avec la graine fixe et {@code exemples} exemples. */
  public static QuickTheory qt(int exemples) {
    return QuickTheory.qt().withFixedSeed(graine()).withExamples(exemples);
  }
}
