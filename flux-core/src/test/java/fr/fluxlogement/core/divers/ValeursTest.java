package fr.fluxlogement.core.divers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.Surcharge;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.explication.Explique;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.ReservationStock;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Repartition;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Valeurs du cœur : bornes de validation, libellés et rendus")
class ValeursTest {

  private static final Logement L = Logement.builder().identifiant("X").localisation(Localisation.of(Commune.of("01281"), Qpv.HORS_QPV))
      .financement(Financement.PLUS).typologie(Typologie.T3).build();

  @Test
  @DisplayName("un taux vaut de 0 à 100 % bornes comprises ; il se lit, se rend en pour cent et prend une part exacte")
  void taux() {
    assertThat(Taux.of(Fraction.ZERO)).isEqualTo(Taux.ZERO);
    assertThat(Taux.of(Fraction.UN)).isEqualTo(Taux.CENT_POUR_CENT);
    assertThatThrownBy(() -> Taux.of(Fraction.of(-1, 1000))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Taux.of(Fraction.of(1001, 1000))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Taux.of("9,3 %")).isEqualTo(Taux.of(93, 1000));
    assertThat(Taux.pourcent(30).de(41)).isEqualTo(Fraction.of(123, 10));
    assertThat(Taux.pourcent(50).de(Fraction.of(3))).isEqualTo(Fraction.of(3, 2));
    assertThat(Taux.pourcent(30).complement()).isEqualTo(Taux.pourcent(70));
    assertThat(Taux.of(254, 3000).toPourcentFrancais()).isEqualTo("8,47 %");
    assertThat(Taux.pourcent(30)).hasToString("3/10");
    assertThat(Taux.pourcent(30).compareTo(Taux.pourcent(5))).isPositive();
    assertThat(Taux.pourcent(5).compareTo(Taux.pourcent(30))).isNegative();
  }

  @Test
  @DisplayName("un délai a une quantité positive ou nulle et un libellé accordé")
  void delais() {
    assertThat(Delai.joursOuvres(5)).hasToString("5 jours ouvrés");
    assertThat(Delai.joursOuvres(1)).hasToString("1 jour ouvré");
    assertThat(Delai.mois(1)).hasToString("1 mois calendaire");
    assertThat(Delai.mois(3)).hasToString("3 mois calendaires");
    assertThat(Delai.joursOuvrables(2)).hasToString("2 jours ouvrables");
    assertThat(Delai.joursCalendaires(0)).hasToString("0 jour calendaire");
    assertThat(Delai.joursCalendaires(0).unite()).isEqualTo(Delai.Unite.JOURS_CALENDAIRES);
    assertThat(Delai.joursOuvres(5).unite()).isEqualTo(Delai.Unite.JOURS_OUVRES);
    assertThat(Delai.mois(1).unite()).isEqualTo(Delai.Unite.MOIS);
    assertThatThrownBy(() -> Delai.mois(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("une référence nomme un texte et un article, son identifiant Légifrance est vérifié, sa citation est française")
  void references() {
    Reference r = Reference.of("CCH", "R.441-5-2").withAlinea("II").withLegiarti("LEGIARTI000041612753").withUrl("https://x");
    assertThat(r.citation()).isEqualTo("CCH, art. R.441-5-2, II");
    assertThat(r).hasToString("CCH, art. R.441-5-2, II");
    assertThat(r.legiarti()).contains("LEGIARTI000041612753");
    assertThat(r.url()).contains("https://x");
    assertThat(Reference.of("CCH", "L.441-1").citation()).isEqualTo("CCH, art. L.441-1");
    assertThatThrownBy(() -> Reference.of(" ", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reference.of("CCH", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.withLegiarti("LEGIARTI1")).isInstanceOf(IllegalArgumentException.class);
    assertThat(References.toutes()).hasSize(37).doesNotHaveDuplicates().contains(References.CLAUSE_ANNEXE);
    assertThat(References.CCH_R441_5_1.legiarti()).contains("LEGIARTI000041612753");
  }

  @Test
  @DisplayName("événements : un bail avant la CALEOL est refusé ; les décisions d'attribution sont a, b et c de R.441-3")
  void evenements() {
    Menage m = Menage.of(BigDecimal.TEN, Fraction.UN);
    LocalDate d = LocalDate.of(2025, 3, 1);
    Attribution a = Attribution.of(L, ActionLogement.INSTANCE, m, d, d);
    assertThat(a.isBailSigne()).isTrue();
    assertThat(new Attribution(L, ActionLogement.INSTANCE, m, d, Optional.empty(), false, false).isBailSigne()).isFalse();
    assertThatThrownBy(() -> Attribution.of(L, ActionLogement.INSTANCE, m, d, d.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(TypeDecision.ATTRIBUTION.isAttribution()).isTrue();
    assertThat(TypeDecision.ATTRIBUTION_CLASSEE.isAttribution()).isTrue();
    assertThat(TypeDecision.ATTRIBUTION_SOUS_CONDITION.isAttribution()).isTrue();
    assertThat(TypeDecision.REFUS.isAttribution()).isFalse();
    assertThat(TypeDecision.IRRECEVABILITE.isAttribution()).isFalse();
    assertThat(TypeDecision.REFUS.libelle()).isEqualTo("refus");
    assertThat(TypeLiberation.PARC_NEUF.libelle()).isEqualTo("parc neuf");
    assertThat(new Liberation(L, TypeLiberation.PREAVIS_UN_MOIS, d).logement()).isEqualTo(L);
    assertThat(new Proposition(L, Etat.PRIORITAIRES, d).reservataire()).isEqualTo(Etat.PRIORITAIRES);
    assertThat(new fr.fluxlogement.core.evenement.DecisionCaleol(L, Etat.PRIORITAIRES, d, TypeDecision.ATTRIBUTION, 3).candidats()).isEqualTo(3);
    assertThatThrownBy(() -> new fr.fluxlogement.core.evenement.DecisionCaleol(L, Etat.PRIORITAIRES, d, TypeDecision.REFUS, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("convention : le bailleur ne se conventionne pas avec lui-même ; les surcharges s'appliquent dans l'ordre")
  void convention() {
    Bailleur b = new Bailleur("B", "Bailleur");
    Collectivite ornex = Collectivite.commune(Commune.of("01281"), "Ornex");
    Convention c = new Convention(b, ornex, Commune.of("01281"), LocalDate.of(2025, 6, 10), ModeGestion.DIRECTE, List.of(), fr.fluxlogement.core.convention.TexteConvention.of("Convention de réservation"));
    assertThatThrownBy(() -> new Convention(b, b.partNonReservee(), Commune.of("01281"), LocalDate.of(2025, 6, 10), ModeGestion.DIRECTE, List.of(), fr.fluxlogement.core.convention.TexteConvention.of("Convention de réservation")))
        .isInstanceOf(IllegalArgumentException.class);
    Surcharge<Integer> s = new Surcharge<>(Parametres.NOMBRE_CANDIDATS,
        new ValeurDatee<>(LocalDate.of(2025, 6, 10), Optional.empty(), 2, References.CLAUSE_GESTION_DIRECTE, Provenance.CONVENTION));
    Convention c2 = c.withSurcharge(s);
    assertThat(c.surcharges()).isEmpty();
    assertThat(c2.parametres(Parametres.nationaux()).valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2026, 1, 1))).isEqualTo(2);
    assertThat(c2.parametres(Parametres.nationaux()).valeur(Parametres.NOMBRE_CANDIDATS, LocalDate.of(2025, 1, 1))).isEqualTo(3);
    assertThat(ModeGestion.DELEGUEE.libelle()).isEqualTo("gestion déléguée au bailleur");
    @SuppressWarnings({"unchecked", "rawtypes"})
    Parametre<Object> brut = (Parametre) Parametres.NOMBRE_CANDIDATS;
    assertThatThrownBy(() -> new Surcharge<>(brut, new ValeurDatee<Object>(LocalDate.of(2025, 1, 1), Optional.empty(), "deux",
        References.CLAUSE_GESTION_DIRECTE, Provenance.CONVENTION))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Parametres.NOMBRE_CANDIDATS).hasToString("nombre_candidats");
    assertThat(Parametres.nationaux().toString()).contains("nombre_candidats");
    assertThat(Parametres.nationaux()).isEqualTo(Parametres.nationaux()).isNotEqualTo("x");
  }

  @Test
  @DisplayName("libellés français des nomenclatures")
  void libelles() {
    assertThat(ModeOccupation.ASSOCIATION.code()).isEqualTo("4");
    assertThat(ModeOccupation.ASSOCIATION.libelle()).isEqualTo("pris en charge par une association");
    assertThat(Financement.PLAI.libelle()).isEqualTo("PLAI");
    assertThat(ContingentRpls.ACTION_LOGEMENT.libelle()).isEqualTo("Action Logement");
    assertThat(ReservationStock.ETABLISSEMENT_SANTE.libelle()).isEqualTo("établissement public de santé");
    assertThat(new AutreReservataire("CAF", "CAF de l'Ain").libelle()).isEqualTo("CAF de l'Ain");
    assertThat(Epci.of("240100750").code()).isEqualTo("240100750");
    assertThat(Epci.of("240100750")).hasToString("240100750");
    assertThat(Departement.of("01")).hasToString("01");
    assertThat(Provenance.AVENANT.libelle()).isEqualTo("avenant à la convention");
    assertThat(OrigineDroit.NPNRU.libelle()).isEqualTo("relogement NPNRU");
    assertThat(Typologie.fromNombreDePieces(5)).contains(Typologie.T5);
    assertThat(Typologie.fromNombreDePieces(6)).contains(Typologie.T6_PLUS);
  }

  @Test
  @DisplayName("bornes : année 1800 et 2100 admises, 1799 et 2101 non ; identifiant de 30 caractères admis, 31 non ; ressources nulles admises")
  void bornes() {
    assertThat(Logement.builder().from(L).anneeConstruction(1800).anneeMiseEnLocation(2100).build().anneeConstruction()).hasValue(1800);
    assertThatThrownBy(() -> Logement.builder().from(L).anneeConstruction(1799).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Logement.builder().from(L).anneeConstruction(2101).build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(Logement.builder().from(L).identifiant("x".repeat(30)).build().identifiant()).hasSize(30);
    assertThatThrownBy(() -> Logement.builder().from(L).identifiant("x".repeat(31)).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Logement.builder().from(L).identifiant("a\u001fb").build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(Logement.builder().from(L).identifiant("a b").build().identifiant()).isEqualTo("a b");
    assertThat(L.isPli()).isFalse();
    assertThat(L.isEnQpv()).isFalse();
    assertThat(Logement.builder().from(L).localisation(Localisation.of(Commune.of("01281"), Qpv.EN_QPV)).build().isEnQpv()).isTrue();
    assertThat(Menage.of(BigDecimal.ZERO, Fraction.UN).ressourcesParUnite()).isEqualTo(Fraction.ZERO);
    assertThat(DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.AUTRE, 0, LocalDate.of(2020, 1, 1)).quantite()).isZero();
    assertThat(DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.AUTRE, 1, LocalDate.of(2020, 1, 1))
        .withFin(LocalDate.of(2020, 1, 1)).isEnVigueur(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(Delai.joursOuvres(0).quantite()).isZero();
    assertThat(ActionLogement.INSTANCE.isBailleur()).isFalse();
  }

  @Test
  @DisplayName("rendus : anomalie, explication, fraction et hachage cohérent avec l'égalité")
  void rendus() {
    Anomalie a = Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "x", "manque");
    assertThat(a).hasToString("x : manque [CHAMP_MANQUANT]");
    assertThat(Anomalie.erreur(CodeAnomalie.CHAMP_MANQUANT, "", "manque").toTexte()).startsWith("(racine)");
    Resultat<Integer> r = Resultat.ok(1, List.of(Anomalie.avertissement(CodeAnomalie.HORS_DELAI, "e", "tard", References.CLAUSE_ENGAGEMENTS)));
    assertThat(r.erreurs()).isEmpty();
    assertThat(r.avertissements()).hasSize(1);
    Explication e = Explication.builder("x", 1).enfants(List.of(Explication.donnee("y", 2))).build();
    assertThat(e.enfants()).hasSize(1);
    assertThat(Explique.of(1, e).valeur()).isEqualTo(1);
    assertThat(Fraction.of(1, 2).hashCode()).isNotEqualTo(Fraction.of(1, 3).hashCode()).isNotEqualTo(Fraction.of(2, 1).hashCode());
    assertThat(Fraction.of(3, 4).hashCode()).isEqualTo(Fraction.of(6, 8).hashCode());
    assertThat(Fraction.of(2).max(Fraction.of(2))).isEqualTo(Fraction.of(2));
    assertThat(Fraction.of(2).min(Fraction.of(2))).isEqualTo(Fraction.of(2));
    assertThat(Fraction.of("-1/2")).isEqualTo(Fraction.of(-1, 2));
    assertThat(Fraction.of(1, -2)).isEqualTo(Fraction.of(-1, 2));
    assertThat(Fraction.of(0, 5)).isSameAs(Fraction.ZERO);
    assertThat(Repartition.repartirEnTable(3, List.of(new Repartition.Partie("B", Fraction.UN), new Repartition.Partie("A", Fraction.UN),
        new Repartition.Partie("C", Fraction.UN)))).containsKeys("A", "B", "C");
    assertThat(new Repartition.Partie("A", Fraction.ZERO).poids()).isEqualTo(Fraction.ZERO);
    assertThat(Menage.of(BigDecimal.TEN, Fraction.UN).toString()).contains("ressources=10");
  }
}
