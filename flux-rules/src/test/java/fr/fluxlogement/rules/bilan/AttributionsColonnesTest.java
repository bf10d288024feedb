package fr.fluxlogement.rules.bilan;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bilan en colonnes, compté à la main (R.441-5-1 CCH ; convention art. 6 ; L.441-1 CCH)")
class AttributionsColonnesTest {

  private static final SeuilsQuartile SEUILS = SeuilsQuartile.vide().withSeuil(PAYS_DE_GEX, 2025, new BigDecimal("10260"));

  /**
   * Quatre attributions de 2025, à la main :
   * <ul>
   *   <li>0 : B2, préfet (prioritaires), ménage prioritaire à 9 000 € pour 1 UC, CALEOL et bail en 2025, hors QPV :
   *       9 000 &lt; 10 260, premier quartile hors QPV ;
   *   <li>1 : A1 en QPV, Action Logement, 20 000 € pour 1,5 UC (13 333 € par UC ≥ 10 260), CALEOL en décembre 2024,
   *       bail en janvier 2025 : bail compté, CALEOL non, quartiles 2 à 4 en QPV ;
   *   <li>2 : A1 de nouveau, commune, mutation interne en CALEOL 2025 : hors flux ;
   *   <li>3 : C3 sans EPCI, commune, CALEOL et bail en 2025 : quartile inconnu, avertissement au rang 3.
   * </ul>
   */
  private static List<Attribution> quatre() {
    Logement a1 = Logement.builder().from(logement("A1")).localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.EN_QPV)).build();
    Logement c3 = Logement.builder().from(logement("C3")).localisation(Localisation.of(ORNEX, Qpv.HORS_QPV)).build();
    Menage prioritaire = Menage.of(new BigDecimal("9000"), Fraction.UN).withMotifs(Set.of(MotifPriorite.actuels().get(0)));
    Menage ordinaire = Menage.of(new BigDecimal("20000"), Fraction.of(3, 2));
    List<Attribution> l = new ArrayList<>();
    l.add(new Attribution(logement("B2"), Etat.PRIORITAIRES, prioritaire, LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 3, 20)), false, false));
    l.add(new Attribution(a1, AL, ordinaire, LocalDate.of(2024, 12, 15), Optional.of(LocalDate.of(2025, 1, 10)), false, false));
    l.add(new Attribution(a1, COMMUNE_ORNEX, ordinaire, LocalDate.of(2025, 5, 1), Optional.empty(), true, false));
    l.add(new Attribution(c3, COMMUNE_ORNEX, ordinaire, LocalDate.of(2025, 6, 1), Optional.of(LocalDate.of(2025, 6, 20)), false, false));
    return l;
  }

  @Test
  @DisplayName("les compteurs de 2025 sont ceux comptés à la main, et les mêmes que ceux de Bilan.Compteur")
  void compteALaMain() {
    Resultat<Bilan> r = AttributionsColonnes.of(quatre()).bilan(2025, SEUILS);
    Bilan b = r.valeur().orElseThrow();
    String tous = Cle.TOUS;
    assertThat(b.total(Mesure.ATTRIBUTIONS_CALEOL, tous)).isEqualTo(2);
    assertThat(b.total(Mesure.BAUX_SIGNES, tous)).isEqualTo(3);
    assertThat(b.total(Mesure.HORS_FLUX, tous)).isEqualTo(1);
    assertThat(b.total(Mesure.HORS_FLUX, COMMUNE_ORNEX.cle())).isEqualTo(1);
    assertThat(b.total(Mesure.PRIORITAIRES, Etat.PRIORITAIRES.cle())).isEqualTo(1);
    assertThat(b.total(Mesure.BAUX_HORS_QPV, tous)).isEqualTo(2);
    assertThat(b.total(Mesure.Q1_HORS_QPV, tous)).isEqualTo(1);
    assertThat(b.total(Mesure.BAUX_EN_QPV, AL.cle())).isEqualTo(1);
    assertThat(b.total(Mesure.Q2_Q4_EN_QPV, AL.cle())).isEqualTo(1);
    assertThat(b.total(Mesure.QUARTILE_INCONNU, COMMUNE_ORNEX.cle())).isEqualTo(1);
    assertThat(b.total(Mesure.ATTRIBUTIONS_CALEOL, AL.cle())).isZero();
    assertThat(b.ventilation(Mesure.BAUX_SIGNES, tous, Dimension.EPCI)).containsExactly(
        java.util.Map.entry("240100750", 2L), java.util.Map.entry("inconnu", 1L));
    assertThat(b.logements(Mesure.ATTRIBUTIONS_CALEOL, tous)).containsExactly("B2", "C3");
    assertThat(b.logements(Mesure.ATTRIBUTIONS_CALEOL, COMMUNE_ORNEX.cle())).containsExactly("C3");
    assertThat(b.libelles()).containsOnlyKeys(Etat.PRIORITAIRES.cle(), AL.cle(), COMMUNE_ORNEX.cle());
    assertThat(r.anomalies()).extracting(Anomalie::code, Anomalie::chemin)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CodeAnomalie.SEUIL_QUARTILE_MANQUANT, "attributions[3]"));
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    quatre().forEach(c::attribution);
    assertThat(r).isEqualTo(c.toResultat());
  }

  @Test
  @DisplayName("L.441-1 : ressources et seuils hors des bornes du calcul rapide (centimes fractionnaires, montants énormes) jugés exactement")
  void quartileHorsBornes() {
    SeuilsQuartile seuils = SeuilsQuartile.vide().withSeuil(PAYS_DE_GEX, 2025, new BigDecimal("8000.005"));
    Logement l = logement("Z9");
    List<Attribution> as = new ArrayList<>();
    LocalDate d = LocalDate.of(2025, 4, 1);
    Optional<LocalDate> bail = Optional.of(d.plusDays(10));
    // 0 € : premier quartile sous tout seuil ; 8 000,0049 € < 8 000,005 € ; 8 000,01 € au-dessus
    as.add(new Attribution(l, AL, Menage.of(BigDecimal.ZERO, Fraction.UN), d, bail, false, false));
    as.add(new Attribution(l, AL, Menage.of(new BigDecimal("8000.0049"), Fraction.UN), d, bail, false, false));
    as.add(new Attribution(l, AL, Menage.of(new BigDecimal("8000.01"), Fraction.UN), d, bail, false, false));
    // 10¹⁶ € pour 3/2 UC : le produit en centimes dépasserait 2⁶³ ; très au-dessus du seuil
    as.add(new Attribution(l, AL, Menage.of(new BigDecimal("1E16"), Fraction.of(3, 2)), d, bail, false, false));
    // 1 € pour 2⁵⁰ UC : sous le seuil (seuil × 2⁵⁰ en centimes dépasserait 2⁶³)
    as.add(new Attribution(l, AL, Menage.of(BigDecimal.ONE, Fraction.of(1L << 50, 1)), d, bail, false, false));
    // 10¹⁶ € pour 11/10 UC : ressources × 10 en centimes dépasserait 2⁶³ ; au-dessus
    as.add(new Attribution(l, AL, Menage.of(new BigDecimal("1E16"), Fraction.of(11, 10)), d, bail, false, false));
    // 1 € pour 3/2⁴⁰ UC (dénominateur au-delà de 2³¹) : 2⁴⁰/3 € par UC, au-dessus
    as.add(new Attribution(l, AL, Menage.of(BigDecimal.ONE, Fraction.of(3, 1L << 40)), d, bail, false, false));
    Bilan b = AttributionsColonnes.of(as).bilan(2025, seuils).valeur().orElseThrow();
    assertThat(b.total(Mesure.Q1_HORS_QPV, AL.cle())).isEqualTo(3);
    assertThat(b.total(Mesure.BAUX_HORS_QPV, AL.cle())).isEqualTo(7);
    SeuilsQuartile entier = SeuilsQuartile.vide().withSeuil(PAYS_DE_GEX, 2025, new BigDecimal("10260"));
    Bilan e = AttributionsColonnes.of(as).bilan(2025, entier).valeur().orElseThrow();
    assertThat(e.total(Mesure.Q1_HORS_QPV, AL.cle())).isEqualTo(4);
    Bilan.Compteur c = Bilan.compteur(2025, seuils);
    as.forEach(c::attribution);
    assertThat(b).isEqualTo(c.toBilan());
  }

  @Test
  @DisplayName("art. 6 : la liste des logements attribués est triée quel que soit l'ordre d'arrivée ; un compteur nul est omis")
  void listesTrieesEtComptesNuls() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    Menage m = Menage.of(new BigDecimal("20000"), Fraction.UN);
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    for (String id : List.of("L9", "L3", "L7", "L3", "L1")) {
      c.attribution(new Attribution(logement(id), AL, m, d, Optional.empty(), false, false));
    }
    SortedSet<String> liste = c.toBilan().logements(Mesure.ATTRIBUTIONS_CALEOL, AL.cle());
    assertThat(liste).containsExactly("L1", "L3", "L7", "L9");
    assertThat(liste.contains("L7")).isTrue();
    assertThat(liste.size()).isEqualTo(4);
    java.util.TreeMap<Cle, Long> comptes = new java.util.TreeMap<>();
    comptes.put(Cle.total(Mesure.BAUX_SIGNES, AL.cle()), 0L);
    comptes.put(Cle.total(Mesure.ATTRIBUTIONS_CALEOL, AL.cle()), 2L);
    Bilan b = new Bilan(2025, comptes, new java.util.TreeMap<>(), new java.util.TreeMap<>());
    assertThat(b.compteurs()).containsExactly(java.util.Map.entry(Cle.total(Mesure.ATTRIBUTIONS_CALEOL, AL.cle()), 2L));
  }

  @Test
  @DisplayName("L.441-1 : le quartile n'est jugé que pour un bail de l'année dans le flux : ni une mutation ni une CALEOL sans bail de l'année ne signalent un seuil manquant")
  void quartileJugeSeulementPourLesBaux() {
    Logement sansEpci = Logement.builder().from(logement("S1")).localisation(Localisation.of(ORNEX, Qpv.HORS_QPV)).build();
    Menage m = Menage.of(new BigDecimal("20000"), Fraction.UN);
    List<Attribution> as = List.of(
        new Attribution(sansEpci, AL, m, LocalDate.of(2025, 3, 1), Optional.of(LocalDate.of(2025, 3, 20)), true, false),
        new Attribution(sansEpci, AL, m, LocalDate.of(2025, 12, 1), Optional.of(LocalDate.of(2026, 1, 10)), false, false));
    Resultat<Bilan> colonnes = AttributionsColonnes.of(as).bilan(2025, SEUILS);
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    as.forEach(c::attribution);
    for (Resultat<Bilan> r : List.of(colonnes, c.toResultat())) {
      assertThat(r.anomalies()).isEmpty();
      assertThat(r.valeur().orElseThrow().total(Mesure.HORS_FLUX, AL.cle())).isEqualTo(1);
      assertThat(r.valeur().orElseThrow().total(Mesure.ATTRIBUTIONS_CALEOL, AL.cle())).isEqualTo(1);
      assertThat(r.valeur().orElseThrow().total(Mesure.QUARTILE_INCONNU, AL.cle())).isZero();
    }
  }

  @Test
  @DisplayName("une autre année, une liste vide : rien n'est compté, rien n'est signalé ; une liste nulle est une erreur de programmation")
  void limites() {
    assertThat(AttributionsColonnes.of(quatre()).bilan(2023, SEUILS)).isEqualTo(Resultat.ok(Bilan.vide(2023), List.of()));
    assertThat(AttributionsColonnes.of(List.of()).bilan(2025, SEUILS).valeur()).contains(Bilan.vide(2025));
    assertThat(AttributionsColonnes.of(quatre()).taille()).isEqualTo(4);
    assertThatThrownBy(() -> AttributionsColonnes.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AttributionsColonnes.of(Arrays.asList((Attribution) null))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AttributionsColonnes.of(quatre()).bilan(2025, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("les listes de logements sont des ensembles triés immuables, égaux aux TreeSet de mêmes éléments")
  void ensembleTrie() {
    SortedSet<String> e = EnsembleTrie.of(List.of("L3", "L1", "L2", "L1"));
    assertThat(e).containsExactly("L1", "L2", "L3").isEqualTo(new TreeSet<>(List.of("L1", "L2", "L3")));
    assertThat(e.hashCode()).isEqualTo(new TreeSet<>(List.of("L1", "L2", "L3")).hashCode());
    assertThat(e.first()).isEqualTo("L1");
    assertThat(e.last()).isEqualTo("L3");
    assertThat(e.comparator()).isNull();
    assertThat(e.contains("L2")).isTrue();
    assertThat(e.contains("L4")).isFalse();
    assertThat(e.contains(2)).isFalse();
    assertThat(e.subSet("L1", "L3")).containsExactly("L1", "L2");
    assertThat(e.subSet("L15", "L25")).containsExactly("L2");
    assertThat(e.subSet("L2", "L2")).isEmpty();
    assertThat(e.headSet("L2")).containsExactly("L1");
    assertThat(e.tailSet("L2")).containsExactly("L2", "L3");
    assertThat(e.tailSet("L2").size()).isEqualTo(2);
    assertThat(e.size()).isEqualTo(3);
    assertThat(e.tailSet("L2").headSet("L3")).containsExactly("L2");
    assertThat(e.tailSet("L2").first()).isEqualTo("L2");
    assertThat(e.headSet("L3").last()).isEqualTo("L2");
    assertThatThrownBy(() -> e.subSet("L3", "L1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> e.add("L4")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    SortedSet<String> vide = EnsembleTrie.of(List.of());
    assertThat(vide).isEmpty();
    assertThatThrownBy(vide::first).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(vide::last).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> vide.iterator().next()).isInstanceOf(NoSuchElementException.class);
    assertThat(EnsembleTrie.of(e)).isSameAs(e);
    assertThat(EnsembleTrie.of(new TreeSet<>(List.of("b", "a")))).containsExactly("a", "b");
    assertThat(EnsembleTrie.reunion(EnsembleTrie.of(List.of("a", "c", "e")), EnsembleTrie.of(List.of("b", "c", "d", "f", "g"))))
        .containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(EnsembleTrie.reunion(EnsembleTrie.of(List.of()), EnsembleTrie.of(List.of()))).isEmpty();
    assertThatThrownBy(() -> EnsembleTrie.of(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
  }
}
