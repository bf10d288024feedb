package fr.fluxlogement.examples.cli;

import fr.fluxlogement.rendu.html.PagesHtml;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.projection.CalculProjection;
import fr.fluxlogement.examples.dossier.ExerciceDuDossier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flux rapport DOSSIER [--sortie DIR]} : (ré)écrit les pages HTML d'un dossier d'exercice —
 * l'index, l'annexe de chaque convention, le bilan de chaque réservataire et la projection sur la vie
 * des conventions. Code de sortie : 0, 1 (données en anomalie), 2 (utilisation).
 */
@Command(name = "rapport", description = "Écrit les pages HTML d'un dossier d'exercice : index, annexes, bilans et projection.")
final class CommandeRapport implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @CommandLine.Mixin
  private OptionsDossier options;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path dossier = options.dossier;
    Optional<Path> choisie = options.sortie(err);
    if (choisie.isEmpty()) {
      return 2;
    }
    Path dir = choisie.get();
    int[] code = {0};
    Optional<ExerciceDuDossier> calcule = DossierCalcule.calculer(dossier, err, code);
    if (calcule.isPresent()) {
      ResultatExercice r = calcule.get().resultat().orElseThrow();
      long debut = System.nanoTime();
      var projection = CalculProjection.projeter(r.exercice(), calcule.get().lu().prevision());
      List<String> pages = PagesHtml.ecrire(r, projection.valeur(), dir);
      err.println(pages.size() + " page(s) écrite(s) dans " + dir + " en " + (System.nanoTime() - debut) / 1_000_000 + " ms ; index : "
          + dir.resolve(PagesHtml.INDEX));
    }
    err.flush();
    return code[0];
  }
}
