package fr.fluxlogement.rules.assiette;

import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Un compte de logements ventilé par commune, typologie, financement et situation au regard des
 * QPV. Immuable ; se construit par {@link Compteur} et se fusionne par {@link #plus(Ventilation)}.
 *
 * @param total le nombre de logements
 * @param parCommune par code INSEE, dans l'ordre des codes
 * @param parTypologie par typologie
 * @param parFinancement par financement
 * @param enQpv le nombre en QPV
 * @param horsQpv le nombre hors QPV
 */
public record Ventilation(
    long total,
    Map<String, Long> parCommune,
    Map<Typologie, Long> parTypologie,
    Map<Financement, Long> parFinancement,
    long enQpv,
    long horsQpv) {

  /** Une ventilation vide. */
  public static final Ventilation VIDE = new Compteur().toVentilation();

  /** Valide et fige. */
  public Ventilation {
    parCommune = Collections.unmodifiableMap(new TreeMap<>(parCommune));
    parTypologie = Collections.unmodifiableMap(enumMap(Typologie.class, parTypologie));
    parFinancement = Collections.unmodifiableMap(enumMap(Financement.class, parFinancement));
    if (total < 0 || enQpv < 0 || horsQpv < 0 || enQpv + horsQpv != total) {
      throw new IllegalArgumentException("ventilation incohérente");
    }
  }

  private static <K extends Enum<K>> Map<K, Long> enumMap(Class<K> type, Map<K, Long> m) {
    EnumMap<K, Long> e = new EnumMap<>(type);
    e.putAll(m);
    return e;
  }

  /** La somme de deux ventilations. */
  public Ventilation plus(Ventilation autre) {
    Objects.requireNonNull(autre, "autre");
    Compteur c = new Compteur();
    c.ajouter(this);
    c.ajouter(autre);
    return c.toVentilation();
  }

  /** Accumulateur modifiable d'une {@link Ventilation}, à usage local (non partagé). */
  public static final class Compteur {
    private long total;
    private final TreeMap<String, Long> parCommune = new TreeMap<>();
    private final EnumMap<Typologie, Long> parTypologie = new EnumMap<>(Typologie.class);
    private final EnumMap<Financement, Long> parFinancement = new EnumMap<>(Financement.class);
    private long enQpv;

    /** Un compteur vide. */
    public Compteur() {
      // rien à initialiser au-delà des champs
    }

    /** Compte un logement. */
    public void ajouter(Logement l) {
      total++;
      parCommune.merge(l.localisation().commune().code(), 1L, Long::sum);
      parTypologie.merge(l.typologie(), 1L, Long::sum);
      parFinancement.merge(l.financement(), 1L, Long::sum);
      if (l.isEnQpv()) {
        enQpv++;
      }
    }

    /** Ajoute une ventilation. */
    public void ajouter(Ventilation v) {
      total += v.total();
      v.parCommune().forEach((k, n) -> parCommune.merge(k, n, Long::sum));
      v.parTypologie().forEach((k, n) -> parTypologie.merge(k, n, Long::sum));
      v.parFinancement().forEach((k, n) -> parFinancement.merge(k, n, Long::sum));
      enQpv += v.enQpv();
    }

    /** La ventilation comptée. */
    public Ventilation toVentilation() {
      return new Ventilation(total, parCommune, parTypologie, parFinancement, enQpv, total - enQpv);
    }
  }
}
