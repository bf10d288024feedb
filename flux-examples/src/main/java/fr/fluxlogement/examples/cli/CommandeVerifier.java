package fr.fluxlogement.examples.cli;

import fr.fluxlogement.examples.cas.DossierCas;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code flux verifier FICHIER|DOSSIER…} : vérifie des dossiers de cas portant leurs figures
 * attendues ; une ligne par cas, puis exactement {@code N passed, M failed}.
 */
@Command(name = "verifier", mixinStandardHelpOptions = false, version = "flux 0.1.0-SNAPSHOT",
    description = "Vérifie des dossiers de cas : une ligne par cas (avec les différences s'il échoue), puis « N passed, M failed ».")
final class CommandeVerifier implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Parameters(paramLabel = "FICHIER|DOSSIER", arity = "0..*", description = "des dossiers de cas, ou des répertoires qui en contiennent")
  private List<Path> chemins;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (chemins == null || chemins.isEmpty()) {
      spec.commandLine().getErr().println("flux : paramètre obligatoire manquant : [FICHIER|DOSSIER]");
      spec.commandLine().usage(spec.commandLine().getErr());
      return 2;
    }
    List<Path> fichiers = new ArrayList<>();
    for (Path c : chemins) {
      if (!Files.exists(c)) {
        spec.commandLine().getErr().println("flux : chemin introuvable : " + c);
        return 2;
      }
      fichiers.addAll(DossierCas.fichiers(c));
    }
    int ok = 0;
    int ko = 0;
    for (Path f : fichiers) {
      List<String> d;
      try {
        d = DossierCas.differences(DossierCas.calculer(f));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // un fichier qui ne se calcule pas est un cas en échec ; les autres sont vérifiés
        d = List.of(Flux.messageFrancais(e));
      }
      if (d.isEmpty()) {
        ok++;
        out.println("PASSE   " + f);
      } else {
        ko++;
        out.println("ECHEC   " + f);
        d.forEach(x -> out.println("        " + x));
      }
    }
    out.println(ok + " passed, " + ko + " failed");
    out.flush();
    return ko == 0 ? 0 : 1;
  }
}
