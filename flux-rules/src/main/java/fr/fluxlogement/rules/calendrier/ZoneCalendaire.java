package fr.fluxlogement.rules.calendrier;

import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import java.time.MonthDay;
import java.util.Optional;

/**
 * La zone de jours fériés d'un logement, choisie par le département de sa commune : la métropole
 * (Code du travail L.3133-1), l'Alsace-Moselle (57, 67, 68 : Vendredi saint et 26 décembre,
 * L.3134-13) ou un département d'outre-mer (commémoration de l'abolition de l'esclavage, décret n°
 * 83-1003).
 */
public enum ZoneCalendaire {
  /** Métropole hors Alsace-Moselle. */
  METROPOLE("métropole", null),
  /** Moselle, Bas-Rhin, Haut-Rhin. */
  ALSACE_MOSELLE("Alsace-Moselle", null),
  /** Guadeloupe (971) : 27 mai. */
  GUADELOUPE("Guadeloupe", MonthDay.of(5, 27)),
  /** Martinique (972) : 22 mai. */
  MARTINIQUE("Martinique", MonthDay.of(5, 22)),
  /** Guyane (973) : 10 juin. */
  GUYANE("Guyane", MonthDay.of(6, 10)),
  /** La Réunion (974) : 20 décembre. */
  REUNION("La Réunion", MonthDay.of(12, 20)),
  /** Mayotte (976) : 27 avril. [K] */
  MAYOTTE("Mayotte", MonthDay.of(4, 27));

  private final String libelle;
  private final MonthDay abolition;

  ZoneCalendaire(String libelle, MonthDay abolition) {
    this.libelle = libelle;
    this.abolition = abolition;
  }

  /** Le libellé français. */
  public String libelle() {
    return libelle;
  }

  /** Le jour de commémoration de l'abolition de l'esclavage, pour l'outre-mer. */
  public Optional<MonthDay> abolition() {
    return Optional.ofNullable(abolition);
  }

  /** La zone d'un département. Saint-Pierre-et-Miquelon (975) n'est pas un code de département valide. */
  public static ZoneCalendaire de(Departement departement) {
    return switch (departement.code()) {
      case "57", "67", "68" -> ALSACE_MOSELLE;
      case "971" -> GUADELOUPE;
      case "972" -> MARTINIQUE;
      case "973" -> GUYANE;
      case "974" -> REUNION;
      case "976" -> MAYOTTE;
      default -> METROPOLE;
    };
  }

  /** La zone de la commune d'un logement. */
  public static ZoneCalendaire de(Commune commune) {
    return de(commune.departement());
  }
}
