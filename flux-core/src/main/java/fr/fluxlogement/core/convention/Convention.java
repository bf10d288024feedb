package fr.fluxlogement.core.convention;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.territoire.Territoire;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Une convention de réservation en flux entre un bailleur et un réservataire, sur un territoire :
 * une par couple et par département, à l'échelle de la commune quand le réservataire est une
 * commune (R.441-5 I). Elle fixe le mode de gestion et peut surcharger les valeurs nationales.
 *
 * @param bailleur le bailleur
 * @param reservataire le réservataire
 * @param territoire le territoire couvert
 * @param dateSignature la date de signature (départ de la durée, art. 7)
 * @param modeGestion directe ou déléguée (art. 5)
 * @param surcharges les clauses qui remplacent des valeurs nationales, dans l'ordre
 * @param texte le titre et les articles de la convention, que citent les explications de ses figures
 */
public record Convention(
    Bailleur bailleur,
    Reservataire reservataire,
    Territoire territoire,
    LocalDate dateSignature,
    ModeGestion modeGestion,
    List<Surcharge<?>> surcharges,
    TexteConvention texte) {

  /**
   * Valide.
   *
   * @throws IllegalArgumentException si le réservataire est la part non réservée du bailleur
   */
  public Convention {
    Objects.requireNonNull(bailleur, "bailleur");
    Objects.requireNonNull(reservataire, "reservataire");
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(dateSignature, "dateSignature");
    Objects.requireNonNull(modeGestion, "modeGestion");
    surcharges = List.copyOf(surcharges);
    Objects.requireNonNull(texte, "texte");
    if (reservataire.isBailleur()) {
      throw new IllegalArgumentException("une convention de réservation lie le bailleur à un réservataire tiers");
    }
  }

  /**
   * Une convention sans surcharge, numérotée selon le plan par défaut.
   *
   * @param bailleur le bailleur
   * @param reservataire le réservataire
   * @param territoire le territoire couvert
   * @param dateSignature la date de signature
   * @param modeGestion le mode de gestion
   * @param titre le titre cité par les explications
   * @return la convention
   */
  public static Convention of(
      Bailleur bailleur, Reservataire reservataire, Territoire territoire, LocalDate dateSignature, ModeGestion modeGestion, String titre) {
    return new Convention(bailleur, reservataire, territoire, dateSignature, modeGestion, List.of(), TexteConvention.of(titre));
  }

  /**
   * La même convention, avec un autre texte (titre, articles).
   *
   * @param autre le texte
   * @return la convention
   */
  public Convention withTexte(TexteConvention autre) {
    return new Convention(bailleur, reservataire, territoire, dateSignature, modeGestion, surcharges, autre);
  }

  /**
   * La même convention, avec un autre mode de gestion.
   *
   * @param mode le mode
   * @return la convention
   */
  public Convention withModeGestion(ModeGestion mode) {
    return new Convention(bailleur, reservataire, territoire, dateSignature, mode, surcharges, texte);
  }

  /** Les paramètres qui s'appliquent : les valeurs de base, puis chaque surcharge dans l'ordre. */
  public Parametres parametres(Parametres base) {
    Parametres p = Objects.requireNonNull(base, "base");
    for (Surcharge<?> s : surcharges) {
      p = s.appliquer(p);
    }
    return p;
  }

  /** La même convention avec une surcharge de plus (clause ou avenant). */
  public Convention withSurcharge(Surcharge<?> surcharge) {
    List<Surcharge<?>> l = new java.util.ArrayList<>(surcharges);
    l.add(surcharge);
    return new Convention(bailleur, reservataire, territoire, dateSignature, modeGestion, l, texte);
  }
}
