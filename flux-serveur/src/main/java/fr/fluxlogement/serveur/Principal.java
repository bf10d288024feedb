package fr.fluxlogement.serveur;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * La commande {@code flux serveur [--port N] [--hote H] [--dossier DIR] [--jeton-fichier F]} : démarre
 * le service HTTP/JSON ({@code docs/serveur.md}) et le garde jusqu'à l'arrêt du processus. Le jeton
 * vient d'un fichier ou de la variable {@value Jeton#VARIABLE}, jamais de la ligne de commande ;
 * hors de la boucle locale, il est exigé. Code de sortie : 1 si le service ne peut démarrer, 2 pour
 * une erreur d'utilisation.
 */
@Command(name = "serveur", description = "Démarre le service HTTP/JSON de flux (docs/serveur.md).", sortOptions = false)
public final class Principal implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", description = "le port d'écoute (défaut : 8080 ; 0 : un port libre)")
  int port = Configuration.PORT_DEFAUT;

  @Option(names = "--hote", paramLabel = "H", description = "l'adresse d'écoute (défaut : 127.0.0.1 ; ailleurs, un jeton est exigé)")
  String hote = Configuration.HOTE_DEFAUT;

  @Option(names = "--dossier", paramLabel = "DIR", description = "un dossier d'exercice dont servir les rapports, calculé au démarrage")
  Path dossier;

  @Option(names = "--jeton-fichier", paramLabel = "F",
      description = "le fichier du jeton d'accès (sinon la variable " + Jeton.VARIABLE + ") ; 16 caractères au moins")
  Path jetonFichier;

  @Option(names = {"-h", "--aide"}, usageHelp = true, description = "affiche cette aide")
  boolean aide;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final CountDownLatch arret = new CountDownLatch(1);

  /** Démarre le service et attend l'arrêt du processus. */
  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Configuration c;
    try {
      c = configuration();
    } catch (IOException | IllegalArgumentException e) {
      err.println("flux serveur : " + message(e));
      err.flush();
      return 2;
    }
    Serveur s;
    try {
      s = Serveur.demarrer(c);
    } catch (IllegalStateException e) {
      err.println("flux serveur : " + e.getMessage());
      err.flush();
      return 1;
    } catch (RuntimeException e) {
      err.println("flux serveur : démarrage impossible (" + e.getClass().getSimpleName() + ") ; le port " + c.port() + " est-il libre ?");
      err.flush();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      s.close();
      arret.countDown();
    }, "flux-serveur-arret"));
    err.println("flux serveur : à l'écoute sur " + s.adresse() + (c.jeton().isPresent() ? " (jeton exigé)" : "")
        + (c.dossier().isPresent() ? " ; rapports de " + c.dossier().get() + " sous /v1/dossier" : "") + " ; description : " + s.adresse()
        + "/openapi.yaml");
    err.flush();
    arret.await();
    return 0;
  }

  private Configuration configuration() throws IOException {
    Configuration c = Configuration.of().withPort(port).withHote(hote);
    if (dossier != null) {
      if (!Files.isDirectory(dossier)) {
        throw new IllegalArgumentException("dossier introuvable : " + dossier);
      }
      c = c.withDossier(dossier);
    }
    Optional<Jeton> jeton = jetonFichier != null ? Optional.of(Jeton.lire(jetonFichier)) : Jeton.ofEnvironnement();
    if (jeton.isPresent()) {
      c = c.withJeton(jeton.get());
    }
    return c;
  }

  private static String message(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "fichier introuvable : " + n.getFile();
    }
    if (e instanceof IOException) {
      return "fichier de jeton illisible (" + e.getClass().getSimpleName() + ")";
    }
    return e.getMessage();
  }

  /**
   * Exécute la commande avec ces arguments.
   *
   * @param sortie la sortie
   * @param erreurs la sortie d'erreur
   * @param args les arguments
   * @return le code de sortie
   */
  public static int executer(PrintWriter sortie, PrintWriter erreurs, String... args) {
    CommandLine cl = new CommandLine(new Principal());
    cl.setOut(sortie);
    cl.setErr(erreurs);
    cl.setExpandAtFiles(false);
    cl.getCommandSpec().usageMessage().synopsisHeading("Utilisation : flux ").optionListHeading("Options :%n");
    cl.setParameterExceptionHandler((ex, a) -> {
      String message;
      if (ex instanceof CommandLine.UnmatchedArgumentException u) {
        message = "option ou argument inconnu : " + u.getUnmatched();
      } else if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) {
        message = "valeur invalide pour l'option " + o.longestName() + " (attendu : " + o.paramLabel() + ")";
      } else {
        message = "paramètres invalides";
      }
      ex.getCommandLine().getErr().println("flux serveur : " + message);
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return 2;
    });
    return cl.execute(args);
  }

  /**
   * Point d'entrée du jar {@code flux-serveur.jar}.
   *
   * @param args les arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = executer(out, err, args);
    System.exit(code);
  }
}
