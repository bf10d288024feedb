package fr.fluxlogement.core.explication;

import java.util.List;
import java.util.Map;

/**
 * Un écrivain JSON minimal et déterministe, sans dépendance : chaînes, nombres entiers, booléens,
 * listes et tables (dans leur ordre d'itération). Sert aux explications et aux résultats.
 */
public final class Json {

  private Json() {}

  /**
   * Écrit une valeur : {@code null}, {@link CharSequence}, {@link Number}, {@link Boolean},
   * {@link List}, {@link Map} (clés converties en texte) ; tout autre objet par son {@code
   * toString()}.
   */
  public static String ecrire(Object valeur) {
    StringBuilder sb = new StringBuilder();
    ecrire(valeur, sb);
    return sb.toString();
  }

  /** Écrit une valeur à la suite d'un tampon. */
  public static void ecrire(Object valeur, StringBuilder sb) {
    if (valeur == null) {
      sb.append("null");
    } else if (valeur instanceof Boolean || valeur instanceof Integer || valeur instanceof Long
        || valeur instanceof java.math.BigInteger) {
      sb.append(valeur);
    } else if (valeur instanceof Map<?, ?> m) {
      sb.append('{');
      boolean premier = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!premier) {
          sb.append(',');
        }
        premier = false;
        chaine(String.valueOf(e.getKey()), sb);
        sb.append(':');
        ecrire(e.getValue(), sb);
      }
      sb.append('}');
    } else if (valeur instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        ecrire(l.get(i), sb);
      }
      sb.append(']');
    } else {
      chaine(valeur.toString(), sb);
    }
  }

  /** Écrit une chaîne JSON échappée. */
  public static void chaine(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
