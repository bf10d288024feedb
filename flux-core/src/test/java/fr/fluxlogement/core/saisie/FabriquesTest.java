package fr.fluxlogement.core.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.CleReservataire;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.format.Dates;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.NumeroUnique;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Chaque valeur du cœur qu'un intégrateur construit depuis un texte externe a sa lecture {@code
 * parse(…, String chemin)} rendant un {@link Resultat} : une fabrique qui lève une exception
 * (constructeur ou méthode statique publics dont tous les paramètres sont des textes, rendant le
 * type) ne sert qu'aux valeurs écrites dans le programme, et doit avoir sa jumelle qui ne lève
 * rien, aux mêmes textes suivis du chemin ; une correspondance qui rend un {@code Optional} du type
 * exige une lecture du type.
 */
@DisplayName("Fabriques : toute valeur construite depuis un texte externe a sa lecture parse(…, chemin) rendant un Resultat")
class FabriquesTest {

  /** Les types de valeur atteints par des données externes, et le type que rend leur lecture. */
  private static final List<Class<?>> VALEURS = List.of(Commune.class, Departement.class, Epci.class, Bailleur.class, Taux.class,
      Fraction.class, Typologie.class, Financement.class, NumeroUnique.class, CleReservataire.class);

  @Test
  @DisplayName("chaque type listé a une lecture parse rendant Resultat du type, et aucune fabrique de texte sans jumelle")
  void chaqueFabriqueDeTexteASaLecture() {
    for (Class<?> type : VALEURS) {
      assertThat(lecturesDe(type, type)).as("parse de " + type.getSimpleName()).isNotEmpty();
      assertThat(fautes(type)).as(type.getSimpleName()).isEmpty();
    }
  }

  @Test
  @DisplayName("les dates, les ressources et les unités de consommation ont leur lecture rendant Resultat")
  void lecturesSansType() throws NoSuchMethodException {
    assertThat(retourne(Dates.class.getMethod("parse", String.class, String.class), LocalDate.class)).isTrue();
    assertThat(retourne(Dates.class.getMethod("parseIso", String.class, String.class), LocalDate.class)).isTrue();
    assertThat(retourne(Menage.class.getMethod("parseRessources", String.class, String.class), java.math.BigDecimal.class)).isTrue();
    assertThat(retourne(Menage.class.getMethod("parseUnitesConsommation", String.class, String.class), Fraction.class)).isTrue();
  }

  @Test
  @DisplayName("aucune méthode publique nommée parse ne rend autre chose qu'un Resultat, ni ne lève d'exception déclarée")
  void parseRendToujoursUnResultat() {
    for (Class<?> type : List.of(Commune.class, Departement.class, Epci.class, Bailleur.class, Taux.class, Fraction.class,
        Typologie.class, Financement.class, NumeroUnique.class, CleReservataire.class, Dates.class, Menage.class)) {
      for (Method m : type.getMethods()) {
        if (m.getName().startsWith("parse") && m.getDeclaringClass() == type) {
          assertThat(m.getReturnType()).as(type.getSimpleName() + "." + m.getName()).isEqualTo(Resultat.class);
          assertThat(m.getExceptionTypes()).as(m.toString()).isEmpty();
          assertThat(m.getParameterTypes()[m.getParameterCount() - 1]).as("chemin en dernier : " + m).isEqualTo(String.class);
        }
      }
    }
  }

  /** Un type fautif : une fabrique de texte sans lecture jumelle. */
  static final class Fautive {
    private Fautive() {}

    public static Fautive of(String code) {
      return new Fautive();
    }
  }

  /** Un type fautif : sa lecture rend un Optional. */
  static final class LectureOptionnelle {
    private LectureOptionnelle() {}

    public static LectureOptionnelle of(String code) {
      return new LectureOptionnelle();
    }

    public static Optional<LectureOptionnelle> parse(String code, String chemin) {
      return Optional.empty();
    }
  }

  @Test
  @DisplayName("la règle échoue sur une fabrique of(String) sans jumelle, et sur une lecture qui rend un Optional")
  void laRegleEchoueSurUnTypeFautif() {
    assertThat(fautes(Fautive.class)).singleElement().asString().contains("of");
    assertThat(fautes(LectureOptionnelle.class)).singleElement().asString().contains("of");
    assertThat(fautes(Commune.class)).isEmpty();
  }

  /** Les fabriques de texte d'un type sans lecture jumelle à un paramètre de plus (le chemin). */
  static List<String> fautes(Class<?> type) {
    List<Executable> fabriques = new ArrayList<>();
    for (Constructor<?> c : type.getConstructors()) {
      fabriques.add(c);
    }
    for (Method m : type.getDeclaredMethods()) {
      boolean statique = Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && !m.isSynthetic();
      if (statique && !m.getName().startsWith("parse") && (m.getReturnType() == type || rendOptionalDe(m, type))) {
        fabriques.add(m);
      }
    }
    List<String> fautes = new ArrayList<>();
    List<Method> lectures = lecturesDe(type, type);
    for (Executable f : fabriques) {
      boolean deTexte = f.getParameterCount() > 0 && Arrays.stream(f.getParameterTypes()).allMatch(p -> p == String.class);
      // une correspondance qui rend un Optional (codes RPLS FINAN et CUS) ne lève rien : une lecture du type suffit ;
      // une fabrique qui rend le type lève une exception : sa jumelle prend les mêmes textes et le chemin
      boolean correspondance = f instanceof Method m && m.getReturnType() == Optional.class;
      boolean jumelle = correspondance ? !lectures.isEmpty()
          : lectures.stream().anyMatch(p -> p.getParameterCount() == f.getParameterCount() + 1);
      if (deTexte && !jumelle) {
        fautes.add(f.toString());
      }
    }
    return fautes;
  }

  /** Les méthodes statiques publiques {@code parse…(String…, String chemin)} de {@code type} rendant {@code Resultat<valeur>}. */
  private static List<Method> lecturesDe(Class<?> type, Class<?> valeur) {
    List<Method> l = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      boolean textes = Arrays.stream(m.getParameterTypes()).allMatch(p -> p == String.class) && m.getParameterCount() >= 2;
      if (m.getName().startsWith("parse") && Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && textes
          && retourne(m, valeur)) {
        l.add(m);
      }
    }
    return l;
  }

  /** Vrai si la méthode rend {@code Resultat<valeur>}. */
  private static boolean retourne(Method m, Class<?> valeur) {
    return m.getReturnType() == Resultat.class && m.getGenericReturnType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] == valeur;
  }

  private static boolean rendOptionalDe(Method m, Class<?> type) {
    Type t = m.getGenericReturnType();
    return m.getReturnType() == Optional.class && t instanceof ParameterizedType p && p.getActualTypeArguments()[0] == type;
  }
}
