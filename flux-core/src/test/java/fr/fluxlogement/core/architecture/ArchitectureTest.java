package fr.fluxlogement.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** L'architecture de flux-core, vérifiée par ArchUnit sur les classes de production. */
@AnalyzeClasses(packages = "fr.fluxlogement.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule seulementLeJdk = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage("fr.fluxlogement.core..", "java..", "org.immutables.value..")
      .because("flux-core ne dépend que du JDK (les annotations d'Immutables ne servent qu'à la compilation)");

  @ArchTest
  static final ArchTests communes = ArchTests.in(ReglesCommunes.class);

  @ArchTest
  static final ArchRule pasDeCycle = ReglesArchitecturales.pasDeCycle("fr.fluxlogement.core");

  @Test
  @DisplayName("chaque règle d'architecture échoue sur une classe fautive")
  void chaqueRegleEchoueSurUneViolation() {
    JavaClasses fautives = new ClassFileImporter().importPackages(
        "fr.fluxlogement.core.architecture.mauvais", "fr.fluxlogement.core.architecture.cycle");
    for (ArchRule regle : ReglesArchitecturales.purete()) {
      assertThatThrownBy(() -> regle.check(fautives)).as(regle.getDescription()).isInstanceOf(AssertionError.class);
    }
    assertThatThrownBy(() -> ReglesArchitecturales.pasDeCycle("fr.fluxlogement.core.architecture").check(fautives))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> seulementLeJdk.check(new ClassFileImporter().importClasses(ArchitectureTest.class)))
        .isInstanceOf(AssertionError.class);
  }
}
