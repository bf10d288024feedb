package fr.fluxlogement.core.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Les règles de pureté, d'exactitude et d'immuabilité, en champs {@code @ArchTest} : chaque module
 * (cœur, règles) les inclut par {@code ArchTests.in(ReglesCommunes.class)}.
 */
public final class ReglesCommunes {

  private ReglesCommunes() {}

  @ArchTest
  static final ArchRule pasDEntreeSortie = ReglesArchitecturales.PAS_D_ENTREE_SORTIE;

  @ArchTest
  static final ArchRule rienDImprime = ReglesArchitecturales.RIEN_D_IMPRIME;

  @ArchTest
  static final ArchRule pasDHorloge = ReglesArchitecturales.PAS_D_HORLOGE;

  @ArchTest
  static final ArchRule pasDeHasard = ReglesArchitecturales.PAS_DE_HASARD;

  @ArchTest
  static final ArchRule pasDeStatiqueModifiable = ReglesArchitecturales.PAS_DE_STATIQUE_MODIFIABLE;

  @ArchTest
  static final ArchRule champsFinals = ReglesArchitecturales.CHAMPS_FINALS;

  @ArchTest
  static final ArchRule pasDeVirguleFlottante = ReglesArchitecturales.PAS_DE_VIRGULE_FLOTTANTE;
}
