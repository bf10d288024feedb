package fr.fluxlogement.core.parametre;

import java.util.Objects;

/**
 * La clé d'un paramètre juridique : son nom stable, son libellé français et le type de sa valeur.
 * Les clés de la bibliothèque sont les constantes de {@link Parametres}.
 *
 * @param <T> le type de la valeur
 * @param nom le nom stable (utilisé dans les dossiers de cas)
 * @param libelle le libellé français
 * @param type la classe de la valeur
 */
public record Parametre<T>(String nom, String libelle, Class<T> type) {

  /** Valide la clé. */
  public Parametre {
    Objects.requireNonNull(nom, "nom");
    Objects.requireNonNull(libelle, "libelle");
    Objects.requireNonNull(type, "type");
  }

  @Override
  public String toString() {
    return nom;
  }
}
