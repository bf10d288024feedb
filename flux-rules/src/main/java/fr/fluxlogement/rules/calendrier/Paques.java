package fr.fluxlogement.rules.calendrier;

import java.time.LocalDate;

/**
 * Le dimanche de Pâques du calendrier grégorien, par le comput de Meeus, Jones et Butcher (1876),
 * exact pour toute année grégorienne. {@code java.time} ne connaît pas Pâques ; le lundi de Pâques
 * (+1), l'Ascension (+39), le lundi de Pentecôte (+50) et le Vendredi saint (−2) s'en déduisent
 * (Code du travail L.3133-1 et L.3134-13).
 */
public final class Paques {

  private Paques() {}

  /**
   * Le dimanche de Pâques de l'année.
   *
   * @param annee une année grégorienne, 1583 ou après
   * @throws IllegalArgumentException avant 1583
   */
  public static LocalDate dimanche(int annee) {
    if (annee < 1583) {
      throw new IllegalArgumentException("comput grégorien défini à partir de 1583 : " + annee);
    }
    int a = annee % 19;
    int b = annee / 100;
    int c = annee % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int mois = (h + l - 7 * m + 114) / 31;
    int jour = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(annee, mois, jour);
  }
}
