package fr.fluxlogement.core.format;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Le compte rendu de la lecture d'un fichier depuis ses octets : celui des lignes ({@link
 * CompteRenduLecture}) et celui du décodage (chaque ligne en UTF-8 si elle en est, en latin-1 sinon).
 *
 * @param compteRendu les lignes lues, acceptées, rejetées et leurs anomalies
 * @param lignesUtf8 les lignes décodées en UTF-8 (hors lignes tout en ASCII)
 * @param lignesLatin1 les lignes lues en latin-1
 * @param premieresLignesLatin1 les numéros des premières lignes lues en latin-1 (dix au plus)
 */
public record LectureFichier(CompteRenduLecture compteRendu, long lignesUtf8, long lignesLatin1, List<Long> premieresLignesLatin1) {

  /** Copie la liste. */
  public LectureFichier {
    premieresLignesLatin1 = List.copyOf(premieresLignesLatin1);
  }

  /** L'encodage du fichier : {@code ISO-8859-1} si une ligne au moins n'est pas de l'UTF-8, {@code UTF-8} sinon. */
  public String encodage() {
    return lignesLatin1 > 0 ? "ISO-8859-1" : "UTF-8";
  }

  /**
   * L'avertissement d'un fichier qui mêle UTF-8 et latin-1 : le nombre de lignes de chaque sorte et
   * les numéros des premières lues en latin-1 ; vide si le fichier n'en mêle pas.
   */
  public Optional<String> melange() {
    if (lignesLatin1 == 0 || lignesUtf8 == 0) {
      return Optional.empty();
    }
    return Optional.of("encodage mêlé : " + lignesUtf8 + " lignes en UTF-8, " + lignesLatin1 + " lues en latin-1 (lignes "
        + premieresLignesLatin1.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + (lignesLatin1 > premieresLignesLatin1.size() ? ", …" : "") + ") ; vérifiez ces lignes");
  }
}
