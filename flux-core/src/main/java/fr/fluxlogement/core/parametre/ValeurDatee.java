package fr.fluxlogement.core.parametre;

import fr.fluxlogement.core.reference.Reference;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Une valeur de paramètre sur une période, avec sa source et sa provenance.
 *
 * @param <T> le type de la valeur
 * @param debut le premier jour d'application
 * @param fin le premier jour où elle ne s'applique plus, absent si sans fin
 * @param valeur la valeur
 * @param source le texte qui la fixe
 * @param provenance qui l'a fixée
 */
public record ValeurDatee<T>(
    LocalDate debut, Optional<LocalDate> fin, T valeur, Reference source, Provenance provenance) {

  /**
   * Valide la période.
   *
   * @throws IllegalArgumentException si la fin n'est pas après le début
   */
  public ValeurDatee {
    Objects.requireNonNull(debut, "debut");
    Objects.requireNonNull(fin, "fin");
    Objects.requireNonNull(valeur, "valeur");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(provenance, "provenance");
    if (fin.isPresent() && !fin.get().isAfter(debut)) {
      throw new IllegalArgumentException("période vide : " + debut + " → " + fin.get());
    }
  }

  /** Vrai si la valeur s'applique à la date. */
  public boolean couvre(LocalDate date) {
    return !date.isBefore(debut) && fin.map(date::isBefore).orElse(true);
  }

  /**
   * D'où vient la valeur, en français : {@code "CCH, art. R.441-5-2, I ; valeur nationale"}. Une
   * clause de convention n'est citée que par sa provenance ({@code "clause de la convention"}) : son
   * article est celui de la convention de la figure, que donne la référence résolue du nœud.
   */
  public String citation() {
    boolean origine = debut.equals(Parametres.DOMAINE_DEBUT);
    return (source.isClause() ? "" : source.citation() + " ; ") + provenance.libelle() + (origine ? "" : " depuis le " + debut);
  }
}
