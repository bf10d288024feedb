package fr.fluxlogement.examples.cas;

import fr.fluxlogement.examples.cli.Flux;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Exécute la commande {@code flux} en mémoire pour les tests : sortie, erreurs, code de sortie. */
final class Commande {

  private Commande() {}

  /** Les sorties d'une exécution. */
  record Sorties(String out, String err, int code) {}

  static Sorties executer(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Flux.executer(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Sorties(out.toString(), err.toString(), code);
  }
}
