package fr.fluxlogement.rules.orientation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.Fixtures;
import fr.fluxlogement.rules.Generateurs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Les garanties de l'orientation (docs/orientation.md), sur au moins 1 000 séquences aléatoires de
 * 1 à 2 000 logements et de 2 à 8 parties aux taux aléatoires, la part du bailleur comprise.
 */
@DisplayName("Orientation : propriété du quota à chaque préfixe, équilibre par catégorie, préfet hors QPV")
class OrientationProperties {

  /** Écart maximal toléré par catégorie (typologie, financement, QPV, commune), mesuré : voir docs/orientation.md. */
  static final Fraction BORNE_CATEGORIE = Fraction.of(8);

  /** Un scénario : des taux (en dix-millièmes, le dernier complète à 100 %) et des graines de logements. */
  record Scenario(Map<Reservataire, Taux> taux, List<Logement> logements) {}

  static Gen<Scenario> scenarios(int maxLogements) {
    return lists().of(integers().between(1, 5_000)).ofSizeBetween(1, 7)
        .zip(lists().of(integers().all()).ofSizeBetween(1, maxLogements), (poids, graines) -> {
          long somme = poids.stream().mapToLong(Integer::longValue).sum();
          Map<Reservataire, Taux> taux = new LinkedHashMap<>();
          long attribue = 0;
          long denominateur = somme + 1 + (somme % 7);
          for (int i = 0; i < poids.size(); i++) {
            Reservataire r = i == 0 ? Etat.PRIORITAIRES : i == 1 ? Etat.AGENTS_PUBLICS : new AutreReservataire("R" + i, "réservataire " + i);
            taux.put(r, Taux.of(poids.get(i), denominateur));
            attribue += poids.get(i);
          }
          taux.put(Fixtures.ALLIADE.partNonReservee(), Taux.of(denominateur - attribue, denominateur));
          List<Logement> l = new ArrayList<>();
          for (int i = 0; i < graines.size(); i++) {
            l.add(Generateurs.logement(i, graines.get(i)));
          }
          return new Scenario(taux, l);
        });
  }

  private static MoteurOrientation moteur(Map<Reservataire, Taux> taux) {
    return MoteurOrientation.of(taux, Taux.pourcent(30)).valeurOuLever();
  }

  @Test
  @DisplayName("après chaque préfixe de k logements, chaque partie a reçu entre ⌊k·t⌋ et ⌈k·t⌉ (propriété du quota)")
  void quotaAChaquePrefixe() {
    Proprietes.qt(1000).forAll(scenarios(2_000)).check(s -> {
      MoteurOrientation m = moteur(s.taux());
      return respecteLeQuota(m, m.orienterTout(m.initial(), s.logements()).choix());
    });
  }

  /** Vrai si, après chaque préfixe de k logements, chaque partie a reçu entre ⌊k·t⌋ et ⌈k·t⌉. */
  static boolean respecteLeQuota(MoteurOrientation m, List<Reservataire> choix) {
    int n = m.parties().size();
    long[] num = new long[n];
    long[] den = new long[n];
    for (int i = 0; i < n; i++) {
      num[i] = m.taux(m.parties().get(i)).numerateur().longValueExact();
      den[i] = m.taux(m.parties().get(i)).denominateur().longValueExact();
    }
    long[] recus = new long[n];
    long k = 0;
    for (Reservataire r : choix) {
      k++;
      recus[m.parties().indexOf(r)]++;
      for (int i = 0; i < n; i++) {
        long plancher = Math.floorDiv(k * num[i], den[i]);
        long plafond = -Math.floorDiv(-k * num[i], den[i]);
        if (recus[i] < plancher || recus[i] > plafond) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * De petits taux entiers (poids de 1 à 6, de 2 à 4 parties dont le préfet) et de courtes séquences
   * de logements qui ne diffèrent que par la typologie (T1 à T3) et la situation QPV : le cas où la
   * préférence d'équilibre ou du préfet heurte le plus souvent une échéance, et où la faisabilité
   * décide.
   */
  static Gen<Scenario> petitsTaux() {
    return lists().of(integers().between(1, 6)).ofSizeBetween(2, 4)
        .zip(lists().of(integers().between(0, 5)).ofSizeBetween(3, 14), (poids, codes) -> {
          long somme = poids.stream().mapToLong(Integer::longValue).sum();
          Map<Reservataire, Taux> taux = new LinkedHashMap<>();
          for (int i = 0; i < poids.size(); i++) {
            Reservataire r = i == 0 ? Etat.PRIORITAIRES : new AutreReservataire("R" + i, "réservataire " + i);
            taux.put(r, Taux.of(poids.get(i), somme));
          }
          List<Logement> l = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            Logement b = Fixtures.logement("P" + i);
            l.add(Logement.builder().from(b).typologie(Typologie.values()[codes.get(i) % 3])
                .localisation(fr.fluxlogement.core.territoire.Localisation.of(Fixtures.ORNEX, Fixtures.PAYS_DE_GEX,
                    codes.get(i) >= 3 ? fr.fluxlogement.core.territoire.Qpv.EN_QPV : fr.fluxlogement.core.territoire.Qpv.HORS_QPV))
                .build());
          }
          return new Scenario(taux, l);
        });
  }

  @Test
  @DisplayName("propriété du quota sur 10 000 courtes séquences à petits taux entiers, où la faisabilité décide le plus souvent")
  void quotaAPetitsTaux() {
    Proprietes.qt(10_000).forAll(petitsTaux()).check(s -> {
      MoteurOrientation m = moteur(s.taux());
      return respecteLeQuota(m, m.orienterTout(m.initial(), s.logements()).choix());
    });
  }

  @Test
  @DisplayName("dans chaque typologie, financement, situation QPV et commune, l'écart à t·n reste sous la borne publiée")
  void equilibreParCategorie() {
    Proprietes.qt(1000).forAll(scenarios(2_000)).check(s -> {
      MoteurOrientation m = moteur(s.taux());
      EtatOrientation e = m.orienterTout(m.initial(), s.logements()).etat();
      return ecartMaxCategorie(m, e).compareTo(BORNE_CATEGORIE) <= 0;
    });
  }

  @Test
  @DisplayName("le résultat ne dépend pas de l'ordre dans lequel les parties sont données")
  void ordreDesParties() {
    Proprietes.qt(300).forAll(scenarios(500), integers().all()).check((s, graine) -> {
      List<Map.Entry<Reservataire, Taux>> e = new ArrayList<>(s.taux().entrySet());
      Collections.shuffle(e, new Random(graine));
      Map<Reservataire, Taux> melange = new LinkedHashMap<>();
      e.forEach(x -> melange.put(x.getKey(), x.getValue()));
      MoteurOrientation a = moteur(s.taux());
      MoteurOrientation b = moteur(melange);
      return a.orienterTout(a.initial(), s.logements()).choix().equals(b.orienterTout(b.initial(), s.logements()).choix());
    });
  }

  @Test
  @DisplayName("le chemin rapide et la fonction pas à pas prennent les mêmes décisions")
  void cheminRapideIdentique() {
    Proprietes.qt(200).forAll(scenarios(300)).check(s -> {
      MoteurOrientation m = moteur(s.taux());
      List<Reservataire> pasAPas = m.orienter(m.initial(), s.logements()).stream().map(Decision::reservataire).toList();
      return pasAPas.equals(m.orienterTout(m.initial(), s.logements()).choix());
    });
  }

  @Test
  @DisplayName("R.441-5-2 II : quand au moins 40 % des logements sont hors QPV, au moins 30 % de ceux du préfet le sont en fin d'année")
  void prefetHorsQpv() {
    Proprietes.qt(1000).forAll(scenarios(2_000)).check(s -> {
      MoteurOrientation m = moteur(s.taux());
      EtatOrientation e = m.orienterTout(m.initial(), s.logements()).etat();
      long prefet = 0;
      long hors = 0;
      for (Reservataire r : m.parties()) {
        if (r.isEtat()) {
          prefet += e.imputes(r);
          hors += e.imputes(r, false);
        }
      }
      boolean possible = e.logements(false) * 10 >= e.orientes() * 4 && prefet >= 10;
      return !possible || hors * 10 >= prefet * 3;
    });
  }

  @Test
  @DisplayName("art. 6 : des échecs aléatoires, traités des trois façons, ne perdent ni ne doublent aucun logement")
  void echecs() {
    Proprietes.qt(1000).forAll(scenarios(200), lists().of(integers().between(0, 5)).ofSizeBetween(1, 200)).check((s, tirages) -> {
      MoteurOrientation m = moteur(s.taux());
      Reservataire bailleur = Fixtures.ALLIADE.partNonReservee();
      EtatOrientation e = m.initial();
      long echecs = 0;
      for (int i = 0; i < s.logements().size(); i++) {
        Decision d = m.orienter(e, s.logements().get(i));
        e = d.etat();
        int t = tirages.get(i % tirages.size());
        if (t < 3 && !d.reservataire().equals(bailleur)) {
          e = m.echec(e, d.logement(), d.reservataire(), TraitementEchec.values()[t], bailleur).etat();
          echecs++;
        }
      }
      long imputes = e.imputes().values().stream().mapToLong(Long::longValue).sum();
      long totalEchecs = 0;
      for (Reservataire r : m.parties()) {
        totalEchecs += e.echecs(r);
      }
      return imputes == s.logements().size() && e.orientes() == s.logements().size() && totalEchecs == echecs;
    });
  }

  /** Le plus grand écart |c − t·n| d'une partie dans une catégorie. */
  static Fraction ecartMaxCategorie(MoteurOrientation m, EtatOrientation e) {
    Fraction max = Fraction.ZERO;
    for (Reservataire r : m.parties()) {
      Fraction t = m.taux(r);
      for (Typologie ty : Typologie.values()) {
        max = max.max(abs(t.fois(e.logements(ty)).moins(Fraction.of(e.imputes(r, ty)))));
      }
      for (Financement f : Financement.values()) {
        max = max.max(abs(t.fois(e.logements(f)).moins(Fraction.of(e.imputes(r, f)))));
      }
      for (boolean q : new boolean[] {true, false}) {
        max = max.max(abs(t.fois(e.logements(q)).moins(Fraction.of(e.imputes(r, q)))));
      }
      for (Map.Entry<String, Long> c : e.logementsParCommune().entrySet()) {
        max = max.max(abs(t.fois(c.getValue()).moins(Fraction.of(e.imputes(r, c.getKey())))));
      }
    }
    return max;
  }

  private static Fraction abs(Fraction f) {
    return f.signum() < 0 ? f.negation() : f;
  }
}
