package fr.fluxlogement.examples.dossier;

import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * L'écriture des sorties d'un exercice calculé lu d'un dossier ({@code docs/dossier.md}) : toutes
 * les sorties sont rendues par {@code flux-rendu} ({@link fr.fluxlogement.rendu.sorties.SortiesExercice}) ;
 * ici, la liste des anomalies de la lecture du dossier.
 */
public final class SortiesExercice {

  private SortiesExercice() {}

  /** Le nom de la liste des anomalies. */
  public static final String ANOMALIES = "anomalies.txt";

  /**
   * Écrit toutes les sorties d'un exercice calculé, pages HTML comprises, et sa projection sur la vie
   * de ses conventions (scénarios de rotation par défaut, prévisions du dossier), si elle se calcule.
   *
   * @param r le résultat
   * @param prevision les prévisions du dossier ({@link fr.fluxlogement.rules.projection.Prevision#AUCUNE} s'il n'en a pas)
   * @param sortie le dossier de sortie (créé au besoin)
   * @return les fichiers écrits, relatifs à {@code sortie}
   * @throws IOException si l'écriture échoue
   */
  public static List<String> ecrire(ResultatExercice r, fr.fluxlogement.rules.projection.Prevision prevision, Path sortie)
      throws IOException {
    return fr.fluxlogement.rendu.sorties.SortiesExercice.ecrire(r, projection(r, prevision), sortie);
  }

  /**
   * Les sorties que {@link #ecrire(ResultatExercice, fr.fluxlogement.rules.projection.Prevision, Path)}
   * écrit, rendues en mémoire.
   *
   * @param r le résultat
   * @param prevision les prévisions du dossier
   * @return le chemin relatif de chaque fichier et son texte, dans l'ordre d'écriture
   */
  public static Map<String, String> contenus(ResultatExercice r, fr.fluxlogement.rules.projection.Prevision prevision) {
    return fr.fluxlogement.rendu.sorties.SortiesExercice.contenus(r, projection(r, prevision));
  }

  private static java.util.Optional<fr.fluxlogement.rules.projection.Projection> projection(
      ResultatExercice r, fr.fluxlogement.rules.projection.Prevision prevision) {
    return fr.fluxlogement.rules.projection.CalculProjection.projeter(r.exercice(), prevision).valeur();
  }

  private static void ecrire(Path sortie, String nom, String texte, List<String> ecrits) throws IOException {
    fr.fluxlogement.rendu.sorties.SortiesExercice.ecrire(sortie, nom, texte, ecrits);
  }

  /**
   * La liste lisible des anomalies : le compte de lecture de chaque fichier, puis les erreurs et les
   * avertissements, chacun avec son fichier, sa ligne, son champ et sa référence.
   *
   * @param lectures les comptes de lecture
   * @param anomalies les anomalies de la lecture et du calcul
   * @return le texte
   */
  public static String anomalies(Map<String, CompteRenduLecture> lectures, List<AnomalieDossier> anomalies) {
    StringBuilder sb = new StringBuilder();
    sb.append("Lecture des fichiers\n");
    if (lectures.isEmpty()) {
      sb.append("  aucun fichier lu\n");
    }
    lectures.forEach((f, b) -> sb.append("  ").append(f).append(" : ").append(b.resume()).append('\n'));
    List<AnomalieDossier> erreurs = anomalies.stream().filter(AnomalieDossier::isErreur).toList();
    List<AnomalieDossier> avert = anomalies.stream().filter(a -> !a.isErreur()).toList();
    sb.append("\nErreurs : ").append(erreurs.size()).append('\n');
    erreurs.forEach(a -> sb.append("  ").append(a.toTexte()).append('\n'));
    sb.append("\nAvertissements : ").append(avert.size()).append('\n');
    avert.forEach(a -> sb.append("  ").append(a.toTexte()).append('\n'));
    return sb.toString();
  }

  /**
   * Écrit la liste des anomalies.
   *
   * @param sortie le dossier de sortie (créé au besoin)
   * @param lectures les comptes de lecture
   * @param anomalies les anomalies
   * @return le nom du fichier écrit
   * @throws IOException si l'écriture échoue
   */
  public static String ecrireAnomalies(Path sortie, Map<String, CompteRenduLecture> lectures, List<AnomalieDossier> anomalies) throws IOException {
    List<String> l = new ArrayList<>();
    ecrire(sortie, ANOMALIES, anomalies(lectures, anomalies), l);
    return l.get(0);
  }
}
