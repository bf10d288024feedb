package fr.fluxlogement.examples.dossier;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.core.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * La lecture d'un fichier CSV d'un dossier d'exercice (tableur français : séparateur {@code ;},
 * en-tête en première ligne, marque d'ordre ignorée) : les colonnes sont reconnues par leur nom,
 * sans égard à la casse ni à l'ordre ; une colonne obligatoire absente rejette toutes les lignes ;
 * une colonne inconnue est signalée. Chaque ligne non vide après l'en-tête est lue, puis acceptée
 * ou rejetée avec toutes ses anomalies : lues = acceptées + rejetées.
 */
final class TableCsv {

  private TableCsv() {}

  /** Une ligne de données : son numéro dans le fichier et ses cellules par colonne. */
  static final class Ligne {
    private final long numero;
    private final Map<String, String> cellules;
    private final Reference reference;
    private final List<Anomalie> anomalies = new ArrayList<>();

    Ligne(long numero, Map<String, String> cellules, Reference reference) {
      this.numero = numero;
      this.cellules = cellules;
      this.reference = reference;
    }

    long numero() {
      return numero;
    }

    /** La cellule d'une colonne, sans blancs autour ; vide si la colonne est absente. */
    String texte(String colonne) {
      return cellules.getOrDefault(colonne, "").strip();
    }

    /** Une cellule non vide ; vide et une anomalie si elle l'est. */
    Optional<String> exiger(String colonne) {
      String t = texte(colonne);
      if (t.isEmpty()) {
        erreur(CodeAnomalie.CHAMP_MANQUANT, colonne, "valeur obligatoire manquante");
        return Optional.empty();
      }
      return Optional.of(t);
    }

    /** Ajoute une anomalie sur une colonne de cette ligne. */
    void erreur(CodeAnomalie code, String colonne, String message) {
      anomalies.add(Anomalie.erreur(code, colonne, message, reference).aLaLigne(numero));
    }

    boolean aDesAnomalies() {
      return !anomalies.isEmpty();
    }
  }

  /**
   * Les lignes physiques : découpées au seul saut de ligne ({@code \n}, précédé ou non d'un retour
   * chariot), si bien qu'un retour chariot isolé reste dans sa ligne et que chaque ligne garde son
   * numéro.
   */
  static List<String> lignesPhysiques(String t) {
    List<String> l = new ArrayList<>();
    int debut = 0;
    while (debut < t.length()) {
      int fin = t.indexOf('\n', debut);
      if (fin < 0) {
        fin = t.length();
      }
      int f = fin > debut && t.charAt(fin - 1) == '\r' ? fin - 1 : fin;
      l.add(t.substring(debut, f));
      debut = fin + 1;
    }
    return l;
  }

  /** Vrai pour une ligne sans caractère, ou faite seulement d'espaces et de tabulations. */
  static boolean isVide(String l) {
    for (int i = 0; i < l.length(); i++) {
      if (l.charAt(i) != ' ' && l.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** La raison de rejeter une ligne avant d'en lire les cellules, ou {@code null}. */
  private static String refus(String l) {
    if (l.length() > fr.fluxlogement.core.format.LecteurRpls.LONGUEUR_MAXIMALE_LIGNE) {
      return "ligne de plus de " + fr.fluxlogement.core.format.LecteurRpls.LONGUEUR_MAXIMALE_LIGNE + " caractères : rejetée";
    }
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return "caractère de contrôle dans la ligne (une cellule ne contient pas de saut de ligne)";
      }
    }
    int guillemets = 0;
    for (int i = 0; i < l.length(); i++) {
      if (l.charAt(i) == '"') {
        guillemets++;
      }
    }
    return guillemets % 2 == 0 ? null : "guillemet non fermé (une cellule ne contient pas de saut de ligne)";
  }

  /** Ce qu'un lecteur fait d'une ligne : une valeur, ou vide (ses anomalies sont sur la ligne). */
  @FunctionalInterface
  interface Lecture<T> {
    Optional<T> lire(Ligne ligne);
  }

  /**
   * Lit un fichier.
   *
   * @param texte le texte du fichier, déjà décodé
   * @param obligatoires les colonnes obligatoires
   * @param facultatives les autres colonnes reconnues
   * @param reference le texte qui exige ces données
   * @param lecture la lecture d'une ligne
   * @param sortie reçoit chaque valeur acceptée
   * @return le compte rendu de lecture, toutes anomalies comprises
   */
  static <T> CompteRenduLecture lire(String texte, List<String> obligatoires, List<String> facultatives, Reference reference,
      Lecture<T> lecture, Consumer<T> sortie) {
    List<Anomalie> anomalies = new ArrayList<>();
    String t = texte.startsWith(Csv.BOM) ? texte.substring(1) : texte;
    List<String> lignes = lignesPhysiques(t);
    if (lignes.isEmpty() || lignes.get(0).isBlank()) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.ENTETE_INVALIDE, "en-tête", "fichier vide : en-tête attendu ("
          + String.join(";", obligatoires) + ")", reference).aLaLigne(1));
      long lues = lignes.stream().skip(1).filter(l -> !isVide(l)).count();
      return new CompteRenduLecture(lues, 0, lues, anomalies.size(), anomalies);
    }
    List<String> entetes = new ArrayList<>();
    for (String e : Csv.champs(lignes.get(0), ';')) {
      entetes.add(e.strip().toLowerCase(Locale.ROOT));
    }
    List<String> manquantes = new ArrayList<>();
    for (String o : obligatoires) {
      if (!entetes.contains(o)) {
        manquantes.add(o);
      }
    }
    for (String e : entetes) {
      if (!obligatoires.contains(e) && !facultatives.contains(e)) {
        List<String> connues = new ArrayList<>(obligatoires);
        connues.addAll(facultatives);
        anomalies.add(Anomalie.erreur(CodeAnomalie.ENTETE_INVALIDE, "en-tête", "colonne inconnue « " + e + " » (colonnes reconnues : "
            + String.join(", ", connues) + ")", reference).aLaLigne(1));
      }
    }
    long lues = 0;
    long acceptees = 0;
    if (!manquantes.isEmpty()) {
      anomalies.add(Anomalie.erreur(CodeAnomalie.ENTETE_INVALIDE, "en-tête", "colonnes obligatoires absentes : "
          + String.join(", ", manquantes) + " ; toutes les lignes sont rejetées", reference).aLaLigne(1));
      lues = lignes.stream().skip(1).filter(l -> !isVide(l)).count();
      return new CompteRenduLecture(lues, 0, lues, anomalies.size(), anomalies);
    }
    for (int i = 1; i < lignes.size(); i++) {
      String l = lignes.get(i);
      if (isVide(l)) {
        continue;
      }
      lues++;
      long numero = i + 1L;
      String refus = refus(l);
      if (refus != null) {
        anomalies.add(Anomalie.erreur(refus.startsWith("ligne de plus") ? CodeAnomalie.DEBORDEMENT : CodeAnomalie.FORMAT_INVALIDE, "ligne",
            refus, reference).aLaLigne(numero));
        continue;
      }
      List<String> champs = Csv.champs(l, ';');
      Map<String, String> cellules = new LinkedHashMap<>();
      for (int j = 0; j < entetes.size() && j < champs.size(); j++) {
        cellules.putIfAbsent(entetes.get(j), champs.get(j));
      }
      Ligne ligne = new Ligne(numero, cellules, reference);
      Optional<T> v = Optional.empty();
      if (champs.size() != entetes.size()) {
        ligne.erreur(CodeAnomalie.NOMBRE_DE_CHAMPS, "ligne", champs.size() + " champs au lieu de " + entetes.size());
      } else {
        v = lecture.lire(ligne);
      }
      anomalies.addAll(ligne.anomalies);
      if (v.isPresent() && !ligne.aDesAnomalies()) {
        acceptees++;
        sortie.accept(v.get());
      }
    }
    return new CompteRenduLecture(lues, acceptees, lues - acceptees, anomalies.size(), anomalies);
  }
}
