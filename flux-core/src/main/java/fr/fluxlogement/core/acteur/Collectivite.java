package fr.fluxlogement.core.acteur;

import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import java.util.Objects;

/**
 * Une collectivité territoriale ou un EPCI réservataire en contrepartie d'une garantie d'emprunt,
 * d'un apport de terrain ou de financement (L.441-1, R.441-5 I). Une commune conclut sa convention
 * à l'échelle de son territoire.
 *
 * @param niveau commune, EPCI, département ou région
 * @param code le code officiel (INSEE, SIREN, code de région)
 * @param nom le nom, par exemple {@code "Ornex"}
 */
public record Collectivite(Niveau niveau, String code, String nom) implements Reservataire {

  /** Le niveau de la collectivité. */
  public enum Niveau {
    /** Commune. */
    COMMUNE,
    /** Établissement public de coopération intercommunale. */
    EPCI,
    /** Département. */
    DEPARTEMENT,
    /** Région. */
    REGION
  }

  /**
   * Valide le code selon le niveau.
   *
   * @throws IllegalArgumentException si le code ne convient pas au niveau
   */
  public Collectivite {
    Objects.requireNonNull(niveau, "niveau");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nom, "nom");
    if (!isCodeValide(niveau, code)) {
      throw new IllegalArgumentException("code « " + code + " » invalide pour le niveau " + niveau);
    }
  }

  /**
   * Vrai si le code convient au niveau : code INSEE de commune, SIREN d'EPCI, code de département du
   * code officiel géographique, ou deux chiffres de région.
   *
   * @param niveau le niveau de la collectivité
   * @param code le code
   * @return vrai si le code est valide pour ce niveau
   * @throws NullPointerException si le niveau ou le code est {@code null}
   */
  public static boolean isCodeValide(Niveau niveau, String code) {
    Objects.requireNonNull(code, "code");
    return switch (Objects.requireNonNull(niveau, "niveau")) {
      case COMMUNE -> Commune.isValide(code);
      case EPCI -> Epci.isSirenValide(code);
      case DEPARTEMENT -> Departement.isValide(code);
      case REGION -> code.length() == 2 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    };
  }

  /** Une commune réservataire. */
  public static Collectivite commune(Commune commune, String nom) {
    return new Collectivite(Niveau.COMMUNE, commune.code(), nom);
  }

  /** Un EPCI réservataire. */
  public static Collectivite epci(Epci epci, String nom) {
    return new Collectivite(Niveau.EPCI, epci.siren(), nom);
  }

  /** Un département réservataire. */
  public static Collectivite departement(Departement departement, String nom) {
    return new Collectivite(Niveau.DEPARTEMENT, departement.code(), nom);
  }

  @Override
  public String cle() {
    return niveau.name() + "-" + code;
  }

  @Override
  public String libelle() {
    return switch (niveau) {
      case COMMUNE -> "commune " + fr.fluxlogement.core.explication.Francais.de(nom);
      case EPCI -> nom;
      case DEPARTEMENT -> "département " + nom;
      case REGION -> "région " + nom;
    };
  }
}
