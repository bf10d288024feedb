package fr.fluxlogement.examples.cli;

import fr.fluxlogement.examples.ornex.ExempleOrnex;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flux exemple} : le rapport de l'exemple travaillé d'Ornex. */
@Command(name = "exemple", mixinStandardHelpOptions = false, version = "flux 0.1.0-SNAPSHOT",
    description = "Affiche le rapport de l'exemple travaillé : la convention Ornex – Alliade Habitat, année 2025.")
final class CommandeExemple implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Override
  public void run() {
    spec.commandLine().getOut().print(ExempleOrnex.rapport());
    spec.commandLine().getOut().flush();
  }
}
