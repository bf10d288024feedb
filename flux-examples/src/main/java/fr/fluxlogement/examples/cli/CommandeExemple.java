package fr.fluxlogement.examples.cli;

import fr.fluxlogement.examples.ornex.ExempleOrnex;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flux exemple} : le rapport de l'exemple travaillé d'Ornex. */
@Command(name = "exemple", mixinStandardHelpOptions = true,
    description = "Affiche le rapport de l'exemple travaillé : la convention Ornex – Alliade Habitat, année 2025.")
final class CommandeExemple implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().print(ExempleOrnex.rapport());
    spec.commandLine().getOut().flush();
  }
}
