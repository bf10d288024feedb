package fr.fluxlogement.core.format;

import fr.fluxlogement.core.anomalie.Anomalie;
import java.util.List;

/**
 * Le compte rendu d'une lecture de fichier : rien n'est perdu, {@code lues = acceptees + rejetees}.
 * Les anomalies sont conservées jusqu'à une limite (la mémoire reste constante sur un fichier
 * national) ; leur nombre total est toujours exact.
 *
 * @param lues les lignes de données lues (hors en-tête et lignes vides)
 * @param acceptees les lignes transformées en valeurs
 * @param rejetees les lignes rejetées (au moins une anomalie)
 * @param anomaliesTotal le nombre total d'anomalies relevées
 * @param anomalies les premières anomalies, chacune avec sa ligne, son champ et sa raison
 */
public record CompteRenduLecture(long lues, long acceptees, long rejetees, long anomaliesTotal, List<Anomalie> anomalies) {

  /** Valide la comptabilité. */
  public CompteRenduLecture {
    anomalies = List.copyOf(anomalies);
    if (lues != acceptees + rejetees) {
      throw new IllegalArgumentException("comptabilité de lecture rompue : " + lues + " ≠ " + acceptees + " + " + rejetees);
    }
  }

  /** La ligne de compte rendu, en français : {@code "lues 12, acceptées 10, rejetées 2"}. */
  public String resume() {
    return "lues " + lues + ", acceptées " + acceptees + ", rejetées " + rejetees;
  }
}
