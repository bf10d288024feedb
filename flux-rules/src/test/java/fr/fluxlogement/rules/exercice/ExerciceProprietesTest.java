package fr.fluxlogement.rules.exercice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.TexteConvention;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.Generateurs;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.droits.EtatDesDroits;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.flux.CalculFlux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.RepartitionDuFlux;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Exercice annuel (CCH R.441-5) : égal aux règles prises une à une, indépendant de l'ordre, déterministe")
class ExerciceProprietesTest {

  private static final Departement AIN = Departement.of("01");
  private static final Bailleur BAILLEUR = new Bailleur("000000000", "Bailleur d'essai");
  private static final List<Commune> COMMUNES = List.of(Commune.of("01281"), Commune.of("01160"), Commune.of("01173"), Commune.of("01143"));
  private static final Map<Integer, Taux> ROTATIONS = Map.of(2022, Taux.of("9 %"), 2023, Taux.of("8,5 %"), 2024, Taux.of("7 %"));

  private static Collectivite commune(int i) {
    return Collectivite.commune(COMMUNES.get(i), "Commune " + i);
  }

  private static final Collectivite DEPARTEMENT = Collectivite.departement(AIN, "de l'Ain");

  private static Convention convention(Reservataire r, Territoire t, String titre, String articleFlux) {
    return new Convention(BAILLEUR, r, t, LocalDate.of(2024, 3, 1), ModeGestion.DELEGUEE, List.of(),
        TexteConvention.of(titre).withArticle(Clause.FLUX_ANNUEL, articleFlux));
  }

  /** Un exercice tiré d'un parc et d'une liste d'entiers qui décrivent des droits. */
  private static Exercice exercice(List<Logement> parc, List<Integer> droitsTires) {
    List<DroitReservation> droits = new ArrayList<>();
    for (int i = 0; i < droitsTires.size(); i++) {
      int g = droitsTires.get(i) & Integer.MAX_VALUE;
      Reservataire titulaire = switch (g % 3) {
        case 0 -> commune((g / 3) % 4);
        case 1 -> ActionLogement.INSTANCE;
        default -> DEPARTEMENT;
      };
      DroitReservation d = DroitReservation.of(titulaire, OrigineDroit.APPORT_FINANCIER, (g / 12) % 3, LocalDate.of(2000 + (g / 36) % 26, 1, 1))
          .withCommune(COMMUNES.get((g / 936) % 4));
      if ((g / 3744) % 3 == 0) {
        d = d.withFin(d.debut().plusYears(20 + (g / 11232) % 8).minusDays(1));
      }
      droits.add(d);
    }
    Exercice.Builder b = Exercice.builder(BAILLEUR, 2025, AIN).parc(parc).droits(droits).rotations(ROTATIONS)
        .convention(convention(Etat.PRIORITAIRES, AIN, "Convention du préfet", "4"))
        .convention(convention(ActionLogement.INSTANCE, AIN, "Convention d'Action Logement", "3.1"))
        .convention(convention(DEPARTEMENT, AIN, "Convention du département", "4.1"));
    for (int i = 0; i < COMMUNES.size(); i++) {
      b.convention(convention(commune(i), COMMUNES.get(i), "Convention de la commune " + i, "4." + i));
    }
    List<Liberation> liberations = new ArrayList<>();
    for (int i = 0; i < parc.size(); i += 3) {
      liberations.add(new Liberation(parc.get(i), i % 2 == 0 ? TypeLiberation.PREAVIS_UN_MOIS : TypeLiberation.PREAVIS_TROIS_MOIS,
          LocalDate.of(2025, 1 + i % 12, 1 + i % 28)));
    }
    return b.liberations(liberations).build();
  }

  private static final Gen<List<Integer>> DROITS = lists().of(integers().all()).ofSizeBetween(0, 12);

  @Test
  @DisplayName("chaque convention a l'assiette, les taux, le flux et les objectifs que donnent les règles une à une sur son territoire, cités dans sa convention")
  void egalAuxReglesUneAUne() {
    AtomicInteger valides = new AtomicInteger();
    Proprietes.qt(300).forAll(Generateurs.parc(60), DROITS).check((parc, tires) -> {
      Exercice e = exercice(parc, tires);
      var v = CalculExercice.calculer(e);
      if (!v.isValide()) {
        return true;
      }
      valides.incrementAndGet();
      for (ResultatConvention rc : v.valeurOuLever().conventions()) {
        Convention c = rc.convention();
        Territoire t = c.territoire();
        Parametres p = c.parametres(Parametres.nationaux());
        Assiette a = CalculAssiette.calculer(2025, t, parc).valeurOuLever();
        assertThat(rc.assiette().taille()).isEqualTo(a.taille());
        assertThat(rc.assiette().explication()).isEqualTo(a.explication().resoudre(c.texte().resolveur()));
        List<DroitReservation> ici = new ArrayList<>();
        for (DroitReservation d : e.droits()) {
          if (t instanceof Departement || d.commune().orElseThrow().equals(t)) {
            ici.add(d);
          }
        }
        List<TauxReservataire> taux = new EtatDesDroits(ici).taux(2025, a.taille(), Set.of()).valeurOuLever();
        assertThat(rc.taux()).extracting(TauxReservataire::reservataire, TauxReservataire::taux, TauxReservataire::reserves)
            .containsExactlyElementsOf(taux.stream().map(x -> org.assertj.core.groups.Tuple.tuple(x.reservataire(), x.taux(), x.reserves())).toList());
        FluxAnnuel f = CalculFlux.calculer(EntreesFlux.of(2025, a.taille(), ROTATIONS).withParametres(p)).valeurOuLever();
        assertThat(rc.flux().flux()).isEqualTo(f.flux());
        assertThat(rc.flux().explication().toTexte()).contains(c.texte().titre() + ", art. " + c.texte().article(Clause.FLUX_ANNUEL));
        assertThat(rc.flux().explication().toTexte()).doesNotContain("convention de réservation, art.");
        Map<Reservataire, Taux> parts = new LinkedHashMap<>();
        parts.put(Etat.PRIORITAIRES, Taux.pourcent(25));
        parts.put(Etat.AGENTS_PUBLICS, Taux.pourcent(5));
        taux.forEach(x -> parts.put(x.reservataire(), x.taux()));
        RepartitionDuFlux o = RepartitionDuFlux.repartir(LocalDate.of(2025, 1, 1), f.flux(), parts, BAILLEUR, p).valeurOuLever();
        assertThat(rc.objectifs().objectifs()).isEqualTo(o.objectifs());
        long attendu = c.reservataire().isEtat() ? o.logements(Etat.PRIORITAIRES) + o.logements(Etat.AGENTS_PUBLICS) : o.logements(c.reservataire());
        assertThat(rc.objectif()).isEqualTo(attendu);
        assertThat(rc.annexe().logementsDus()).isEqualTo(attendu);
        assertThat(rc.annexe().parcConcerne()).isEqualTo(a.taille());
      }
      return true;
    });
    // un tiers des tirages au moins est valide (100 sur 300 à pleine échelle ; la même part sous PIT, à 10 % des exemples)
    int tirages = Math.max(10, 300 * Proprietes.echelle() / 100);
    assertThat(valides.get()).as("exercices valides parmi les tirages").isGreaterThan(tirages / 3);
  }

  @Test
  @DisplayName("l'ordre des conventions, des logements, des droits et des libérations ne change rien ; deux calculs donnent le même résultat")
  void independantDeLOrdre() {
    Proprietes.qt(200).forAll(Generateurs.parc(60), DROITS, integers().all()).check((parc, tires, graine) -> {
      Exercice e = exercice(parc, tires);
      Random hasard = new Random(graine);
      List<Logement> p2 = new ArrayList<>(e.parc());
      Collections.shuffle(p2, hasard);
      List<Convention> c2 = new ArrayList<>(e.conventions());
      Collections.shuffle(c2, hasard);
      List<DroitReservation> d2 = new ArrayList<>(e.droits());
      Collections.shuffle(d2, hasard);
      List<Liberation> l2 = new ArrayList<>(e.liberations());
      Collections.shuffle(l2, hasard);
      Exercice.Builder b = Exercice.builder(BAILLEUR, 2025, AIN).parc(p2).droits(d2).rotations(ROTATIONS).liberations(l2);
      c2.forEach(b::convention);
      var v1 = CalculExercice.calculer(e);
      var v2 = CalculExercice.calculer(b.build());
      assertThat(v2.isValide()).isEqualTo(v1.isValide());
      if (v1.isValide()) {
        assertThat(v2.valeurOuLever().conventions()).isEqualTo(v1.valeurOuLever().conventions());
        assertThat(v2.valeurOuLever().orientations()).extracting(o -> o.decision().logement().identifiant() + "→" + o.decision().reservataire().cle())
            .containsExactlyElementsOf(v1.valeurOuLever().orientations().stream()
                .map(o -> o.decision().logement().identifiant() + "→" + o.decision().reservataire().cle()).toList());
        ResultatExercice encore = CalculExercice.calculer(e).valeurOuLever();
        assertThat(encore.conventions()).isEqualTo(v1.valeurOuLever().conventions());
        assertThat(encore.orientations()).extracting(o -> o.explication().toTexte() + o.cycle().map(c -> c.etat() + " " + c.echeances()).orElse(""))
            .containsExactlyElementsOf(v1.valeurOuLever().orientations().stream()
                .map(o -> o.explication().toTexte() + o.cycle().map(c -> c.etat() + " " + c.echeances()).orElse("")).toList());
        assertThat(encore.bilan()).isEqualTo(v1.valeurOuLever().bilan());
      } else {
        assertThat(v2.erreurs().stream().map(a -> a.code()).sorted().toList()).isEqualTo(v1.erreurs().stream().map(a -> a.code()).sorted().toList());
      }
      return true;
    });
  }
}
