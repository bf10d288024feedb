package fr.fluxlogement.core.parametre;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * La chronologie d'un paramètre : des valeurs datées sur des périodes disjointes, triées.
 * Immuable ; {@link #withValeur(ValeurDatee)} rend une nouvelle chronologie où la nouvelle valeur
 * remplace les anciennes sur sa période (ainsi une convention ou un avenant surcharge une valeur
 * nationale à partir d'une date).
 *
 * @param <T> le type des valeurs
 * @param valeurs les valeurs, triées par début, sans chevauchement
 */
public record Chronologie<T>(List<ValeurDatee<T>> valeurs) {

  /**
   * Valide : tri et absence de chevauchement.
   *
   * @throws IllegalArgumentException si deux périodes se chevauchent
   */
  public Chronologie {
    valeurs = List.copyOf(valeurs);
    for (int i = 1; i < valeurs.size(); i++) {
      ValeurDatee<T> avant = valeurs.get(i - 1);
      ValeurDatee<T> apres = valeurs.get(i);
      if (avant.fin().isEmpty() || avant.fin().get().isAfter(apres.debut())) {
        throw new IllegalArgumentException("périodes qui se chevauchent : " + avant.debut() + " et " + apres.debut());
      }
    }
  }

  /** Une chronologie d'une seule valeur. */
  public static <T> Chronologie<T> of(ValeurDatee<T> valeur) {
    return new Chronologie<>(List.of(valeur));
  }

  /** La valeur applicable à une date, si la chronologie la couvre. */
  public Optional<ValeurDatee<T>> valeurA(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (ValeurDatee<T> v : valeurs) {
      if (v.couvre(date)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** Vrai si chaque jour de {@code [du, au]} a une valeur. */
  public boolean couvre(LocalDate du, LocalDate au) {
    LocalDate jour = du;
    for (ValeurDatee<T> v : valeurs) {
      if (v.debut().isAfter(jour)) {
        return false;
      }
      if (v.fin().isEmpty()) {
        return true;
      }
      if (v.fin().get().isAfter(jour)) {
        jour = v.fin().get();
      }
      if (jour.isAfter(au)) {
        return true;
      }
    }
    return false;
  }

  /**
   * La chronologie où {@code nouvelle} remplace toute valeur sur sa période.
   *
   * @param nouvelle la valeur datée
   * @return la nouvelle chronologie
   */
  public Chronologie<T> withValeur(ValeurDatee<T> nouvelle) {
    Objects.requireNonNull(nouvelle, "nouvelle");
    List<ValeurDatee<T>> resultat = new ArrayList<>();
    for (ValeurDatee<T> v : valeurs) {
      if (v.debut().isBefore(nouvelle.debut())) {
        Optional<LocalDate> fin = v.fin().isPresent() && v.fin().get().isBefore(nouvelle.debut()) ? v.fin() : Optional.of(nouvelle.debut());
        resultat.add(new ValeurDatee<>(v.debut(), fin, v.valeur(), v.source(), v.provenance()));
      }
      if (nouvelle.fin().isPresent()) {
        LocalDate finNouvelle = nouvelle.fin().get();
        boolean depasse = v.fin().isEmpty() || v.fin().get().isAfter(finNouvelle);
        if (depasse) {
          LocalDate debut = v.debut().isAfter(finNouvelle) ? v.debut() : finNouvelle;
          resultat.add(new ValeurDatee<>(debut, v.fin(), v.valeur(), v.source(), v.provenance()));
        }
      }
    }
    resultat.add(nouvelle);
    resultat.sort(Comparator.comparing(ValeurDatee::debut));
    return new Chronologie<>(resultat);
  }
}
