package fr.fluxlogement.examples.cli;

import fr.fluxlogement.examples.cas.DossierCas;
import fr.fluxlogement.examples.cas.ResultatCas;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flux calculer FICHIER} : calcule un dossier de cas et imprime ses figures en JSON. */
@Command(name = "calculer", mixinStandardHelpOptions = false, version = "flux 0.1.0-SNAPSHOT",
    description = "Calcule un dossier de cas (YAML ou JSON, voir docs/cas.md) et imprime ses figures en JSON.")
final class CommandeCalculer implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Parameters(paramLabel = "FICHIER", arity = "0..1", description = "le dossier de cas")
  private Path fichier;

  @Option(names = "--explication", description = "imprime l'explication française de chaque figure au lieu du JSON")
  private boolean explication;

  @Override
  public Integer call() throws Exception {
    if (fichier == null) {
      spec.commandLine().getErr().println("flux : paramètre obligatoire manquant : [FICHIER]");
      spec.commandLine().usage(spec.commandLine().getErr());
      return 2;
    }
    if (Fichiers.manque(spec.commandLine().getErr(), fichier)) {
      return 2;
    }
    ResultatCas r = DossierCas.calculer(fichier);
    spec.commandLine().getOut().println(explication ? r.toExplication() : r.toJson());
    r.anomalies().forEach(a -> spec.commandLine().getErr().println(fichier + " : " + a.toTexte()));
    return r.anomalies().stream().anyMatch(a -> a.isErreur()) ? 1 : 0;
  }
}
