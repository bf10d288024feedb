package fr.fluxlogement.core.architecture.cycle;

/** Autre moitié d'un cycle de paquets volontaire. */
public final class CycleB {
  private CycleB() {}

  /** Dépend du premier paquet. */
  public static Object autre() {
    return fr.fluxlogement.core.architecture.mauvais.CycleA.class;
  }
}
