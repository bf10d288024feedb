package fr.fluxlogement.core.architecture.mauvais;

/** Moitié d'un cycle de paquets volontaire (voir {@code architecture.cycle.CycleB}). */
public final class CycleA {
  private CycleA() {}

  /** Dépend de l'autre paquet. */
  public static Object autre() {
    return fr.fluxlogement.core.architecture.cycle.CycleB.class;
  }
}
