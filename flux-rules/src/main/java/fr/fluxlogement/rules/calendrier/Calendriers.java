package fr.fluxlogement.rules.calendrier;

import fr.fluxlogement.core.territoire.Commune;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Les calendriers de plusieurs zones, construits une fois : le bon calendrier se choisit par la
 * commune du logement (Code du travail L.3133-1, L.3134-13 ; décret n° 83-1003).
 */
public final class Calendriers {

  private final Map<ZoneCalendaire, Calendrier> parZone;

  private Calendriers(Map<ZoneCalendaire, Calendrier> parZone) {
    this.parZone = Collections.unmodifiableMap(new EnumMap<>(parZone));
  }

  /** Les calendriers de toutes les zones, de 1900 à 2100, Vendredi saint férié en Alsace-Moselle. */
  public static Calendriers tous() {
    return tous(true);
  }

  /**
   * Les calendriers de toutes les zones, avec le choix du Vendredi saint en Alsace-Moselle. Construits
   * une fois (immuables, partagés sans risque entre fils d'exécution) : le domaine entier coûte
   * quelques dizaines de millisecondes.
   */
  public static Calendriers tous(boolean vendrediSaint) {
    return vendrediSaint ? Domaine.AVEC_VENDREDI_SAINT : Domaine.SANS_VENDREDI_SAINT;
  }

  /** Les deux jeux de calendriers du domaine entier, construits à la première demande. */
  private static final class Domaine {
    static final Calendriers AVEC_VENDREDI_SAINT = construire(true);
    static final Calendriers SANS_VENDREDI_SAINT = construire(false);

    private Domaine() {}
  }

  private static Calendriers construire(boolean vendrediSaint) {
    EnumMap<ZoneCalendaire, Calendrier> m = new EnumMap<>(ZoneCalendaire.class);
    for (ZoneCalendaire z : ZoneCalendaire.values()) {
      m.put(z, Calendrier.of(z, vendrediSaint, Calendrier.ANNEE_MIN, Calendrier.ANNEE_MAX));
    }
    return new Calendriers(m);
  }

  /** Un seul calendrier (les autres zones ne sont pas disponibles). */
  public static Calendriers of(Calendrier calendrier) {
    EnumMap<ZoneCalendaire, Calendrier> m = new EnumMap<>(ZoneCalendaire.class);
    m.put(calendrier.zone(), calendrier);
    return new Calendriers(m);
  }

  /**
   * Le calendrier d'une zone.
   *
   * @throws IllegalArgumentException si la zone n'a pas été construite
   */
  public Calendrier de(ZoneCalendaire zone) {
    Calendrier c = parZone.get(Objects.requireNonNull(zone, "zone"));
    if (c == null) {
      throw new IllegalArgumentException("pas de calendrier pour la zone " + zone.libelle());
    }
    return c;
  }

  /** Le calendrier de la commune d'un logement. */
  public Calendrier de(Commune commune) {
    return de(ZoneCalendaire.de(commune));
  }
}
