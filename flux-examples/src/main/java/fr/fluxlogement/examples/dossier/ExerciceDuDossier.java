package fr.fluxlogement.examples.dossier;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Un dossier d'exercice lu et calculé ({@code docs/dossier.md}) : la lecture, le résultat du point
 * d'entrée unique ({@link CalculExercice}) s'il se calcule, sinon les anomalies du calcul. Commun aux
 * commandes {@code flux exercice}, {@code flux rapport}, {@code flux prevoir} et au service HTTP, qui
 * en disent chacun ce qu'il leur faut.
 *
 * @param lu le dossier lu
 * @param resultat le résultat, si le manifeste construit l'exercice et qu'il se calcule
 * @param anomaliesDuCalcul les anomalies qui empêchent le calcul (vide s'il a réussi ou s'il n'a pu
 *     être tenté)
 */
public record ExerciceDuDossier(LecteurDossier.DossierLu lu, Optional<ResultatExercice> resultat, List<Anomalie> anomaliesDuCalcul) {

  /** Fige ; refuse les {@code null}. */
  public ExerciceDuDossier {
    Objects.requireNonNull(lu, "lu");
    Objects.requireNonNull(resultat, "resultat");
    anomaliesDuCalcul = List.copyOf(anomaliesDuCalcul);
  }

  /**
   * Lit un dossier et calcule son exercice, si le manifeste permet de le construire.
   *
   * @param dossier le dossier, qui contient {@code dossier.yaml}
   * @return la lecture et le calcul
   */
  public static ExerciceDuDossier of(Path dossier) {
    LecteurDossier.DossierLu lu = LecteurDossier.lire(dossier);
    if (lu.exercice().isEmpty()) {
      return new ExerciceDuDossier(lu, Optional.empty(), List.of());
    }
    Resultat<ResultatExercice> v = CalculExercice.calculer(lu.exercice().get());
    if (!v.isValide()) {
      return new ExerciceDuDossier(lu, Optional.empty(), v.erreurs());
    }
    return new ExerciceDuDossier(lu, Optional.of(v.valeurOuLever()), List.of());
  }

  /**
   * Vrai si l'exercice n'a pu être construit ou calculé.
   *
   * @return vrai en cas d'échec
   */
  public boolean isEchec() {
    return resultat.isEmpty();
  }

  /**
   * Toutes les anomalies, comme les liste {@code anomalies.txt} : celles de la lecture, puis les
   * avertissements du calcul (ou les anomalies qui l'ont empêché).
   *
   * @return les anomalies, dans cet ordre
   */
  public List<AnomalieDossier> anomalies() {
    List<AnomalieDossier> l = new ArrayList<>(lu.anomalies());
    List<Anomalie> calcul = resultat.map(ResultatExercice::avertissements).orElse(anomaliesDuCalcul);
    for (Anomalie a : calcul) {
      l.add(new AnomalieDossier("", a));
    }
    return List.copyOf(l);
  }

  /**
   * Toutes les sorties de l'exercice calculé, rendues en mémoire (celles qu'écrit
   * {@code flux exercice} : pages HTML, projection, annexes, bilans, synthèse) et la liste des
   * anomalies ({@code anomalies.txt}) ; seulement {@code anomalies.txt} si l'exercice n'a pu être
   * calculé.
   *
   * @return le chemin relatif de chaque fichier et son texte, dans l'ordre d'écriture
   */
  public Map<String, String> sorties() {
    Map<String, String> f = new LinkedHashMap<>();
    resultat.ifPresent(r -> f.putAll(SortiesExercice.contenus(r, lu.prevision())));
    f.put(SortiesExercice.ANOMALIES, SortiesExercice.anomalies(lu.lectures(), anomalies()));
    return java.util.Collections.unmodifiableMap(f);
  }
}
