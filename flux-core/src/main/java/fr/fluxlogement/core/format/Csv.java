package fr.fluxlogement.core.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Le CSV des tableurs français : séparateur {@code ;}, virgule décimale, UTF-8 avec marque d'ordre
 * (BOM), en-têtes en français. Une cellule qui commencerait par {@code =}, {@code +}, {@code -},
 * {@code @}, une tabulation ou un retour chariot est neutralisée (préfixée d'une apostrophe) contre
 * l'injection de formules ; les nombres ({@code -3}, {@code -12,5}) restent des nombres.
 */
public final class Csv {

  private Csv() {}

  /** La marque d'ordre des octets UTF-8, que les tableurs attendent. */
  public static final String BOM = "\uFEFF";

  /** Une cellule neutralisée et citée au besoin. */
  public static String cellule(Object valeur) {
    String s = valeur == null ? "" : valeur.toString();
    if (!s.isEmpty() && !isNombre(s) && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 || isNeutralisee(s)) {
      s = "'" + s;
    }
    if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /**
   * Vrai pour une cellule qui porte une apostrophe de neutralisation : une apostrophe suivie de
   * {@code =}, {@code +}, {@code -}, {@code @}, d'une tabulation, d'un retour chariot ou d'une autre
   * apostrophe. Une valeur qui commence ainsi d'elle-même est écrite avec une apostrophe de plus :
   * la relecture rend exactement la valeur écrite.
   */
  static boolean isNeutralisee(String s) {
    return s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r'".indexOf(s.charAt(1)) >= 0;
  }

  /** Vrai si les guillemets de la ligne sont fermés (une cellule citée n'y continue pas sur la ligne suivante). */
  static boolean isFermee(String ligne) {
    boolean cite = false;
    int longueur = 0;
    for (int i = 0; i < ligne.length(); i++) {
      char ch = ligne.charAt(i);
      if (cite) {
        if (ch == '"') {
          if (i + 1 < ligne.length() && ligne.charAt(i + 1) == '"') {
            longueur++;
            i++;
          } else {
            cite = false;
          }
        } else {
          longueur++;
        }
      } else if (ch == '"' && longueur == 0) {
        cite = true;
      } else if (ch == ';') {
        longueur = 0;
      } else {
        longueur++;
      }
    }
    return !cite;
  }

  /** Vrai pour un nombre décimal à la française ou en pour cent : {@code -12}, {@code 3,5}, {@code 17,61 %}. */
  static boolean isNombre(String s) {
    return s.matches("-?\\d+(,\\d+)?( %)?");
  }

  /** Écrit des lignes (tables ordonnées de mêmes clés) : BOM, en-tête, une ligne par table. */
  public static String ecrire(List<Map<String, Object>> lignes) {
    StringBuilder sb = new StringBuilder(BOM);
    if (lignes.isEmpty()) {
      return sb.toString();
    }
    List<String> entetes = new ArrayList<>(lignes.get(0).keySet());
    for (Map<String, Object> l : lignes) {
      for (String k : l.keySet()) {
        if (!entetes.contains(k)) {
          entetes.add(k);
        }
      }
    }
    ligne(sb, new ArrayList<>(entetes));
    for (Map<String, Object> l : lignes) {
      List<Object> v = new ArrayList<>();
      for (String k : entetes) {
        v.add(l.get(k));
      }
      ligne(sb, v);
    }
    return sb.toString();
  }

  private static void ligne(StringBuilder sb, List<?> valeurs) {
    for (int i = 0; i < valeurs.size(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(cellule(valeurs.get(i)));
    }
    sb.append("\r\n");
  }

  /**
   * Découpe une ligne {@code ;} en champs, guillemets doublés compris. Une ligne mal fermée rend ses
   * champs tels quels (le lecteur signale l'anomalie par le nombre de champs).
   */
  public static List<String> champs(String ligne, char separateur) {
    List<String> l = new ArrayList<>();
    StringBuilder c = new StringBuilder();
    boolean cite = false;
    for (int i = 0; i < ligne.length(); i++) {
      char ch = ligne.charAt(i);
      if (cite) {
        if (ch == '"') {
          if (i + 1 < ligne.length() && ligne.charAt(i + 1) == '"') {
            c.append('"');
            i++;
          } else {
            cite = false;
          }
        } else {
          c.append(ch);
        }
      } else if (ch == '"' && c.length() == 0) {
        cite = true;
      } else if (ch == separateur) {
        l.add(c.toString());
        c.setLength(0);
      } else {
        c.append(ch);
      }
    }
    l.add(c.toString());
    return l;
  }

  /** Relit un CSV écrit par {@link #ecrire} : la liste des lignes, chacune table en-tête → texte (apostrophe de neutralisation retirée). */
  public static List<Map<String, String>> lire(String texte) {
    String t = texte.startsWith(BOM) ? texte.substring(1) : texte;
    List<Map<String, String>> r = new ArrayList<>();
    List<String> lignes = lignesLogiques(t);
    if (lignes.isEmpty()) {
      return r;
    }
    List<String> entetes = champs(lignes.get(0), ';');
    for (int i = 1; i < lignes.size(); i++) {
      List<String> c = champs(lignes.get(i), ';');
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (int j = 0; j < entetes.size(); j++) {
        String v = j < c.size() ? c.get(j) : "";
        if (isNeutralisee(v)) {
          v = v.substring(1);
        }
        m.put(entetes.get(j), v);
      }
      r.add(m);
    }
    return r;
  }

  private static List<String> lignesLogiques(String t) {
    List<String> l = new ArrayList<>();
    StringBuilder c = new StringBuilder();
    boolean cite = false;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '"') {
        cite = !cite;
      }
      if (!cite && (ch == '\n' || ch == '\r')) {
        if (ch == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
          i++;
        }
        l.add(c.toString());
        c.setLength(0);
      } else {
        c.append(ch);
      }
    }
    if (c.length() > 0) {
      l.add(c.toString());
    }
    return l;
  }
}
