package fr.fluxlogement.core.logement;

import fr.fluxlogement.core.territoire.Commune;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Une opération de logements sociaux : son nombre de logements, sa mise en service, son
 * financement et les garanties de ses prêts. La première mise en location reste gérée en stock et
 * reflète le financement ; le programme rejoint l'assiette l'année suivante (convention art. 5.3).
 *
 * <p>Construit par {@link #builder()} ; immuable ; valide à la construction.
 */
@Value.Immutable
@StyleValeur
public abstract class Programme {

  Programme() {}

  /** Le constructeur. */
  public static ImmutableProgramme.Builder builder() {
    return ImmutableProgramme.builder();
  }

  /** L'identifiant du programme. */
  public abstract String identifiant();

  /** La commune où il est situé. */
  public abstract Commune commune();

  /** Le nombre de logements de l'opération. */
  public abstract int nombreLogements();

  /** La date de mise en service. */
  public abstract LocalDate dateMiseEnService();

  /** Le financement principal. */
  public abstract Financement financement();

  /** Les garanties d'emprunt, une par garant et par prêt. */
  public abstract List<GarantieEmprunt> garanties();

  /** Vrai pour une opération NPNRU (relogement, convention art. 5.4). */
  @Value.Default
  public boolean npnru() {
    return false;
  }

  /** L'année de première mise en location. */
  public int anneeMiseEnService() {
    return dateMiseEnService().getYear();
  }

  @Value.Check
  void verifier() {
    if (identifiant().isBlank()) {
      throw new IllegalArgumentException("identifiant de programme vide");
    }
    if (nombreLogements() <= 0) {
      throw new IllegalArgumentException("un programme compte au moins un logement : " + nombreLogements());
    }
  }
}
