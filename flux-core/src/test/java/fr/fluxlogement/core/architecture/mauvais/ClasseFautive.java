package fr.fluxlogement.core.architecture.mauvais;

import java.time.LocalDate;
import java.util.Random;

/**
 * Une classe volontairement fautive : chaque règle d'architecture doit la refuser. Elle n'est
 * jamais utilisée ; elle prouve que les règles échouent sur une violation.
 */
public class ClasseFautive {

  /** Statique modifiable. */
  public static int compteur;

  /** Champ d'instance modifiable et flottant. */
  public double taux;

  /** Lit l'horloge, tire au hasard, imprime, lit un fichier. */
  public String tout() throws java.io.IOException {
    compteur++;
    System.out.println(LocalDate.now());
    new java.io.File("x").getCanonicalPath();
    return Double.toString(Math.sqrt(new Random().nextInt()) + Math.random());
  }
}
