package fr.fluxlogement.rules.delais;

import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.calendrier.Calendriers;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tableau des délais de l'article 6 de la convention, ligne par ligne et colonne par colonne")
class DelaisTest {

  private static final Calendriers CAL = Calendriers.tous();
  private static final Parametres P = Parametres.nationaux();
  private static final Logement ORNEX = logement("L1");
  private static final Logement STRASBOURG = Logement.builder().from(logement("L2"))
      .localisation(Localisation.of(Commune.of("67482"), Qpv.HORS_QPV)).build();

  private static Echeances echeances(Logement l, TypeLiberation type, String date) {
    return CalculDelais.calculer(new Liberation(l, type, LocalDate.parse(date)), Optional.empty(), CAL, P);
  }

  @Test
  @DisplayName("préavis d'un mois, semaine du 1er et du 8 mai : transmission le 30 avril 2025, candidats et impossibilité au plus tard le 9 mai")
  void preavisUnMoisPremierEtHuitMai() {
    Echeances e = echeances(ORNEX, TypeLiberation.PREAVIS_UN_MOIS, "2025-04-30");
    assertThat(e.information().date()).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(e.candidats().date()).isEqualTo(LocalDate.of(2025, 5, 9));
    assertThat(e.impossibilite().date()).isEqualTo(LocalDate.of(2025, 5, 9));
    assertThat(e.candidats().reportee()).isFalse();
    assertThat(e.candidats().explication().toTexte()).contains("transmission du 2025-04-30 + 5 jours ouvrés = 2025-05-09",
        "convention de réservation, art. 6, tableau des délais");
  }

  @Test
  @DisplayName("préavis d'un mois, semaine de l'Ascension : transmission le 27 mai 2025, candidats le 4 juin")
  void preavisUnMoisAscension() {
    assertThat(echeances(ORNEX, TypeLiberation.PREAVIS_UN_MOIS, "2025-05-27").candidats().date()).isEqualTo(LocalDate.of(2025, 6, 4));
  }

  @Test
  @DisplayName("Noël au jour de l'an : transmission le 24 décembre 2024, 2 janvier à Ornex, 3 janvier à Strasbourg (26 décembre férié)")
  void noelJourDeLAn() {
    assertThat(echeances(ORNEX, TypeLiberation.PREAVIS_UN_MOIS, "2024-12-24").candidats().date()).isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(echeances(STRASBOURG, TypeLiberation.PREAVIS_UN_MOIS, "2024-12-24").candidats().date()).isEqualTo(LocalDate.of(2025, 1, 3));
  }

  @Test
  @DisplayName("année bissextile : 5 jours ouvrés après le 28 février 2024 donnent le 6 mars ; 1 mois après le 31 janvier 2024, le 29 février")
  void bissextile() {
    assertThat(echeances(ORNEX, TypeLiberation.PREAVIS_UN_MOIS, "2024-02-28").candidats().date()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(echeances(ORNEX, TypeLiberation.PREAVIS_TROIS_MOIS, "2024-01-31").candidats().date()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(echeances(ORNEX, TypeLiberation.PREAVIS_TROIS_MOIS, "2025-01-31").candidats().date()).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  @DisplayName("préavis de trois mois : un mois calendaire ; l'échéance du samedi 1er novembre 2025 (Toussaint) est reportée au lundi 3")
  void preavisTroisMois() {
    Echeances e = echeances(ORNEX, TypeLiberation.PREAVIS_TROIS_MOIS, "2025-10-01");
    assertThat(e.candidats().date()).isEqualTo(LocalDate.of(2025, 11, 3));
    assertThat(e.candidats().reportee()).isTrue();
    assertThat(e.impossibilite().date()).isEqualTo(LocalDate.of(2025, 10, 8));
    assertThat(e.candidats().explication().formule()).contains("jour non ouvré reporté au 2025-11-03");
    assertThat(echeances(ORNEX, TypeLiberation.PREAVIS_TROIS_MOIS, "2025-06-14").candidats().date()).isEqualTo(LocalDate.of(2025, 7, 15));
  }

  @Test
  @DisplayName("sans report (paramètre de convention), l'échéance reste le samedi 1er novembre 2025")
  void sansReport() {
    Parametres p = P.withSurcharge(Parametres.REPORT_JOUR_NON_OUVRE, LocalDate.of(2025, 1, 1), Boolean.FALSE,
        References.CLAUSE_DELAIS, Provenance.CONVENTION);
    Echeances e = CalculDelais.calculer(new Liberation(ORNEX, TypeLiberation.PREAVIS_TROIS_MOIS, LocalDate.of(2025, 10, 1)), Optional.empty(), CAL, p);
    assertThat(e.candidats().date()).isEqualTo(LocalDate.of(2025, 11, 1));
    assertThat(e.candidats().reportee()).isFalse();
  }

  @Test
  @DisplayName("parc neuf : éléments 3 mois avant la mise en service du 1er septembre 2025 ; transmis le 28 mai, candidats le 30 juin (samedi 28 reporté), impossibilité le 5 juin")
  void parcNeuf() {
    Liberation l = new Liberation(ORNEX, TypeLiberation.PARC_NEUF, LocalDate.of(2025, 9, 1));
    Echeances e = CalculDelais.calculer(l, Optional.of(LocalDate.of(2025, 5, 28)), CAL, P);
    assertThat(e.information().date()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(e.transmission()).isEqualTo(LocalDate.of(2025, 5, 28));
    assertThat(e.candidats().date()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(e.impossibilite().date()).isEqualTo(LocalDate.of(2025, 6, 5));
    assertThat(e.information().explication().formule()).isEqualTo("3 mois calendaires avant la mise en service du 2025-09-01");
  }
}
