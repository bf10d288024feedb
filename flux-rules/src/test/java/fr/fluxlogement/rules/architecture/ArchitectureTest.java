package fr.fluxlogement.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import fr.fluxlogement.core.architecture.ReglesArchitecturales;
import fr.fluxlogement.core.architecture.ReglesCommunes;

/** L'architecture de flux-rules : ne dépend que du cœur et du JDK ; pure, exacte, immuable. */
@AnalyzeClasses(packages = "fr.fluxlogement.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule dependances = classes()
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "fr.fluxlogement.rules..", "fr.fluxlogement.core..", "java..", "org.immutables.value..")
      .because("flux-rules ne dépend que de flux-core et du JDK ; jamais de flux-examples");

  @ArchTest
  static final ArchTests communes = ArchTests.in(ReglesCommunes.class);

  @ArchTest
  static final ArchRule pasDeCycle = ReglesArchitecturales.pasDeCycle("fr.fluxlogement.rules");
}
