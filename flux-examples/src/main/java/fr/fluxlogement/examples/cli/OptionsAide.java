package fr.fluxlogement.examples.cli;

import picocli.CommandLine.Option;

/** Les options d'aide et de version, en français, communes à toutes les commandes. */
final class OptionsAide {

  @Option(names = {"-h", "--aide", "--help"}, usageHelp = true, description = "Affiche cette aide et s'arrête.")
  private boolean aide;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Affiche la version et s'arrête.")
  private boolean version;
}
