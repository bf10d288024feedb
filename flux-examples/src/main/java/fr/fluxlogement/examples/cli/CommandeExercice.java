package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.examples.dossier.AnomalieDossier;
import fr.fluxlogement.examples.dossier.ExerciceDuDossier;
import fr.fluxlogement.examples.dossier.LecteurDossier;
import fr.fluxlogement.examples.dossier.SortiesExercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flux exercice DOSSIER [--sortie DIR]} : lit un dossier d'exercice ({@code docs/dossier.md}),
 * calcule l'exercice de toutes ses conventions et en écrit les annexes, les figures expliquées, les
 * bilans, la synthèse et les anomalies. Code de sortie : 0 sans anomalie, 1 si des données sont en
 * anomalie (le reste est calculé et écrit autant que possible), 2 pour une erreur d'utilisation.
 */
@Command(name = "exercice", description = "Calcule l'exercice annuel d'un bailleur depuis un dossier (dossier.yaml et ses fichiers, "
    + "docs/dossier.md) et écrit annexes, figures, bilans, synthèse et anomalies.")
final class CommandeExercice implements Callable<Integer> {

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
    if (!Files.isDirectory(dossier)) {
      err.println("flux : dossier introuvable : " + dossier);
      return 2;
    }
    Optional<Path> choisie = options.sortie(err);
    if (choisie.isEmpty()) {
      return 2;
    }
    Path dir = choisie.get();
    if (!Files.isRegularFile(dossier.resolve(LecteurDossier.MANIFESTE))) {
      List<Path> serie = ExercicesEnSerie.sousDossiers(dossier);
      if (serie.isEmpty()) {
        err.println("flux : " + dossier + " n'est pas un dossier d'exercice : " + LecteurDossier.MANIFESTE + " introuvable");
        return 2;
      }
      return ExercicesEnSerie.executer(serie, dir, err);
    }
    return executer(dossier, dir, err, true);
  }

  /**
   * L'exercice d'un dossier : lecture, calcul, écriture des sorties et des anomalies.
   *
   * @param dossier le dossier (qui contient {@code dossier.yaml})
   * @param dir le dossier des sorties
   * @param err la sortie d'erreur (progression et anomalies)
   * @param detail vrai pour une ligne par fichier lu et par convention calculée
   * @return 0 sans anomalie, 1 si des données sont en anomalie
   * @throws java.io.IOException si une sortie ne peut être écrite
   */
  static int executer(Path dossier, Path dir, PrintWriter err, boolean detail) throws java.io.IOException {
    ExerciceDuDossier calcule = ExerciceDuDossier.of(dossier);
    LecteurDossier.DossierLu lu = calcule.lu();
    for (Map.Entry<String, CompteRenduLecture> e : lu.lectures().entrySet()) {
      if (detail) {
        err.println(e.getKey() + " : " + e.getValue().resume());
      }
    }
    List<AnomalieDossier> anomalies = calcule.anomalies();
    boolean erreur = !lu.isSansErreur();
    if (calcule.resultat().isPresent()) {
      ResultatExercice r = calcule.resultat().get();
      for (ResultatConvention rc : detail ? r.conventions() : List.<ResultatConvention>of()) {
        err.println("convention " + rc.cle() + " calculée : assiette " + rc.assiette().taille() + ", taux "
            + rc.tauxReservataire().toPourcentFrancais() + ", flux " + rc.flux().flux() + ", objectif " + rc.objectif());
      }
      List<String> ecrits = SortiesExercice.ecrire(r, lu.prevision(), dir);
      if (detail) {
        err.println(r.conventions().size() + " convention(s) calculée(s), " + (ecrits.size() + 1) + " fichiers écrits dans " + dir);
      }
    } else if (lu.exercice().isPresent()) {
      erreur = true;
      err.println("flux : l'exercice n'a pu être calculé : " + calcule.anomaliesDuCalcul().size() + " anomalie(s)");
    } else {
      err.println("flux : le manifeste ne permet pas de construire l'exercice");
    }
    SortiesExercice.ecrireAnomalies(dir, lu.lectures(), anomalies);
    long nErreurs = anomalies.stream().filter(AnomalieDossier::isErreur).count();
    for (AnomalieDossier a : anomalies) {
      if (a.isErreur() && detail) {
        err.println(a.toTexte());
      }
    }
    err.println((detail ? "" : dossier.getFileName() + " : ") + nErreurs + " erreur(s), " + (anomalies.size() - nErreurs) + " avertissement(s) ; détail dans "
        + dir.resolve("anomalies.txt"));
    err.flush();
    return erreur || nErreurs > 0 ? 1 : 0;
  }
}
