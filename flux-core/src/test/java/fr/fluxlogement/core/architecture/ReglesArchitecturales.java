package fr.fluxlogement.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * Les règles d'architecture communes au cœur et aux règles : pureté (pas d'entrée-sortie, pas
 * d'horloge, pas de hasard, rien d'imprimé), exactitude (pas de virgule flottante), immuabilité
 * (pas de champ statique modifiable) et absence de cycle entre paquets.
 */
public final class ReglesArchitecturales {

  private ReglesArchitecturales() {}

  private static final Set<String> FLOTTANTS = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  /**
   * Ce que les lecteurs d'octets reçoivent de l'appelant, déjà ouvert : un canal, un flux, un
   * tampon, et les erreurs de lecture qu'ils propagent ; le décodage des caractères n'est pas une
   * entrée-sortie. Ouvrir un fichier ({@code java.nio.file}, {@code java.io.File…}) reste interdit.
   */
  private static final Set<String> RECUS_DE_L_APPELANT = Set.of("java.io.InputStream", "java.io.IOException",
      "java.io.UncheckedIOException", "java.nio.ByteBuffer", "java.nio.CharBuffer", "java.nio.Buffer", "java.nio.channels.ReadableByteChannel");

  /** Aucun accès aux entrées-sorties, au réseau, aux bases de données. */
  public static final ArchRule PAS_D_ENTREE_SORTIE = noClasses()
      .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("ouvrent ou font des entrées-sorties") {
        @Override
        public boolean test(JavaClass c) {
          String nom = c.getName();
          boolean paquet = nom.startsWith("java.io.") || nom.startsWith("java.nio.") || nom.startsWith("java.net.") || nom.startsWith("java.sql.");
          return paquet && !RECUS_DE_L_APPELANT.contains(nom) && !nom.startsWith("java.nio.charset.");
        }
      })
      .because("flux-core et flux-rules sont purs : aucune entrée-sortie ; un lecteur lit ce que l'appelant a ouvert");

  /** Rien d'imprimé. */
  public static final ArchRule RIEN_D_IMPRIME = noClasses()
      .should().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .because("flux-core et flux-rules n'impriment rien");

  /** Aucune lecture d'horloge. */
  public static final ArchRule PAS_D_HORLOGE = noClasses()
      .should().callMethodWhere(lectureHorloge())
      .because("les dates entrent en arguments : aucune lecture d'horloge");

  /** Aucun tirage au hasard. */
  public static final ArchRule PAS_DE_HASARD = noClasses()
      .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
      .orShould().callMethod(Math.class, "random")
      .because("le hasard entre en argument (graine), jamais tiré dans le cœur ou les règles");

  /** Aucun champ statique modifiable. */
  public static final ArchRule PAS_DE_STATIQUE_MODIFIABLE = fields()
      .that().areStatic()
      .should().beFinal()
      .because("aucun état statique modifiable : les règles sont sûres entre fils d'exécution");

  /** Aucun champ d'instance modifiable (hors code généré). */
  public static final ArchRule CHAMPS_FINALS = fields()
      .that().areNotStatic()
      .and().areDeclaredInClassesThat().haveNameNotMatching(".*\\.Immutable[A-Za-z0-9]*(\\$.*)?")
      .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
      .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Compteur")
      .should().beFinal()
      .because("les valeurs et les règles sont immuables");

  /** Aucune virgule flottante, ni en champ, ni en paramètre, ni en retour, ni en appel. */
  public static final ArchRule PAS_DE_VIRGULE_FLOTTANTE = classes()
      .should(new ArchCondition<JavaClass>("n'utiliser ni double ni float") {
        @Override
        public void check(JavaClass classe, ConditionEvents events) {
          for (JavaField f : classe.getFields()) {
            if (FLOTTANTS.contains(f.getRawType().getName())) {
              events.add(SimpleConditionEvent.violated(f, f.getFullName() + " est un flottant"));
            }
          }
          for (JavaCodeUnit u : classe.getCodeUnits()) {
            if (FLOTTANTS.contains(u.getRawReturnType().getName())
                || u.getRawParameterTypes().stream().anyMatch(t -> FLOTTANTS.contains(t.getName()))) {
              events.add(SimpleConditionEvent.violated(u, u.getFullName() + " a un flottant dans sa signature"));
            }
          }
          for (JavaMethodCall appel : classe.getMethodCallsFromSelf()) {
            if (FLOTTANTS.contains(appel.getTarget().getRawReturnType().getName())
                || appel.getTarget().getRawParameterTypes().stream().anyMatch(t -> FLOTTANTS.contains(t.getName()))) {
              events.add(SimpleConditionEvent.violated(appel, appel.getDescription() + " calcule en flottant"));
            }
          }
        }
      })
      .because("tout calcul est exact : pas de double ni de float");

  /** Aucun cycle entre paquets. */
  public static ArchRule pasDeCycle(String racine) {
    return slices().matching(racine + ".(*)..").should().beFreeOfCycles();
  }

  /** Les règles de pureté, d'exactitude et d'immuabilité. */
  public static List<ArchRule> purete() {
    return List.of(PAS_D_ENTREE_SORTIE, RIEN_D_IMPRIME, PAS_D_HORLOGE, PAS_DE_HASARD,
        PAS_DE_STATIQUE_MODIFIABLE, CHAMPS_FINALS, PAS_DE_VIRGULE_FLOTTANTE);
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaMethodCall> lectureHorloge() {
    return new com.tngtech.archunit.base.DescribedPredicate<>("lit l'horloge") {
      @Override
      public boolean test(JavaMethodCall appel) {
        String proprietaire = appel.getTargetOwner().getName();
        String nom = appel.getName();
        boolean now = nom.equals("now") && proprietaire.startsWith("java.time.");
        boolean horloge = proprietaire.equals("java.time.Clock") && nom.startsWith("system");
        boolean systeme = proprietaire.equals("java.lang.System") && (nom.equals("currentTimeMillis") || nom.equals("nanoTime"));
        return now || horloge || systeme;
      }
    };
  }

  /** Vrai si un champ est modifiable (non final) ; utilitaire des tests de règles. */
  static boolean isModifiable(JavaField f) {
    return !f.getModifiers().contains(JavaModifier.FINAL);
  }
}
