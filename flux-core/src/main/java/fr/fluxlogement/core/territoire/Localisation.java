package fr.fluxlogement.core.territoire;

import java.util.Objects;
import java.util.Optional;

/**
 * Où se trouve un logement : sa commune, l'EPCI dont elle est membre s'il est connu, et sa
 * situation au regard des QPV. Le département se déduit de la commune.
 *
 * @param commune la commune (RPLS {@code DEPCOM})
 * @param epci l'EPCI de rattachement, s'il est connu (RPLS open data {@code EPCI_CODE})
 * @param qpv la situation au regard des QPV
 */
public record Localisation(Commune commune, Optional<Epci> epci, Qpv qpv) {

  /** Valide la localisation. */
  public Localisation {
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(epci, "epci");
    Objects.requireNonNull(qpv, "qpv");
  }

  /** Une localisation sans EPCI connu. */
  public static Localisation of(Commune commune, Qpv qpv) {
    return new Localisation(commune, Optional.empty(), qpv);
  }

  /** Une localisation complète. */
  public static Localisation of(Commune commune, Epci epci, Qpv qpv) {
    return new Localisation(commune, Optional.of(epci), qpv);
  }

  /** Le département de la commune. */
  public Departement departement() {
    return commune.departement();
  }

  /** Vrai si le logement est dans le territoire donné (un EPCI inconnu n'y est jamais). */
  public boolean isDans(Territoire territoire) {
    Objects.requireNonNull(territoire, "territoire");
    if (territoire instanceof Commune c) {
      return c.equals(commune);
    }
    if (territoire instanceof Departement d) {
      return d.equals(departement());
    }
    return epci.map(territoire::equals).orElse(false);
  }
}
