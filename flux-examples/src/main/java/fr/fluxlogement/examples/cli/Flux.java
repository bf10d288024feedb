package fr.fluxlogement.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * La commande {@code flux} : l'exemple travaillé d'Ornex, le calcul et la vérification des dossiers
 * de cas. Messages en français ; aucune trace de pile pour une erreur d'utilisation.
 */
@Command(
    name = "flux",
    mixinStandardHelpOptions = false,
    version = "flux 0.1.0-SNAPSHOT",
    description = "Gestion en flux des réservations de logements sociaux (CCH L.441-1, R.441-5 et suivants).",
    synopsisSubcommandLabel = "[COMMANDE]",
    subcommands = {CommandeExemple.class, CommandeCalculer.class, CommandeVerifier.class, CommandeSimuler.class, CommandeAssiette.class,
        CommandeBilan.class, CommandeExercice.class, CommandeRapport.class, CommandePrevoir.class, CommandeAide.class})
public final class Flux implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  /** Sans sous-commande : l'aide. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Exécute la commande et rend son code de sortie. */
  public static int executer(PrintWriter sortie, PrintWriter erreurs, String... args) {
    CommandLine cl = new CommandLine(new Flux());
    cl.setOut(sortie);
    cl.setErr(erreurs);
    cl.setUsageHelpAutoWidth(false);
    for (CommandLine c : cl.getSubcommands().values()) {
      c.getCommandSpec().usageMessage().synopsisHeading("Utilisation : ").optionListHeading("Options :%n")
          .parameterListHeading("Paramètres :%n").commandListHeading("Commandes :%n");
    }
    cl.getCommandSpec().usageMessage().synopsisHeading("Utilisation : ").optionListHeading("Options :%n")
        .commandListHeading("Commandes :%n");
    cl.setParameterExceptionHandler((ex, args1) -> {
      CommandLine c = ex.getCommandLine();
      String message;
      if (ex instanceof CommandLine.MissingParameterException m) {
        message = "paramètre obligatoire manquant : " + m.getMissing().stream().map(a -> a.paramLabel()).toList();
      } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
        message = "option ou argument inconnu : " + u.getUnmatched();
      } else {
        message = "paramètre invalide : " + ex.getMessage();
      }
      c.getErr().println("flux : " + message);
      c.usage(c.getErr());
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, ligne, resultat) -> {
      ligne.getErr().println("flux : " + ex.getMessage());
      return 2;
    });
    return cl.execute(args);
  }

  /** Point d'entrée. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = executer(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
