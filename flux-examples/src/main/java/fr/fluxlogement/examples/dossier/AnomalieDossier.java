package fr.fluxlogement.examples.dossier;

import fr.fluxlogement.core.anomalie.Anomalie;
import java.util.Objects;

/**
 * Une anomalie d'un dossier d'exercice, avec le fichier où elle se trouve : le manifeste ({@code
 * dossier.yaml}), l'un des fichiers qu'il nomme, ou le calcul lui-même (fichier vide). L'anomalie
 * porte son code, sa ligne, son champ, son message français et sa référence.
 *
 * @param fichier le fichier, relatif au dossier ({@code "droits.csv"}) ; vide pour une anomalie du
 *     calcul
 * @param anomalie l'anomalie
 */
public record AnomalieDossier(String fichier, Anomalie anomalie) {

  /** Refuse les {@code null}. */
  public AnomalieDossier {
    Objects.requireNonNull(fichier, "fichier");
    Objects.requireNonNull(anomalie, "anomalie");
  }

  /** Vrai pour une erreur (donnée rejetée), faux pour un avertissement. */
  public boolean isErreur() {
    return anomalie.isErreur();
  }

  /**
   * Rendu français sur une ligne : {@code "droits.csv : ligne 3, logements : nombre entier attendu
   * « x » [FORMAT_INVALIDE]"}.
   *
   * @return le texte
   */
  public String toTexte() {
    return (fichier.isEmpty() ? "calcul" : fichier) + " : " + anomalie.toTexte();
  }

  @Override
  public String toString() {
    return toTexte();
  }
}
