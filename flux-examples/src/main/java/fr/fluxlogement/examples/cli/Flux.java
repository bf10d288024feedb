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
    footer = {"", "Le service HTTP/JSON (module flux-serveur) se lance par le lanceur ./flux :",
        "  ./flux serveur [--port N] [--hote H] [--dossier DIR] [--jeton-fichier F]  (docs/serveur.md)"},
    subcommands = {CommandeExemple.class, CommandeCalculer.class, CommandeVerifier.class, CommandeSimuler.class, CommandeAssiette.class,
        CommandeBilan.class, CommandeExercice.class, CommandeRapport.class, CommandePrevoir.class, CommandeParametres.class, CommandeEtatDesLieux.class,
        CommandeAide.class})
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
    // pas d'expansion des arguments @fichier : le contenu d'un fichier ne doit jamais se retrouver dans un message
    cl.setExpandAtFiles(false);
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
      } else if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
        message = "valeur invalide pour l'option " + o.longestName() + " (attendu : " + o.paramLabel() + ")";
      } else if (ex.getArgSpec() != null) {
        message = "valeur invalide pour le paramètre " + ex.getArgSpec().paramLabel();
      } else {
        message = "paramètres invalides";
      }
      c.getErr().println("flux : " + message);
      c.usage(c.getErr());
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, ligne, resultat) -> {
      ligne.getErr().println("flux : " + messageFrancais(ex));
      return 2;
    });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      erreurs.println("flux : " + messageFrancais(e));
      erreurs.flush();
      return 2;
    }
  }

  /**
   * Le message d'une erreur imprévue, en français et sans trace de pile : les erreurs d'entrée-sortie
   * et de mémoire sont nommées, le message d'origine (souvent anglais) n'est pas repris.
   */
  static String messageFrancais(Throwable ex) {
    if (ex instanceof OutOfMemoryError) {
      return "mémoire insuffisante (fichier trop gros pour cette commande)";
    }
    if (ex instanceof java.nio.file.NoSuchFileException n) {
      return "fichier introuvable : " + n.getFile();
    }
    if (ex instanceof java.nio.file.AccessDeniedException n) {
      return "accès refusé : " + n.getFile();
    }
    if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
      return "erreur de lecture ou d'écriture (" + ex.getClass().getSimpleName() + ")";
    }
    return "erreur interne (" + ex.getClass().getSimpleName() + ") ; les données n'ont pas été traitées";
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
