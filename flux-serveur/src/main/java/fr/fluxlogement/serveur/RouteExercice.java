package fr.fluxlogement.serveur;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.rendu.json.ExerciceJson;
import fr.fluxlogement.rendu.json.ResultatJson;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.validation.Validations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

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
    Validation<Seq<Anomalie>, Exercice> lu = ExerciceJson.lire(corps);
    if (lu.isInvalid()) {
      throw ErreurHttp.of(400, Validations.anomalies(lu));
    }
    Validation<Seq<Anomalie>, ResultatExercice> r = CalculExercice.calculer(lu.get());
    if (r.isInvalid()) {
      throw ErreurHttp.of(CodeServeur.EXERCICE_NON_CALCULABLE.statut(), Validations.anomalies(r));
    }
    return ResultatJson.ecrire(r.get());
  }
}
