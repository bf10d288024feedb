package fr.fluxlogement.rules.calendrier;

import fr.fluxlogement.core.quantite.Delai;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Un calendrier des jours ouvrés et ouvrables d'une zone sur une plage d'années, précalculé une
 * fois : chaque opération coûte ensuite O(1) (tables de rangs cumulés). Immuable et sûr entre fils
 * d'exécution ; à construire une fois et à réutiliser.
 *
 * <ul>
 *   <li><b>jour ouvré</b> : du lundi au vendredi, jours fériés exclus ;
 *   <li><b>jour ouvrable</b> : du lundi au samedi, jours fériés exclus ;
 *   <li><b>n jours ouvrés après d</b> : le n-ième jour ouvré strictement postérieur à d (d lui-même
 *       ne compte pas) ;
 *   <li><b>n mois après d</b> : même quantième n mois plus tard, ramené au dernier jour du mois s'il
 *       n'existe pas (31 janvier + 1 mois = dernier jour de février) : politique {@link
 *       #FIN_DE_MOIS}.
 * </ul>
 */
public final class Calendrier {

  /** La politique de fin de mois des délais en mois, nommée pour les explications. */
  public static final String FIN_DE_MOIS = "quantième ramené au dernier jour du mois quand il n'existe pas";

  /** Première année couverte par {@link #of(ZoneCalendaire)}. */
  public static final int ANNEE_MIN = 1900;

  /** Dernière année couverte par {@link #of(ZoneCalendaire)}. */
  public static final int ANNEE_MAX = 2100;

  private static final byte FERIE = 1;
  private static final byte OUVRE = 2;
  private static final byte OUVRABLE = 4;

  private final ZoneCalendaire zone;
  private final boolean vendrediSaint;
  private final int anneeMin;
  private final int anneeMax;
  private final long base;
  private final byte[] jours;
  private final int[] cumulOuvres;
  private final int[] cumulOuvrables;
  private final int[] rangOuvres;
  private final int[] rangOuvrables;

  private Calendrier(ZoneCalendaire zone, boolean vendrediSaint, int anneeMin, int anneeMax) {
    this.zone = zone;
    this.vendrediSaint = vendrediSaint;
    this.anneeMin = anneeMin;
    this.anneeMax = anneeMax;
    this.base = LocalDate.of(anneeMin, 1, 1).toEpochDay();
    int n = (int) (LocalDate.of(anneeMax + 1, 1, 1).toEpochDay() - base);
    byte[] j = new byte[n];
    for (int a = anneeMin; a <= anneeMax; a++) {
      for (JourFerie f : JoursFeries.de(a, zone, vendrediSaint)) {
        j[(int) (f.date().toEpochDay() - base)] |= FERIE;
      }
    }
    int[] co = new int[n + 1];
    int[] cb = new int[n + 1];
    int[] ro = new int[n];
    int[] rb = new int[n];
    int no = 0;
    int nb = 0;
    for (int i = 0; i < n; i++) {
      DayOfWeek dow = LocalDate.ofEpochDay(base + i).getDayOfWeek();
      boolean ferie = (j[i] & FERIE) != 0;
      if (!ferie && dow != DayOfWeek.SUNDAY) {
        j[i] |= OUVRABLE;
        rb[nb++] = i;
        if (dow != DayOfWeek.SATURDAY) {
          j[i] |= OUVRE;
          ro[no++] = i;
        }
      }
      co[i + 1] = no;
      cb[i + 1] = nb;
    }
    this.jours = j;
    this.cumulOuvres = co;
    this.cumulOuvrables = cb;
    this.rangOuvres = Arrays.copyOf(ro, no);
    this.rangOuvrables = Arrays.copyOf(rb, nb);
  }

  /** Le calendrier d'une zone de 1900 à 2100, Vendredi saint férié en Alsace-Moselle. */
  public static Calendrier of(ZoneCalendaire zone) {
    return new Calendrier(Objects.requireNonNull(zone, "zone"), true, ANNEE_MIN, ANNEE_MAX);
  }

  /**
   * Le calendrier d'une zone sur une plage d'années.
   *
   * @param vendrediSaint en Alsace-Moselle, le Vendredi saint est-il férié ?
   * @throws IllegalArgumentException si la plage est vide ou commence avant 1583
   */
  public static Calendrier of(ZoneCalendaire zone, boolean vendrediSaint, int anneeMin, int anneeMax) {
    Objects.requireNonNull(zone, "zone");
    if (anneeMin < 1583 || anneeMax < anneeMin || anneeMax > 9999) {
      throw new IllegalArgumentException("plage d'années invalide : " + anneeMin + "-" + anneeMax);
    }
    return new Calendrier(zone, vendrediSaint, anneeMin, anneeMax);
  }

  /** La zone. */
  public ZoneCalendaire zone() {
    return zone;
  }

  /** Vrai si la date est dans la plage couverte. */
  public boolean couvre(LocalDate date) {
    return date.getYear() >= anneeMin && date.getYear() <= anneeMax;
  }

  private int index(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!couvre(date)) {
      throw new IllegalArgumentException("date hors du calendrier " + anneeMin + "-" + anneeMax + " : " + date);
    }
    return (int) (date.toEpochDay() - base);
  }

  private LocalDate date(int index) {
    return LocalDate.ofEpochDay(base + index);
  }

  /** Vrai pour un jour férié de la zone. */
  public boolean isFerie(LocalDate date) {
    return (jours[index(date)] & FERIE) != 0;
  }

  /** Vrai pour un jour ouvré (lundi à vendredi, hors fériés). */
  public boolean isOuvre(LocalDate date) {
    return (jours[index(date)] & OUVRE) != 0;
  }

  /** Vrai pour un jour ouvrable (lundi à samedi, hors fériés). */
  public boolean isOuvrable(LocalDate date) {
    return (jours[index(date)] & OUVRABLE) != 0;
  }

  /**
   * Le n-ième jour ouvré après {@code date} (la date elle-même ne compte pas) ; {@code date} si n =
   * 0.
   *
   * @throws IllegalArgumentException si n est négatif ou si le résultat sort de la plage
   */
  public LocalDate plusJoursOuvres(LocalDate date, int n) {
    return plus(date, n, cumulOuvres, rangOuvres);
  }

  /** Le n-ième jour ouvrable après {@code date} ; {@code date} si n = 0. */
  public LocalDate plusJoursOuvrables(LocalDate date, int n) {
    return plus(date, n, cumulOuvrables, rangOuvrables);
  }

  private LocalDate plus(LocalDate date, int n, int[] cumul, int[] rang) {
    if (n < 0) {
      throw new IllegalArgumentException("nombre de jours négatif : " + n);
    }
    int i = index(date);
    if (n == 0) {
      return date;
    }
    long cible = (long) cumul[i + 1] + n - 1;
    if (cible >= rang.length) {
      throw new IllegalArgumentException("échéance au-delà du calendrier (" + anneeMax + ")");
    }
    return date(rang[(int) cible]);
  }

  /** Le premier jour ouvré à partir de {@code date} incluse. */
  public LocalDate prochainJourOuvre(LocalDate date) {
    return isOuvre(date) ? date : plusJoursOuvres(date, 1);
  }

  /** Le nombre de jours ouvrés dans ]debut, fin] (négatif si fin précède debut). */
  public int joursOuvresEntre(LocalDate debut, LocalDate fin) {
    return cumulOuvres[index(fin) + 1] - cumulOuvres[index(debut) + 1];
  }

  /** {@code date} plus n mois calendaires, selon la politique {@link #FIN_DE_MOIS}. */
  public static LocalDate plusMois(LocalDate date, int n) {
    return date.plusMonths(n);
  }

  /** {@code date} plus un délai, dans son unité ; sans report (voir {@code delais}). */
  public LocalDate plus(LocalDate date, Delai delai) {
    return switch (delai.unite()) {
      case JOURS_OUVRES -> plusJoursOuvres(date, delai.quantite());
      case JOURS_OUVRABLES -> plusJoursOuvrables(date, delai.quantite());
      case JOURS_CALENDAIRES -> date.plusDays(delai.quantite());
      case MOIS -> plusMois(date, delai.quantite());
    };
  }

  /** {@code date} moins un délai (jours calendaires ou mois seulement : sert à l'avance du parc neuf). */
  public LocalDate moins(LocalDate date, Delai delai) {
    return switch (delai.unite()) {
      case JOURS_CALENDAIRES -> date.minusDays(delai.quantite());
      case MOIS -> date.minusMonths(delai.quantite());
      case JOURS_OUVRES, JOURS_OUVRABLES -> {
        LocalDate d = date;
        int restant = delai.quantite();
        while (restant > 0) {
          d = d.minusDays(1);
          if (delai.unite() == Delai.Unite.JOURS_OUVRES ? isOuvre(d) : isOuvrable(d)) {
            restant--;
          }
        }
        yield d;
      }
    };
  }

  @Override
  public String toString() {
    return "Calendrier[" + zone.libelle() + ", " + anneeMin + "-" + anneeMax + (vendrediSaint ? "" : ", sans Vendredi saint") + "]";
  }
}
