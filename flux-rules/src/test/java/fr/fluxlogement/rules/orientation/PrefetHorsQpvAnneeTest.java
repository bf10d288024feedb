package fr.fluxlogement.rules.orientation;

import static fr.fluxlogement.rules.Fixtures.ALLIADE;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R.441-5-2 II CCH : « la part du flux annuel de logements réservés par le préfet sur le patrimoine
 * du bailleur situé en dehors des quartiers prioritaires de la politique de la ville ne peut être
 * inférieure à 30 % » (lecture retenue : décision 0011). Quand les libérations de l'année sont
 * connues d'avance, l'orientation atteint le minimum dès qu'une orientation qui respecte le quota le
 * peut (décision 0016).
 */
@DisplayName("Préfet hors QPV sur l'année (CCH R.441-5-2 II)")
class PrefetHorsQpvAnneeTest {

  private static final Reservataire BAILLEUR = ALLIADE.partNonReservee();

  private static Logement enQpv(String id) {
    return Logement.builder().from(logement(id)).localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.EN_QPV)).build();
  }

  private static Logement horsQpv(String id) {
    return Logement.builder().from(logement(id)).localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.HORS_QPV)).build();
  }

  private static MoteurOrientation tiers() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(Etat.PRIORITAIRES, Taux.of(1, 3));
    t.put(BAILLEUR, Taux.of(2, 3));
    return MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
  }

  @Test
  @DisplayName("R.441-5-2 II : préfet à 1/3, cinq logements en QPV puis un hors QPV ; logement par logement le préfet finit à 0 % hors QPV "
      + "(alerte au 2e logement : il lui en faut 1) ; l'année connue d'avance lui garde le 6e (compté à la main)")
  void logementHorsQpvTardif() {
    MoteurOrientation m = tiers();
    List<Logement> annee = List.of(enQpv("Q1"), enQpv("Q2"), enQpv("Q3"), enQpv("Q4"), enQpv("Q5"), horsQpv("H6"));
    // Logement par logement : B, P, B, B, P, B (la préfet à son quota supérieur au 6e, ⌈6/3⌉ = 2) : 0 sur 2 hors QPV.
    List<Reservataire> pasAPas = new ArrayList<>();
    List<Long> alertes = new ArrayList<>();
    EtatOrientation e = m.initial();
    for (Logement l : annee) {
      Decision d = m.orienter(e, l);
      pasAPas.add(d.reservataire());
      d.alerte().ifPresent(a -> {
        assertThat(a.code()).isEqualTo(CodeAnomalie.PREFET_HORS_QPV_MENACE);
        assertThat(a.message()).contains("au moins 1 logement(s) hors QPV");
        alertes.add(d.rang());
      });
      e = d.etat();
    }
    assertThat(pasAPas).containsExactly(BAILLEUR, Etat.PRIORITAIRES, BAILLEUR, BAILLEUR, Etat.PRIORITAIRES, BAILLEUR);
    // 2e logement : T = 1, X = 0, il manque ⌈(30 % × 1 − 0) ÷ 70 %⌉ = ⌈3/7⌉ = 1 ; au 5e, T = 2 : ⌈6/7⌉ = 1, pas pire
    assertThat(alertes).containsExactly(2L);
    // L'année connue : le préfet garde un des trois premiers et reçoit le 6e (c(5) = 1, c(6) = 2) : 1 sur 2 = 50 % ≥ 30 %.
    List<Decision> plan = m.orienter(m.initial(), annee);
    assertThat(plan).extracting(Decision::reservataire)
        .containsExactly(BAILLEUR, Etat.PRIORITAIRES, BAILLEUR, BAILLEUR, BAILLEUR, Etat.PRIORITAIRES);
    assertThat(plan.get(4).contrainte()).isEqualTo(Contrainte.PREFET_HORS_QPV);
    assertThat(m.orienterTout(m.initial(), annee).choix()).isEqualTo(plan.stream().map(Decision::reservataire).toList());
  }

  /** Un petit scénario : des taux en douzièmes (préfet, éventuellement agents, un autre, le bailleur) et la situation QPV. */
  record Petit(Map<Reservataire, Taux> taux, List<Logement> logements) {}

  @Test
  @DisplayName("R.441-5-2 II : sur 2 000 petites années (1 à 10 logements), contre la force brute de toutes les orientations qui "
      + "respectent le quota à chaque préfixe : si l'une atteint 30 % hors QPV pour le préfet, l'orientation de l'année l'atteint")
  void contreLaForceBrute() {
    Proprietes.qt(2000).forAll(lists().of(integers().between(0, 4)).ofSize(3), lists().of(integers().between(0, 2)).ofSizeBetween(1, 10))
        .check((poids, qpv) -> {
          Petit s = petit(poids, qpv);
          MoteurOrientation m = MoteurOrientation.of(s.taux(), Taux.pourcent(30)).valeurOuLever();
          List<Reservataire> choix = m.orienterTout(m.initial(), s.logements()).choix();
          boolean quota = quotaRespecte(m, choix);
          boolean possible = bruteForce(m, s.logements(), 0, new long[m.parties().size()], 0, 0);
          return quota && (!possible || atteint(choix, s.logements()));
        });
  }

  @Test
  @DisplayName("R.441-5-2 II : sur 3 000 années de 1 à 40 logements, le chemin rapide (sans plan quand l'orientation sans plan atteint le "
      + "minimum) rend exactement les choix et l'état final de l'orientation avec le plan ; l'orientation pas à pas aussi")
  void cheminRapideEgalAuPlan() {
    Proprietes.qt(3000).forAll(lists().of(integers().between(0, 4)).ofSize(3), lists().of(integers().between(0, 2)).ofSizeBetween(1, 40))
        .check((poids, qpv) -> {
          Petit s = petit(poids, qpv);
          MoteurOrientation m = MoteurOrientation.of(s.taux(), Taux.pourcent(30)).valeurOuLever();
          MoteurOrientation.Sequence rapide = m.orienterTout(m.initial(), s.logements());
          MoteurOrientation.Sequence plan = m.orienterToutAvecPlan(m.initial(), s.logements());
          List<Reservataire> pasAPas = m.orienter(m.initial(), s.logements()).stream().map(Decision::reservataire).toList();
          boolean memeEtat = rapide.etat().orientes() == plan.etat().orientes() && rapide.etat().imputes().equals(plan.etat().imputes())
              && m.parties().stream().allMatch(r -> rapide.etat().imputes(r, false) == plan.etat().imputes(r, false));
          return rapide.choix().equals(plan.choix()) && memeEtat && pasAPas.equals(plan.choix());
        });
  }

  private static Petit petit(List<Integer> poids, List<Integer> qpv) {
    // préfet (1 + a)/12, agents b/12, autre c/12, bailleur le reste (au moins 1/12)
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    int a = 1 + poids.get(0);
    int b = poids.get(1) / 2;
    int c = poids.get(2);
    t.put(Etat.PRIORITAIRES, Taux.of(a, 12));
    if (b > 0) {
      t.put(Etat.AGENTS_PUBLICS, Taux.of(b, 12));
    }
    if (c > 0) {
      t.put(new AutreReservataire("X", "autre réservataire"), Taux.of(c, 12));
    }
    t.put(BAILLEUR, Taux.of(12 - a - b - c, 12));
    List<Logement> l = new ArrayList<>();
    for (int i = 0; i < qpv.size(); i++) {
      l.add(qpv.get(i) == 0 ? enQpv("L" + i) : horsQpv("L" + i)); // deux sur trois hors QPV en moyenne
    }
    return new Petit(t, l);
  }

  private static boolean atteint(List<Reservataire> choix, List<Logement> logements) {
    long total = 0;
    long hors = 0;
    for (int i = 0; i < choix.size(); i++) {
      if (choix.get(i).isEtat()) {
        total++;
        hors += logements.get(i).isEnQpv() ? 0 : 1;
      }
    }
    return hors * 10 >= total * 3;
  }

  private static boolean quotaRespecte(MoteurOrientation m, List<Reservataire> choix) {
    long[] c = new long[m.parties().size()];
    for (int k = 1; k <= choix.size(); k++) {
      c[m.parties().indexOf(choix.get(k - 1))]++;
      for (int i = 0; i < c.length; i++) {
        Fraction kt = m.taux(m.parties().get(i)).fois(k);
        if (c[i] < kt.plancher().longValueExact() || c[i] > kt.plafond().longValueExact()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Existe-t-il une orientation de la suite qui respecte le quota à chaque préfixe et donne au préfet 30 % hors QPV ? */
  private static boolean bruteForce(MoteurOrientation m, List<Logement> l, int k, long[] c, long total, long hors) {
    if (k == l.size()) {
      return hors * 10 >= total * 3;
    }
    for (int j = 0; j < c.length; j++) {
      c[j]++;
      boolean ok = true;
      for (int i = 0; i < c.length && ok; i++) {
        Fraction kt = m.taux(m.parties().get(i)).fois(k + 1);
        ok = c[i] >= kt.plancher().longValueExact() && c[i] <= kt.plafond().longValueExact();
      }
      boolean p = m.parties().get(j).isEtat();
      boolean h = !l.get(k).isEnQpv();
      if (ok && bruteForce(m, l, k + 1, c, total + (p ? 1 : 0), hors + (p && h ? 1 : 0))) {
        c[j]--;
        return true;
      }
      c[j]--;
    }
    return false;
  }
}
