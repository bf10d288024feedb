package fr.fluxlogement.core.parametre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.References;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Paramètres datés : valeurs nationales, surcharges de convention, provenance")
class ParametresTest {

  private final Parametres nationaux = Parametres.nationaux();

  @Test
  @DisplayName("chaque paramètre national a une valeur sur tout le domaine de dates 1900-2100")
  void couvertureComplete() {
    assertThat(nationaux.cles()).hasSize(24);
    for (Parametre<?> p : nationaux.cles()) {
      assertThat(nationaux.chronologie(p).couvre(Parametres.DOMAINE_DEBUT, Parametres.DOMAINE_FIN))
          .as(p.nom()).isTrue();
    }
  }

  @Test
  @DisplayName("R.441-5-2 I : la part du préfet est au plus 30 % du flux, dont 5 % pour les agents")
  void prefet() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThat(nationaux.valeur(Parametres.PLAFOND_PREFET, d)).isEqualTo(Taux.pourcent(30));
    assertThat(nationaux.valeur(Parametres.PLAFOND_AGENTS, d)).isEqualTo(Taux.pourcent(5));
    assertThat(nationaux.valeurDatee(Parametres.PLAFOND_PREFET, d).source()).isEqualTo(References.CCH_R441_5_2_I);
    assertThat(nationaux.valeurDatee(Parametres.PLAFOND_PREFET, d).provenance()).isEqualTo(Provenance.NATIONAL);
  }

  @Test
  @DisplayName("une convention surcharge la part de l'État des programmes neufs à partir de sa date, et l'explique")
  void surcharge() {
    LocalDate signature = LocalDate.of(2025, 6, 10);
    Parametres p = nationaux.withSurcharge(Parametres.PART_ETAT_PROGRAMMES_NEUFS, signature, Taux.pourcent(25),
        References.CLAUSE_PROGRAMMES_NEUFS, Provenance.CONVENTION);
    assertThat(p.valeur(Parametres.PART_ETAT_PROGRAMMES_NEUFS, signature.minusDays(1))).isEqualTo(Taux.pourcent(30));
    assertThat(p.valeur(Parametres.PART_ETAT_PROGRAMMES_NEUFS, signature)).isEqualTo(Taux.pourcent(25));
    ValeurDatee<Taux> v = p.valeurDatee(Parametres.PART_ETAT_PROGRAMMES_NEUFS, LocalDate.of(2030, 1, 1));
    assertThat(v.provenance()).isEqualTo(Provenance.CONVENTION);
    assertThat(v.citation()).isEqualTo("clause de la convention depuis le 2025-06-10");
    assertThat(nationaux.valeur(Parametres.PART_ETAT_PROGRAMMES_NEUFS, signature)).isEqualTo(Taux.pourcent(30));
  }

  @Test
  @DisplayName("un avenant borné dans le temps laisse revenir la valeur précédente après sa fin")
  void avenantBorne() {
    ValeurDatee<Integer> avenant = new ValeurDatee<>(LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2027, 1, 1)), 2,
        References.CLAUSE_DUREE, Provenance.AVENANT);
    Parametres p = nationaux.withValeur(Parametres.NOMBRE_CANDIDATS, avenant);
    assertThat(p.valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2025, 12, 31))).isEqualTo(3);
    assertThat(p.valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2026, 6, 1))).isEqualTo(2);
    assertThat(p.valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2027, 1, 1))).isEqualTo(3);
    assertThat(p.chronologie(Parametres.NOMBRE_CANDIDATS).valeurs()).hasSize(3);
    assertThat(p.chronologie(Parametres.NOMBRE_CANDIDATS).couvre(Parametres.DOMAINE_DEBUT, Parametres.DOMAINE_FIN)).isTrue();
    assertThat(p).isNotEqualTo(nationaux);
    assertThat(p.hashCode()).isNotEqualTo(nationaux.hashCode());
  }

  @Test
  @DisplayName("lire un paramètre hors de sa chronologie est une erreur claire, qui nomme le paramètre et la date")
  void parametreManquant() {
    Parametre<Integer> inconnu = new Parametre<>("inconnu", "un paramètre sans valeur", Integer.class);
    assertThatThrownBy(() -> nationaux.valeur(inconnu, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(ParametreManquantException.class)
        .hasMessageContaining("inconnu").hasMessageContaining("2025-01-01");
    assertThatThrownBy(() -> nationaux.valeur(Parametres.PLAFOND_PREFET, LocalDate.of(1899, 12, 31)))
        .isInstanceOf(ParametreManquantException.class);
  }

  @Test
  @DisplayName("une valeur du mauvais type ou une période vide sont refusées")
  void erreurs() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Parametre<Object> brut = (Parametre) Parametres.NOMBRE_CANDIDATS;
    assertThatThrownBy(() -> nationaux.withSurcharge(brut, LocalDate.of(2025, 1, 1), "trois", References.CCH_R441_3, Provenance.CONVENTION))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ValeurDatee<>(LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2025, 1, 1)), 1,
        References.CCH_R441_3, Provenance.NATIONAL)).isInstanceOf(IllegalArgumentException.class);
    ValeurDatee<Integer> a = new ValeurDatee<>(LocalDate.of(2020, 1, 1), Optional.empty(), 1, References.CCH_R441_3, Provenance.NATIONAL);
    ValeurDatee<Integer> b = new ValeurDatee<>(LocalDate.of(2021, 1, 1), Optional.empty(), 2, References.CCH_R441_3, Provenance.NATIONAL);
    assertThatThrownBy(() -> new Chronologie<>(List.of(a, b))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("une chronologie avec un trou ne couvre pas le domaine")
  void trou() {
    ValeurDatee<Integer> a = new ValeurDatee<>(LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2021, 1, 1)), 1, References.CCH_R441_3, Provenance.NATIONAL);
    ValeurDatee<Integer> b = new ValeurDatee<>(LocalDate.of(2022, 1, 1), Optional.empty(), 2, References.CCH_R441_3, Provenance.NATIONAL);
    Chronologie<Integer> c = new Chronologie<>(List.of(a, b));
    assertThat(c.couvre(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(c.couvre(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(c.couvre(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31))).isFalse();
    assertThat(c.valeurA(LocalDate.of(2021, 6, 1))).isEmpty();
    assertThat(c.valeurA(LocalDate.of(2023, 6, 1)).map(ValeurDatee::valeur)).contains(2);
  }
}
