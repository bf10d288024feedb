package fr.fluxlogement.serveur;

import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.rendu.json.ExerciceJson;
import fr.fluxlogement.rendu.json.ResultatJson;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;

/**
 * {@code POST /v1/exercice} : l'exercice annuel depuis sa description {@code flux-exercice}
 * ({@link ExerciceJson#lire}), calculé par le point d'entrée unique ({@link CalculExercice}) et
 * rendu en {@code flux-resultat} ({@link ResultatJson#ecrire}), chaque figure avec son explication.
 * Une description illisible ou fausse rend 400 et toutes ses anomalies ; un exercice qui se lit mais
 * ne se calcule pas, 422.
 */
final class RouteExercice {

  private RouteExercice() {}

  /**
   * Calcule un exercice.
   *
   * @param corps la description {@code flux-exercice}
   * @return le résultat {@code flux-resultat}
   * @throws ErreurHttp 400 ou 422, avec les anomalies
   */
  static String calculer(String corps) {
    Resultat<Exercice> lu = ExerciceJson.lire(corps);
    if (!lu.isValide()) {
      throw ErreurHttp.of(400, lu.erreurs());
    }
    Resultat<ResultatExercice> r = CalculExercice.calculer(lu.valeurOuLever());
    if (!r.isValide()) {
      throw ErreurHttp.of(CodeServeur.EXERCICE_NON_CALCULABLE.statut(), r.erreurs());
    }
    return ResultatJson.ecrire(r.valeurOuLever());
  }
}
