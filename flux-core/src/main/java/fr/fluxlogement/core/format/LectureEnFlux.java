package fr.fluxlogement.core.format;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Le squelette commun des lecteurs de fichiers {@code ;} à en-tête : reconnaissance des colonnes par
 * alias, contrôle des colonnes obligatoires, lecture ligne à ligne sans arrêt, anomalies gardées
 * jusqu'à une limite et toutes comptées, comptabilité lues = acceptées + rejetées.
 */
final class LectureEnFlux {

  private LectureEnFlux() {}

  /** Ce qu'un lecteur fait d'une ligne de données. */
  interface Ligne<T> {
    /**
     * Transforme les champs d'une ligne ; ajoute ses anomalies à {@code anomalies} ; une ligne avec
     * au moins une anomalie est rejetée.
     */
    Optional<T> lire(List<String> champs, Map<String, Integer> index, String entete, long numero, List<Anomalie> anomalies);
  }

  /**
   * Lit un fichier.
   *
   * @param lignes les lignes, en-tête d'abord
   * @param alias nom de colonne (en majuscules) → nom canonique
   * @param obligatoires les colonnes obligatoires ; chaque entrée est une liste de noms canoniques
   *     dont un au moins doit être présent
   * @param reference le texte qui définit le format
   * @param ligne la transformation d'une ligne
   * @param sortie reçoit chaque valeur acceptée
   */
  static <T> CompteRenduLecture lire(Iterator<String> lignes, Map<String, String> alias, List<List<String>> obligatoires, Reference reference,
      Ligne<T> ligne, Consumer<T> sortie) {
    AnomaliesCompteur signaler = new AnomaliesCompteur();
    if (!lignes.hasNext()) {
      signaler.accept(vide(reference));
      return new CompteRenduLecture(0, 0, 0, signaler.total, signaler.conservees);
    }
    Entete e = Entete.lire(lignes.next(), alias, obligatoires, reference);
    e.anomalies.forEach(signaler);
    long lues = 0;
    long acceptees = 0;
    long numero = 1;
    List<Anomalie> a = new ArrayList<>();
    while (lignes.hasNext()) {
      String texte = lignes.next();
      numero++;
      if (isVide(texte)) {
        continue;
      }
      lues++;
      if (!e.isComplete()) {
        continue;
      }
      a.clear();
      Optional<T> v = e.ligne(texte, numero, ligne, a);
      a.forEach(signaler);
      if (v.isPresent() && a.isEmpty()) {
        acceptees++;
        sortie.accept(v.get());
      }
    }
    return new CompteRenduLecture(lues, e.isComplete() ? acceptees : 0, e.isComplete() ? lues - acceptees : lues, signaler.total, signaler.conservees);
  }

  /** L'anomalie d'un fichier sans aucune ligne. */
  static Anomalie vide(Reference reference) {
    return Anomalie.erreur(CodeAnomalie.ENTETE_INVALIDE, "", "fichier vide : en-tête attendu", reference).aLaLigne(1);
  }

  /** Les anomalies d'une lecture : les premières gardées, toutes comptées. */
  static final class AnomaliesCompteur implements Consumer<Anomalie> {
    long total;
    final List<Anomalie> conservees = new ArrayList<>();

    @Override
    public void accept(Anomalie a) {
      total++;
      if (conservees.size() < LecteurRpls.ANOMALIES_CONSERVEES) {
        conservees.add(a);
      }
    }
  }

  /**
   * L'en-tête lu : l'indice de chaque colonne canonique, la largeur attendue des lignes et les
   * anomalies de l'en-tête lui-même. Immuable : partagé par les lectures parallèles.
   */
  static final class Entete {
    final String texte;
    final Map<String, Integer> index;
    final int largeur;
    final List<Anomalie> anomalies;
    final Reference reference;
    private final boolean complete;

    private Entete(String texte, Map<String, Integer> index, int largeur, List<Anomalie> anomalies, Reference reference, boolean complete) {
      this.complete = complete;
      this.texte = texte;
      this.index = index;
      this.largeur = largeur;
      this.anomalies = anomalies;
      this.reference = reference;
    }

    static Entete lire(String entete, Map<String, String> alias, List<List<String>> obligatoires, Reference reference) {
      List<Anomalie> anomalies = new ArrayList<>();
      if (entete.length() > LecteurRpls.LONGUEUR_MAXIMALE_LIGNE) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.ENTETE_INVALIDE, "en-tête", "en-tête de plus de " + LecteurRpls.LONGUEUR_MAXIMALE_LIGNE
            + " caractères", reference).aLaLigne(1));
        entete = "";
      }
      if (entete.startsWith(Csv.BOM)) {
        entete = entete.substring(1);
      }
      List<String> noms = Csv.champs(entete, ';');
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < noms.size(); i++) {
        String c = alias.get(noms.get(i).strip().toUpperCase(Locale.ROOT));
        if (c != null) {
          index.putIfAbsent(c, i);
        }
      }
      List<String> manquantes = new ArrayList<>();
      for (List<String> une : obligatoires) {
        if (une.stream().noneMatch(index::containsKey)) {
          manquantes.add(String.join(" ou ", une));
        }
      }
      if (!manquantes.isEmpty()) {
        anomalies.add(Anomalie.erreur(CodeAnomalie.ENTETE_INVALIDE, "en-tête", "colonnes obligatoires absentes : " + manquantes, reference)
            .aLaLigne(1));
        return new Entete(entete, Map.copyOf(index), noms.size(), List.copyOf(anomalies), reference, false);
      }
      return new Entete(entete, Map.copyOf(index), noms.size(), List.copyOf(anomalies), reference, true);
    }

    /** Vrai si les colonnes obligatoires sont là : sinon chaque ligne non vide est rejetée sans être lue. */
    boolean isComplete() {
      return complete;
    }

    /** L'indice d'une colonne canonique, −1 si elle est absente. */
    int colonne(String nom) {
      Integer i = index.get(nom);
      return i == null ? -1 : i;
    }

    /**
     * Une ligne de données non vide : sa valeur, ou vide avec ses anomalies dans {@code a}.
     */
    <T> Optional<T> ligne(String texte, long numero, Ligne<T> ligne, List<Anomalie> a) {
      if (texte.length() > LecteurRpls.LONGUEUR_MAXIMALE_LIGNE) {
        a.add(Anomalie.erreur(CodeAnomalie.DEBORDEMENT, "ligne", "ligne de plus de " + LecteurRpls.LONGUEUR_MAXIMALE_LIGNE
            + " caractères : rejetée", reference).aLaLigne(numero));
        return Optional.empty();
      }
      boolean cite = texte.indexOf('"') >= 0;
      List<String> champs = cite ? Csv.champs(texte, ';') : new Champs(texte, largeur);
      if (cite && !Csv.isFermee(texte)) {
        a.add(Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "ligne", "guillemet non fermé (une cellule ne contient pas de saut de ligne)",
            reference).aLaLigne(numero));
      } else if (aUnCaractereDeControle(texte)) {
        a.add(Anomalie.erreur(CodeAnomalie.FORMAT_INVALIDE, "ligne", "caractère de contrôle dans la ligne", reference).aLaLigne(numero));
      } else if (champs.size() != largeur) {
        a.add(Anomalie.erreur(CodeAnomalie.NOMBRE_DE_CHAMPS, "ligne", champs.size() + " champs au lieu de " + largeur, reference)
            .aLaLigne(numero));
      } else {
        return ligne.lire(champs, index, this.texte, numero, a);
      }
      return Optional.empty();
    }
  }

  /**
   * Vrai pour une ligne vide : sans caractère, ou faite seulement d'espaces et de tabulations. Une
   * ligne de caractères de contrôle n'est pas vide : elle est comptée et rejetée.
   */
  static boolean isVide(String texte) {
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Vrai si la ligne contient un caractère de contrôle autre que la tabulation (un retour chariot isolé compris). */
  static boolean aUnCaractereDeControle(String texte) {
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** La valeur d'une colonne canonique, vide si elle est absente. */
  static String champ(List<String> c, Map<String, Integer> index, String nom) {
    Integer i = index.get(nom);
    return i == null || i >= c.size() ? "" : c.get(i).strip();
  }

  /**
   * Les champs d'une ligne sans guillemets, découpés à la demande : seules les colonnes lues sont
   * extraites (le chemin rapide de la lecture nationale).
   */
  private static final class Champs extends java.util.AbstractList<String> {
    private final String ligne;
    private final int[] debuts;
    private final int n;

    Champs(String ligne, int largeur) {
      this.ligne = ligne;
      int[] d = new int[largeur + 2];
      int k = 0;
      d[k++] = 0;
      for (int i = 0; i < ligne.length(); i++) {
        if (ligne.charAt(i) == ';') {
          if (k < d.length) {
            d[k] = i + 1;
          }
          k++;
        }
      }
      this.n = k;
      this.debuts = d;
    }

    @Override
    public String get(int i) {
      int fin = i + 1 < n && i + 1 < debuts.length ? debuts[i + 1] - 1 : ligne.length();
      return ligne.substring(debuts[i], fin);
    }

    @Override
    public int size() {
      return n;
    }
  }
}
