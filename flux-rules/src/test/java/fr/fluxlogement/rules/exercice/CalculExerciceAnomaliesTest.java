package fr.fluxlogement.rules.exercice;

import static fr.fluxlogement.rules.exercice.Donnees.AIN;
import static fr.fluxlogement.rules.exercice.Donnees.AL;
import static fr.fluxlogement.rules.exercice.Donnees.ANNECY;
import static fr.fluxlogement.rules.exercice.Donnees.BAILLEUR;
import static fr.fluxlogement.rules.exercice.Donnees.BOURG;
import static fr.fluxlogement.rules.exercice.Donnees.COMMUNE_ORNEX;
import static fr.fluxlogement.rules.exercice.Donnees.EPCI_GEX;
import static fr.fluxlogement.rules.exercice.Donnees.FERNEY;
import static fr.fluxlogement.rules.exercice.Donnees.GEX;
import static fr.fluxlogement.rules.exercice.Donnees.ORNEX;
import static fr.fluxlogement.rules.exercice.Donnees.apport;
import static fr.fluxlogement.rules.exercice.Donnees.convention;
import static fr.fluxlogement.rules.exercice.Donnees.liberation;
import static fr.fluxlogement.rules.exercice.Donnees.logement;
import static fr.fluxlogement.rules.exercice.Donnees.serie;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.rules.delais.EvenementProposition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Chaque anomalie des données d'un exercice, à son chemin, et les avertissements qui ne bloquent rien. */
@DisplayName("Exercice annuel (CCH R.441-5) : toutes les anomalies des données, chacune à son chemin ; avertissements")
class CalculExerciceAnomaliesTest {

  private static List<String> anomalies(Exercice e) {
    return Donnees.anomalies(CalculExercice.calculer(e)).stream().map(a -> a.code() + " " + a.chemin()).toList();
  }

  private static ResultatExercice valeur(Exercice e) {
    return Donnees.valeur(CalculExercice.calculer(e));
  }

  private static List<Logement> ornex(int n) {
    return serie("O", n, ORNEX, Optional.of(GEX));
  }

  private static Exercice.Builder base(List<Logement> parc) {
    return Exercice.builder(BAILLEUR, 2025, AIN).parc(parc).rotations(Donnees.rotations()).tauxMutationsCus(Taux.ZERO);
  }

  private static fr.fluxlogement.core.logement.ImmutableProgramme.Builder programme(String id, Commune c) {
    return Programme.builder().identifiant(id).commune(c).nombreLogements(50).dateMiseEnService(LocalDate.of(1998, 5, 1))
        .financement(Financement.PLUS);
  }

  private static GarantieEmprunt garantie(fr.fluxlogement.core.acteur.Reservataire garant, int pourcent, String pret) {
    return GarantieEmprunt.of(garant, Taux.pourcent(pourcent), pret, LocalDate.of(1998, 1, 1), LocalDate.of(2038, 1, 1));
  }

  @Test
  @DisplayName("conventions (R.441-5 I) : un autre bailleur, une commune et un département hors de l'Ain, deux conventions avec le préfet ; un logement deux fois (arrêté RPLS)")
  void conventionsEtParc() {
    List<Logement> parc = new ArrayList<>(ornex(10));
    parc.add(logement("O3", ORNEX, Optional.of(GEX)));
    Exercice e = base(parc)
        .convention(new fr.fluxlogement.core.convention.Convention(new Bailleur("999999999", "Autre bailleur"), COMMUNE_ORNEX, ORNEX,
            LocalDate.of(2024, 1, 15), fr.fluxlogement.core.convention.ModeGestion.DIRECTE, List.of(),
            fr.fluxlogement.core.convention.TexteConvention.of("Convention d'un autre bailleur")))
        .convention(convention(Collectivite.commune(ANNECY, "Annecy"), ANNECY, "Convention d'Annecy"))
        .convention(convention(Collectivite.departement(Departement.of("74"), "de la Haute-Savoie"), Departement.of("74"), "Convention 74"))
        .convention(Donnees.prefet())
        .convention(convention(Etat.AGENTS_PUBLICS, AIN, "Seconde convention du préfet"))
        .convention(convention(EPCI_GEX, GEX, "Convention du Pays de Gex"))
        .build();
    assertThat(anomalies(e)).containsExactlyInAnyOrder(
        "HORS_DOMAINE conventions[0].bailleur",
        "HORS_DOMAINE conventions[1].territoire",
        "HORS_DOMAINE conventions[2].territoire",
        "DOUBLON conventions[4].reservataire",
        "DOUBLON parc[10].identifiant");
    List<Anomalie> a = Donnees.anomalies(CalculExercice.calculer(e));
    // l'anomalie d'une convention cite cette convention, résolue dans son texte
    assertThat(a).filteredOn(x -> x.chemin().equals("conventions[0].bailleur")).singleElement()
        .satisfies(x -> assertThat(x.reference().orElseThrow().citation()).startsWith("Convention d'un autre bailleur"));
    assertThat(a).filteredOn(x -> x.chemin().equals("conventions[1].territoire")).singleElement()
        .satisfies(x -> assertThat(x.reference().orElseThrow().citation()).startsWith("Convention d'Annecy"));
  }

  @Test
  @DisplayName("droits situés (art. 3) : programme répété ou inconnu, droit sans territoire, commune contraire à celle du programme, hors du département, droit de l'État ou du bailleur")
  void droits() {
    List<DroitReservation> droits = List.of(
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2010, 1, 1)).withProgramme("PX"),
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2010, 1, 1)),
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2010, 1, 1)).withProgramme("P1").withCommune(FERNEY),
        apport(AL, 1, ANNECY),
        apport(Etat.PRIORITAIRES, 1, ORNEX),
        apport(BAILLEUR.partNonReservee(), 1, ORNEX),
        // un programme inconnu mais une commune donnée : le droit est situé par sa commune
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2010, 1, 1)).withProgramme("PX").withCommune(ORNEX),
        // le programme P1 et sa propre commune : accepté
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2010, 1, 1)).withProgramme("P1").withCommune(ORNEX));
    Exercice e = base(ornex(10)).convention(Donnees.prefet()).convention(convention(AL, AIN, "Convention d'Action Logement"))
        .programmes(List.of(programme("P1", ORNEX).build(), programme("P1", ORNEX).nombreLogements(10).build()))
        .droits(droits).build();
    assertThat(anomalies(e)).containsExactlyInAnyOrder(
        "DOUBLON programmes[1].identifiant",
        "REFERENCE_INCONNUE droits[0].programme",
        "DROIT_SANS_TERRITOIRE droits[1]",
        "HORS_DOMAINE droits[2].commune",
        "HORS_DOMAINE droits[3].commune",
        "HORS_DOMAINE droits[4].titulaire",
        "HORS_DOMAINE droits[5].titulaire");
  }

  @Test
  @DisplayName("garanties d'emprunt (art. 3, R.441-6) : 50 logements garantis à 100 % → 10 droits (plafond de 20 %), cités dans la convention du garant, dans l'ordre des programmes")
  void garanties() {
    List<Logement> parc = new ArrayList<>(ornex(50));
    parc.addAll(serie("F", 49, FERNEY, Optional.of(GEX)));
    // F49 porte le programme P9, que le registre des programmes ignore : ses droits sont situés à Ferney par ce logement
    parc.add(Logement.builder().from(logement("F49", FERNEY, Optional.of(GEX))).programme("P9").build());
    List<DroitReservation> droits = List.of(
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 3, LocalDate.of(2010, 1, 1)).withProgramme("P9"),
        apport(AL, 2, ORNEX),
        // le département, sans convention, mais dont le droit a expiré en 2020 : aucun avertissement
        apport(Collectivite.departement(AIN, "de l'Ain"), 1, ORNEX).withFin(LocalDate.of(2020, 12, 31)));
    Exercice e = base(parc)
        .convention(Donnees.prefet())
        .convention(convention(COMMUNE_ORNEX, ORNEX, "Convention d'Ornex"))
        .convention(convention(EPCI_GEX, GEX, "Convention du Pays de Gex"))
        // donnés dans le désordre : PG2 (Ferney, l'EPCI garant) avant PG1 (Ornex, la commune garante)
        .programmes(List.of(programme("PG2", FERNEY).addGaranties(garantie(EPCI_GEX, 100, "PRET-2")).build(),
            programme("PG1", ORNEX).addGaranties(garantie(COMMUNE_ORNEX, 100, "PRET-1")).build()))
        .droits(droits).build();
    ResultatExercice r = valeur(e);
    assertThat(r.garanties()).hasSize(2);
    assertThat(r.garanties().get(0).toTexte()).contains("PG1", "Convention d'Ornex").doesNotContain("PG2");
    assertThat(r.garanties().get(1).toTexte()).contains("PG2", "Convention du Pays de Gex");
    // registre : 10 (PG1) + 10 (PG2) + 3 + 2 + 1 expiré = 5 droits
    assertThat(r.etatDesDroits().droits()).hasSize(5);
    ResultatConvention ornex = r.conventions().stream().filter(c -> c.cle().equals("COMMUNE-01281@01281")).findFirst().orElseThrow();
    // Ornex : assiette 50, la commune 10 (garantie de PG1) → 20 % ; Action Logement 2 → 4 %
    assertThat(ornex.reserves()).isEqualTo(10);
    assertThat(ornex.tauxReservataire()).isEqualTo(Taux.pourcent(20));
    ResultatConvention gex = r.conventions().stream().filter(c -> c.cle().equals("EPCI-240100750@240100750")).findFirst().orElseThrow();
    // Pays de Gex : assiette 100 ; l'EPCI 10 (PG2) ; Action Logement 3 (P9, Ferney) + 2 = 5
    assertThat(gex.reserves()).isEqualTo(10);
    assertThat(gex.taux()).extracting(t -> t.reservataire().cle() + " " + t.reserves())
        .containsExactly("ACTION-LOGEMENT 5", "COMMUNE-01281 10", "EPCI-240100750 10");
    // Action Logement détient des droits en vigueur sans convention : un avertissement, un seul pour ses deux droits
    assertThat(r.avertissements()).filteredOn(a -> a.code() == CodeAnomalie.CONVENTION_ABSENTE).singleElement()
        .satisfies(a -> {
          assertThat(a.chemin()).isEqualTo("droits");
          assertThat(a.message()).startsWith(AL.libelle() + " détient des droits en vigueur au 2025-01-01");
        });
    // aucun logement hors du département : aucun avertissement du parc
    assertThat(r.avertissements()).noneMatch(a -> a.chemin().equals("parc"));
  }

  @Test
  @DisplayName("registre des droits (art. 3) rangé par titulaire, commune, début, programme, origine, quantité et fin, quel que soit l'ordre donné")
  void ordreDuRegistre() {
    List<DroitReservation> droits = List.of(
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2010, 1, 1)).withProgramme("P1"),
        apport(AL, 5, ORNEX),
        apport(AL, 3, ORNEX).withFin(LocalDate.of(2030, 12, 31)),
        apport(AL, 3, ORNEX),
        DroitReservation.of(AL, OrigineDroit.APPORT_FONCIER, 2, LocalDate.of(2010, 1, 1)).withCommune(ORNEX),
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 4, LocalDate.of(2008, 1, 1)).withCommune(ORNEX),
        DroitReservation.of(AL, OrigineDroit.APPORT_FINANCIER, 2, LocalDate.of(2012, 1, 1)).withCommune(FERNEY),
        DroitReservation.of(COMMUNE_ORNEX, OrigineDroit.APPORT_FINANCIER, 1, LocalDate.of(2000, 1, 1)).withCommune(ORNEX));
    Exercice e = base(ornex(50)).convention(Donnees.prefet()).programmes(List.of(programme("P1", ORNEX).build())).droits(droits).build();
    // Action Logement à Ferney (01160) avant Ornex (01281) ; à Ornex 2008 avant 2010 ; sans programme avant P1 ; apport financier
    // avant apport foncier ; 3 avant 5 ; sans fin avant la fin de 2030 ; la commune d'Ornex après Action Logement
    assertThat(valeur(e).etatDesDroits().droits()).extracting(d -> d.titulaire().cle() + " " + d.debut().getYear() + " "
            + d.programme().orElse("-") + " " + d.origine() + " " + d.quantite() + " " + d.fin().map(LocalDate::toString).orElse("-"))
        .containsExactly(
            "ACTION-LOGEMENT 2012 - APPORT_FINANCIER 2 -",
            "ACTION-LOGEMENT 2008 - APPORT_FINANCIER 4 -",
            "ACTION-LOGEMENT 2010 - APPORT_FINANCIER 3 -",
            "ACTION-LOGEMENT 2010 - APPORT_FINANCIER 3 2030-12-31",
            "ACTION-LOGEMENT 2010 - APPORT_FINANCIER 5 -",
            "ACTION-LOGEMENT 2010 - APPORT_FONCIER 2 -",
            "ACTION-LOGEMENT 2010 P1 APPORT_FINANCIER 1 -",
            "COMMUNE-01281 2000 - APPORT_FINANCIER 1 -");
  }

  @Test
  @DisplayName("garanties dont les quotités d'un même prêt dépassent 100 % (60 % + 60 %) : l'anomalie au chemin du programme")
  void garantiesAuDelaDeCentPourCent() {
    Exercice e = base(ornex(10)).convention(Donnees.prefet())
        .programmes(List.of(programme("PG", ORNEX).addGaranties(garantie(COMMUNE_ORNEX, 60, "PRET"), garantie(AL, 60, "PRET")).build()))
        .build();
    assertThat(anomalies(e)).singleElement().asString().startsWith("QUOTITES_SUPERIEURES_A_100 programmes[0].");
  }

  @Test
  @DisplayName("taux d'une commune (art. 6) : 70 % + 30 % du préfet = 100 % tout juste, accepté ; 80 % + 30 % = 110 %, refusé pour l'orientation et les objectifs ; 12 droits sur 10 logements, refusés")
  void tauxDansUneCommune() {
    List<Logement> bourg = serie("B", 10, BOURG, Optional.empty());
    Exercice.Builder b = base(bourg).convention(Donnees.prefet()).convention(convention(AL, AIN, "Convention d'Action Logement"))
        .liberations(List.of(liberation(bourg.get(0), LocalDate.of(2025, 3, 3))));
    // Action Logement 7 sur 10 = 70 % : la part du bailleur est nulle, le moteur est construit
    ResultatExercice r = valeur(b.droits(List.of(apport(AL, 7, BOURG))).build());
    assertThat(r.orientations()).singleElement().satisfies(o -> {
      assertThat(o.decision().reservataire()).isEqualTo(Etat.PRIORITAIRES);
      assertThat(o.decision().candidats()).filteredOn(c -> c.partie().isBailleur()).singleElement()
          .satisfies(c -> assertThat(c.deficitApres()).isEqualTo(Fraction.ZERO));
    });
    // 8 sur 10 = 80 % : 110 % avec le préfet
    Exercice trop = base(bourg).convention(Donnees.prefet()).convention(convention(AL, AIN, "Convention d'Action Logement"))
        .liberations(List.of(liberation(bourg.get(0), LocalDate.of(2025, 3, 3)))).droits(List.of(apport(AL, 8, BOURG))).build();
    assertThat(anomalies(trop)).containsExactlyInAnyOrder(
        "TAUX_SUPERIEURS_A_100 conventions[0].objectifs.taux",
        "TAUX_SUPERIEURS_A_100 conventions[1].objectifs.taux",
        "TAUX_SUPERIEURS_A_100 orientation.01053");
    assertThat(Donnees.anomalies(CalculExercice.calculer(trop))).filteredOn(a -> a.chemin().equals("orientation.01053")).singleElement()
        .satisfies(a -> assertThat(a.message()).contains("somment à 110 %"));
    // 12 droits sur une assiette de 10
    Exercice depasse = base(bourg).convention(convention(AL, AIN, "Convention d'Action Logement")).droits(List.of(apport(AL, 12, BOURG))).build();
    assertThat(anomalies(depasse)).containsExactly("DROITS_SUPERIEURS_A_ASSIETTE conventions[0].droits.droits");
  }

  @Test
  @DisplayName("taux de rotation de 2024 manquant (art. 4.1) : l'anomalie de chaque convention, à son rang dans la liste donnée")
  void rotationManquante() {
    Exercice e = Exercice.builder(BAILLEUR, 2025, AIN).parc(ornex(10)).rotations(Map.of(2022, Taux.pourcent(10), 2023, Taux.pourcent(10)))
        .convention(convention(COMMUNE_ORNEX, ORNEX, "Convention d'Ornex")).convention(Donnees.prefet()).build();
    assertThat(anomalies(e)).containsExactlyInAnyOrder("ROTATION_MANQUANTE conventions[0].flux.rotations.2024",
        "ROTATION_MANQUANTE conventions[1].flux.rotations.2024");
  }

  @Test
  @DisplayName("libérations (art. 5.1) : logement inconnu ; dates du calendrier 1901-2098 acceptées, 1900 et 2099 refusées ; parts d'un programme inconnu ; attribution hors du territoire de la commune (R.441-5 I)")
  void liberationsEtAttributions() {
    List<Logement> parc = new ArrayList<>(ornex(10));
    parc.addAll(serie("F", 2, FERNEY, Optional.of(GEX)));
    Programme neuf = programme("PN", ORNEX).nombreLogements(10).dateMiseEnService(LocalDate.of(2025, 9, 1)).build();
    Exercice e = base(parc).convention(Donnees.prefet()).convention(convention(COMMUNE_ORNEX, ORNEX, "Convention d'Ornex"))
        .programmes(List.of(neuf))
        .liberations(List.of(
            liberation(logement("X1", ORNEX, Optional.of(GEX)), LocalDate.of(2025, 3, 3)),
            liberation(parc.get(0), LocalDate.of(1900, 6, 1)),
            liberation(parc.get(1), LocalDate.of(1901, 6, 1)),
            liberation(parc.get(2), LocalDate.of(2025, 4, 1)),
            liberation(parc.get(3), LocalDate.of(2025, 5, 1)),
            liberation(parc.get(4), LocalDate.of(2098, 6, 1))))
        .evenements("O2", List.of(new EvenementProposition.OffreTransmise(LocalDate.of(2099, 1, 4), Etat.PRIORITAIRES)))
        .evenements("O3", List.of(new EvenementProposition.OffreTransmise(LocalDate.of(2098, 1, 5), Etat.PRIORITAIRES)))
        .premiereLocation("PX", Map.of(AL, Taux.pourcent(10)))
        .premiereLocation("PN", Map.of(AL, Taux.pourcent(80)))
        .attributions(List.of(new Attribution(parc.get(10), COMMUNE_ORNEX, Menage.of(new BigDecimal("18000"), Fraction.of(2)),
            LocalDate.of(2025, 4, 1), Optional.of(LocalDate.of(2025, 5, 1)), false, false)))
        .build();
    assertThat(anomalies(e)).containsExactlyInAnyOrder(
        "REFERENCE_INCONNUE liberations[0].logement",
        "HORS_DOMAINE liberations[1].date",
        "HORS_DOMAINE liberations[3].date",
        "REFERENCE_INCONNUE premieresLocations.PX",
        "TAUX_SUPERIEURS_A_100 premieresLocations.PN.financeurs",
        "HORS_DOMAINE attributions[0].contingent");
  }

  @Test
  @DisplayName("sans convention du préfet (R.441-5-2 I) : un avertissement, l'État sans part, aucun contrôle sans attribution ; sans aucune convention, aucun avertissement")
  void sansPrefet() {
    ResultatExercice r = valeur(base(ornex(10)).convention(convention(COMMUNE_ORNEX, ORNEX, "Convention d'Ornex")).build());
    assertThat(r.avertissements()).extracting(a -> a.code() + " " + a.chemin()).containsExactly("CONVENTION_ABSENTE conventions");
    // flux 10 × 10 % = 1 ; sans le préfet la commune (0 %) et le bailleur (100 %) se le partagent : tout au bailleur
    assertThat(r.conventions().get(0).objectifs().logements(Etat.PRIORITAIRES)).isZero();
    assertThat(r.conventions().get(0).objectifs().logements(BAILLEUR.partNonReservee())).isEqualTo(1);
    // sans attribution, aucun contrôle des objectifs d'attribution
    assertThat(r.controles()).isEmpty();
    assertThat(valeur(base(ornex(10)).build()).avertissements()).isEmpty();
  }
}
