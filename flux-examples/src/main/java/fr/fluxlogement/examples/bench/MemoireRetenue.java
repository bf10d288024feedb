package fr.fluxlogement.examples.bench;

import fr.fluxlogement.rules.assiette.ParcColonnes;
import java.lang.ref.Reference;

/**
 * La mémoire retenue par logement du parc en colonnes ({@link ParcColonnes}) : tas occupé après
 * ramasse-miettes, avant et après construction du parc national engendré. Hors JMH (une mesure de
 * place, pas de temps) :
 *
 * <pre>
 * java -Xmx8g -cp flux-examples/target/benchmarks.jar fr.fluxlogement.examples.bench.MemoireRetenue 5400000
 * </pre>
 */
public final class MemoireRetenue {

  private MemoireRetenue() {}

  /**
   * Mesure et imprime les octets retenus par logement.
   *
   * @param args le nombre de logements (5 400 000 par défaut)
   * @throws InterruptedException si l'attente du ramasse-miettes est interrompue
   */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_400_000;
    GenerateurNational g = new GenerateurNational(n, 42);
    long avant = occupe();
    ParcColonnes parc = ParcColonnes.of(g.groupes, g.groupe, g.drapeaux, g.anneeLocation);
    long apres = occupe();
    System.out.printf("logements=%d retenus=%d octets par-logement=%.2f%n", n, apres - avant, (apres - avant) / (double) n);
    Reference.reachabilityFence(parc);
    Reference.reachabilityFence(g);
  }

  private static long occupe() throws InterruptedException {
    Runtime r = Runtime.getRuntime();
    long m = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      m = Math.min(m, r.totalMemory() - r.freeMemory());
    }
    return m;
  }
}
