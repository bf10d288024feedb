package fr.fluxlogement.examples.cli;

import fr.fluxlogement.examples.dossier.AnomalieDossier;
import fr.fluxlogement.examples.dossier.ExerciceDuDossier;
import fr.fluxlogement.examples.dossier.LecteurDossier;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** La lecture et le calcul d'un dossier d'exercice, communs à {@code flux rapport} et {@code flux prevoir}. */
final class DossierCalcule {

  private DossierCalcule() {}

  /**
   * Vérifie le dossier, le lit et calcule l'exercice ; les anomalies vont sur la sortie d'erreur.
   *
   * @param dossier le dossier
   * @param err la sortie d'erreur
   * @param code le code de sortie retenu : {@code code[0]} reçoit 2 (utilisation) ou 1 (anomalie)
   * @return le dossier lu et calculé, s'il se calcule
   */
  static Optional<ExerciceDuDossier> calculer(Path dossier, PrintWriter err, int[] code) {
    if (!Files.isDirectory(dossier)) {
      err.println("flux : dossier introuvable : " + dossier);
      code[0] = 2;
      return Optional.empty();
    }
    if (!Files.isRegularFile(dossier.resolve(LecteurDossier.MANIFESTE))) {
      err.println("flux : " + dossier + " n'est pas un dossier d'exercice : " + LecteurDossier.MANIFESTE + " introuvable");
      code[0] = 2;
      return Optional.empty();
    }
    ExerciceDuDossier calcule = ExerciceDuDossier.of(dossier);
    LecteurDossier.DossierLu lu = calcule.lu();
    for (AnomalieDossier a : lu.anomalies()) {
      if (a.isErreur()) {
        err.println(a.toTexte());
      }
    }
    if (!lu.isSansErreur()) {
      code[0] = 1;
    }
    if (lu.exercice().isEmpty()) {
      err.println("flux : le manifeste ne permet pas de construire l'exercice");
      code[0] = 1;
      return Optional.empty();
    }
    if (calcule.isEchec()) {
      calcule.anomaliesDuCalcul().forEach(a -> err.println(a.toTexte()));
      err.println("flux : l'exercice n'a pu être calculé : " + calcule.anomaliesDuCalcul().size() + " anomalie(s)");
      code[0] = 1;
      return Optional.empty();
    }
    return Optional.of(calcule);
  }
}
