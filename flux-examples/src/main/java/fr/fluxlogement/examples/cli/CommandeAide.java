package fr.fluxlogement.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code flux aide [COMMANDE]} : l'aide d'une commande, ou la liste des commandes. */
@Command(name = "aide", aliases = "help", description = "Affiche l'aide d'une commande.")
final class CommandeAide implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "COMMANDE", arity = "0..1", description = "la commande dont afficher l'aide")
  private String commande;

  @Override
  public void run() {
    CommandLine parent = spec.commandLine().getParent();
    CommandLine cible = commande == null ? parent : parent.getSubcommands().get(commande);
    if (cible == null) {
      spec.commandLine().getErr().println("flux : commande inconnue : " + commande);
      parent.usage(spec.commandLine().getErr());
      return;
    }
    cible.usage(spec.commandLine().getOut());
  }
}
