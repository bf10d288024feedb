package fr.fluxlogement.rules.orientation;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.ALLIADE;
import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Des décisions calculées à la main, une à une, pour deux parties à 50 % (d = 2, p = 1). Au rang k,
 * une partie est éligible si {@code c × 2 < k} ; son échéance est {@code 2 (c + 1)} ; son score dans
 * chaque groupe de catégories (typologie, financement, QPV, commune) est {@code n − 2 c_g}, où n est
 * le nombre de logements de la catégorie du logement (lui compris) et c_g ceux qu'elle en a reçus.
 * À égalité de tout, l'ordre des clés : ACTION-LOGEMENT, puis AUTRE-X, puis ETAT-PRIORITAIRES.
 */
@DisplayName("Orientation : décisions comptées à la main (convention art. 4.2 et 5 ; R.441-5-2 II)")
class OrientationDecisionsTest {

  private static final Reservataire AUTRE = new AutreReservataire("X", "autre réservataire");

  private static MoteurOrientation moteur(Reservataire a, Reservataire b) {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(b, Taux.pourcent(50));
    t.put(a, Taux.pourcent(50));
    return MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
  }

  private static Logement enQpv(String id) {
    return Logement.builder().from(logement(id)).localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.EN_QPV)).build();
  }

  private static Logement typologie(String id, Typologie t) {
    return Logement.builder().from(logement(id)).typologie(t).build();
  }

  @Test
  @DisplayName("R.441-5-2 II : premier logement hors QPV, le préfet (aucun logement encore, donc sous 30 % hors QPV) passe devant à égalité de tout")
  void prefetHorsQpvEnPremier() {
    MoteurOrientation m = moteur(AL, Etat.PRIORITAIRES);
    Decision d = m.orienter(m.initial(), logement("H1"));
    assertThat(d.reservataire()).isEqualTo(Etat.PRIORITAIRES);
    assertThat(d.contrainte()).isEqualTo(Contrainte.PREFET_HORS_QPV);
    assertThat(d.explication().toTexte()).contains("décidé par : part du préfet hors QPV (R.441-5-2 II)");
    // en QPV, pas de préférence : égalité de score (4 groupes × 1) et d'échéance (2), la clé départage
    Decision q = m.orienter(m.initial(), enQpv("Q1"));
    assertThat(q.reservataire()).isEqualTo(AL);
    assertThat(q.contrainte()).isEqualTo(Contrainte.EQUILIBRE);
  }

  @Test
  @DisplayName("R.441-5-2 II : préfet à 1 logement dont 1 hors QPV (100 % ≥ 30 %) : plus de préférence, la clé donne le 3e à Action Logement")
  void prefetAuDessusDuMinimum() {
    MoteurOrientation m = moteur(AL, Etat.PRIORITAIRES);
    List<Decision> d = m.orienter(m.initial(), List.of(logement("H1"), logement("H2"), logement("H3"), logement("H4")));
    assertThat(d).extracting(Decision::reservataire).containsExactly(Etat.PRIORITAIRES, AL, AL, Etat.PRIORITAIRES);
    // rang 2 et 4 : un seul éligible (c × 2 < k faux pour l'autre)
    assertThat(d).extracting(Decision::contrainte)
        .containsExactly(Contrainte.PREFET_HORS_QPV, Contrainte.QUOTA, Contrainte.EQUILIBRE, Contrainte.QUOTA);
    assertThat(d.get(3).etat().offres(AL)).isEqualTo(2);
    assertThat(d.get(3).etat().offres(Etat.PRIORITAIRES)).isEqualTo(2);
  }

  @Test
  @DisplayName("R.441-5-2 II : préfet à 1 logement en QPV (0 % hors QPV < 30 %) : le 3e, hors QPV, lui revient alors que la clé le donnerait à Action Logement")
  void prefetSousLeMinimum() {
    MoteurOrientation m = moteur(AL, Etat.PRIORITAIRES);
    List<Decision> d = m.orienter(m.initial(), List.of(enQpv("Q1"), enQpv("Q2"), logement("H3"), logement("H4")));
    assertThat(d).extracting(Decision::reservataire).containsExactly(AL, Etat.PRIORITAIRES, Etat.PRIORITAIRES, AL);
    assertThat(d.get(2).contrainte()).isEqualTo(Contrainte.PREFET_HORS_QPV);
    EtatOrientation fin = d.get(3).etat();
    assertThat(fin.imputes(Etat.PRIORITAIRES, false)).isEqualTo(1);
    assertThat(fin.imputes(Etat.PRIORITAIRES, true)).isEqualTo(1);
    assertThat(fin.logements(true)).isEqualTo(2);
  }

  @Test
  @DisplayName("art. 4.2 : T1, T2, T1, T2 ; au 3e logement (T1), l'autre réservataire, sans T1, a le plus grand déficit (score 5 contre 3) : chacun reçoit un T1 et un T2")
  void equilibreParTypologie() {
    MoteurOrientation m = moteur(AL, AUTRE);
    List<Decision> d = m.orienter(m.initial(),
        List.of(typologie("A", Typologie.T1), typologie("B", Typologie.T2), typologie("C", Typologie.T1), typologie("D", Typologie.T2)));
    assertThat(d).extracting(Decision::reservataire).containsExactly(AL, AUTRE, AUTRE, AL);
    assertThat(d.get(2).contrainte()).isEqualTo(Contrainte.EQUILIBRE);
    EtatOrientation fin = d.get(3).etat();
    for (Reservataire r : List.of(AL, AUTRE)) {
      assertThat(fin.imputes(r, Typologie.T1)).isEqualTo(1);
      assertThat(fin.imputes(r, Typologie.T2)).isEqualTo(1);
    }
    assertThat(m.orienterTout(m.initial(), d.stream().map(Decision::logement).toList()).choix())
        .containsExactly(AL, AUTRE, AUTRE, AL);
  }

  @Test
  @DisplayName("art. 4.2 : 40 logements sur 20 communes, deux par commune : chaque commune en donne un à chacun (les tables de communes s'agrandissent)")
  void vingtCommunes() {
    MoteurOrientation m = moteur(AL, AUTRE);
    List<Logement> l = new ArrayList<>();
    for (int c = 0; c < 20; c++) {
      Commune commune = Commune.of(String.format("01%03d", 100 + c));
      for (int i = 0; i < 2; i++) {
        l.add(Logement.builder().from(logement("C" + c + "-" + i)).localisation(Localisation.of(commune, PAYS_DE_GEX, Qpv.HORS_QPV)).build());
      }
    }
    EtatOrientation e = m.orienterTout(m.initial(), l).etat();
    assertThat(e.logementsParCommune()).hasSize(20).allSatisfy((c, n) -> assertThat(n).isEqualTo(2L));
    for (int c = 0; c < 20; c++) {
      String code = String.format("01%03d", 100 + c);
      assertThat(e.imputes(AL, code)).isEqualTo(1);
      assertThat(e.imputes(AUTRE, code)).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("art. 6 : un logement repris par le bailleur reste compté une fois (rang et catégories inchangés), imputé au bailleur")
  void reprisParLeBailleur() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(AL, Taux.pourcent(50));
    t.put(ALLIADE.partNonReservee(), Taux.pourcent(50));
    MoteurOrientation m = MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
    Decision d = m.orienter(m.initial(), logement("R1"));
    assertThat(d.reservataire()).isEqualTo(AL);
    Decision r = m.echec(d.etat(), d.logement(), AL, TraitementEchec.REPRIS_PAR_LE_BAILLEUR, ALLIADE.partNonReservee());
    assertThat(r.rang()).isEqualTo(1);
    assertThat(r.etat().orientes()).isEqualTo(1);
    assertThat(r.etat().logements(false)).isEqualTo(1);
    assertThat(r.etat().logements(Typologie.T3)).isEqualTo(1);
    assertThat(r.etat().logementsParCommune()).containsEntry(ORNEX.code(), 1L);
    assertThat(r.etat().imputes(ALLIADE.partNonReservee(), Typologie.T3)).isEqualTo(1);
    assertThat(r.etat().imputes(AL, Typologie.T3)).isZero();
    assertThat(r.etat().echecs(AL)).isEqualTo(1);
    assertThat(r.etat().offres(ALLIADE.partNonReservee())).isEqualTo(1);
    assertThat(r.etat().offres(AL)).isEqualTo(1);
    assertThat(TraitementEchec.REPRIS_PAR_LE_BAILLEUR.libelle()).isEqualTo("repris par le bailleur");
  }

  @Test
  @DisplayName("R.441-5-2 II : seul le préfet compte pour son minimum ; Action Logement sans logement hors QPV ne fait pas passer le préfet devant")
  void seulLePrefetCompte() {
    MoteurOrientation m = moteur(AL, Etat.PRIORITAIRES);
    // H1 au préfet (aucun logement) ; Q2 à Action Logement (seul éligible) ; H3 : préfet à 1 sur 1 hors QPV, pas de préférence,
    // et Action Logement, sans logement hors QPV, a le plus grand déficit dans la catégorie « hors QPV » (score 5 contre 3)
    List<Decision> d = m.orienter(m.initial(), List.of(logement("H1"), enQpv("Q2"), logement("H3"), logement("H4")));
    assertThat(d).extracting(Decision::reservataire).containsExactly(Etat.PRIORITAIRES, AL, AL, Etat.PRIORITAIRES);
    assertThat(d.get(2).contrainte()).isEqualTo(Contrainte.EQUILIBRE);
  }

  @Test
  @DisplayName("R.441-5-2 II : un minimum de 50 % tout juste atteint (1 hors QPV sur 2) ne donne plus de préférence au préfet")
  void minimumToutJusteAtteint() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(AL, Taux.pourcent(50));
    t.put(Etat.PRIORITAIRES, Taux.pourcent(50));
    MoteurOrientation m = MoteurOrientation.of(t, Taux.pourcent(50)).valeurOuLever();
    // Q1 : égalité, la clé (AL) ; H2 : préfet seul éligible ; Q3 : le préfet, sans logement en QPV, a le plus grand déficit ;
    // H4 : AL seul éligible ; H5 : préfet à 1 hors QPV sur 2 = 50 %, pas sous le minimum ; égalité de score et d'échéance : la clé
    List<Decision> d = m.orienter(m.initial(), List.of(enQpv("Q1"), logement("H2"), enQpv("Q3"), logement("H4"), logement("H5")));
    assertThat(d).extracting(Decision::reservataire).containsExactly(AL, Etat.PRIORITAIRES, Etat.PRIORITAIRES, AL, AL);
    assertThat(d.get(4).contrainte()).isEqualTo(Contrainte.EQUILIBRE);
  }

  @Test
  @DisplayName("art. 6 : proposé à un autre alors que personne d'autre n'est éligible : l'exclusion est relâchée plutôt que de sortir du quota")
  void relacheLExclusion() {
    MoteurOrientation m = moteur(AL, AUTRE);
    List<Decision> d = m.orienter(m.initial(), List.of(logement("A"), logement("B")));
    assertThat(d).extracting(Decision::reservataire).containsExactly(AL, AUTRE);
    // au rang 2, Action Logement (1 reçu, 1 × 2 < 2 faux) n'est pas éligible : le logement revient à l'autre
    Decision r = m.echec(d.get(1).etat(), d.get(1).logement(), AUTRE, TraitementEchec.PROPOSE_A_UN_AUTRE, ALLIADE.partNonReservee());
    assertThat(r.reservataire()).isEqualTo(AUTRE);
    assertThat(r.etat().imputes(AUTRE)).isEqualTo(1);
    assertThat(r.etat().imputes(AL)).isEqualTo(1);
    assertThat(r.etat().echecs(AUTRE)).isEqualTo(1);
  }

  @Test
  @DisplayName("des taux de dénominateur 2³⁰ tout juste restent exacts ; au-delà ils sont arrondis au milliardième")
  void denominateurALaBorne() {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(AL, Taux.of(1, 1L << 30));
    t.put(AUTRE, Taux.of(Fraction.UN.moins(Fraction.of(1, 1L << 30))));
    MoteurOrientation exact = MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
    assertThat(exact.isArrondi()).isFalse();
    assertThat(exact.taux(AL)).isEqualTo(Fraction.of(1, 1L << 30));
    t.put(AL, Taux.of(1, (1L << 30) + 1));
    t.put(AUTRE, Taux.of(Fraction.UN.moins(Fraction.of(1, (1L << 30) + 1))));
    assertThat(MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever().isArrondi()).isTrue();
  }

  @Test
  @DisplayName("faisabilité (art. 4.2 et quota) : au 6e logement, Action Logement a le plus grand déficit par catégorie (11 contre 10), mais l'autre est à son échéance : il le reçoit")
  void faisabiliteAvantEquilibre() {
    // taux 25 % / 50 % / 25 % (d = 4, p = 1, 2, 1) ; T1Q T2Q T1Q T1H T2H T1H
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(AL, Taux.pourcent(25));
    t.put(AUTRE, Taux.pourcent(50));
    t.put(Etat.PRIORITAIRES, Taux.pourcent(25));
    MoteurOrientation m = MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
    List<Decision> d = m.orienter(m.initial(), List.of(
        Logement.builder().from(enQpv("1")).typologie(Typologie.T1).build(), Logement.builder().from(enQpv("2")).typologie(Typologie.T2).build(),
        Logement.builder().from(enQpv("3")).typologie(Typologie.T1).build(), typologie("4", Typologie.T1), typologie("5", Typologie.T2),
        typologie("6", Typologie.T1)));
    // 1 : scores 4p, l'autre (8) ; 2 : égalité AL/préfet (7), la clé ; 3 : préfet (11 contre 6) ; 4 : l'autre, seul éligible ;
    // 5 : préfet sous 30 % hors QPV (0 sur 1) ; 6 : AL 4 + 2 + 3 + 2 = 11, l'autre 0 + 4 + 2 + 4 = 10, mais l'autre doit
    // avoir ⌊6 × 1/2⌋ = 3 logements après le 6e et n'en a que 2 : donner à AL rendrait le quota intenable
    assertThat(d).extracting(Decision::reservataire).containsExactly(AUTRE, AL, Etat.PRIORITAIRES, AUTRE, Etat.PRIORITAIRES, AUTRE);
    assertThat(d).extracting(Decision::contrainte).containsExactly(Contrainte.EQUILIBRE, Contrainte.EQUILIBRE, Contrainte.EQUILIBRE,
        Contrainte.QUOTA, Contrainte.PREFET_HORS_QPV, Contrainte.QUOTA);
  }

  @Test
  @DisplayName("art. 4.2 : à égalité de déficit par catégorie, l'échéance la plus proche passe avant l'ordre des clés")
  void echeanceAvantCle() {
    // taux 30 % / 10 % / 60 % (d = 10, p = 3, 1, 6) ; T2 T1 T1 T2. Au 4e : scores AL 6 + 3 × 2 = 12, l'autre 2 + 3 × 4 = 14,
    // la commune 2 + 3 × 4 = 14 ; échéances : l'autre ⌈10/1⌉ = 10, la commune ⌈3 × 10/6⌉ = 5 : la commune, bien que sa clé vienne après
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(AL, Taux.pourcent(30));
    t.put(AUTRE, Taux.pourcent(10));
    t.put(fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX, Taux.pourcent(60));
    MoteurOrientation m = MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
    List<Decision> d = m.orienter(m.initial(), List.of(typologie("1", Typologie.T2), typologie("2", Typologie.T1),
        typologie("3", Typologie.T1), typologie("4", Typologie.T2)));
    assertThat(d).extracting(Decision::reservataire).containsExactly(fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX, AL,
        fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX, fr.fluxlogement.rules.Fixtures.COMMUNE_ORNEX);
    assertThat(d.get(3).contrainte()).isEqualTo(Contrainte.EQUILIBRE);
  }

  @Test
  @DisplayName("quota : à 3/8 et 5/8, quatre logements identiques ; au 4e, déficits égaux (0,5), l'échéance exacte départage : rang 5 pour l'autre, 6 pour Action Logement")
  void echeanceExacte() {
    // d = 8, p = 3 et 5 ; logements identiques : score = 4 × (p·k − 8·c). 1 : 12 contre 20, l'autre ; 2 : 24 contre 8, AL ;
    // 3 : 4 contre 28, l'autre ; 4 : 16 contre 16. Échéances ⌈(c + 1)·8/p⌉ : AL ⌈16/3⌉ = 6, l'autre ⌈24/5⌉ = 5 : l'autre
    // (après 5 logements il lui en faut ⌊25/8⌋ = 3 et il en a 2)
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(AL, Taux.of(3, 8));
    t.put(AUTRE, Taux.of(5, 8));
    MoteurOrientation m = MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
    List<Decision> d = m.orienter(m.initial(), List.of(logement("1"), logement("2"), logement("3"), logement("4")));
    assertThat(d).extracting(Decision::reservataire).containsExactly(AUTRE, AL, AUTRE, AUTRE);
    assertThat(d.get(3).contrainte()).isEqualTo(Contrainte.EQUILIBRE);
  }

  @Test
  @DisplayName("l'explication dit qui est retenu, qui était hors quota, et les déficits avant et après (t × k − reçus)")
  void explicationDesCandidats() {
    MoteurOrientation m = moteur(AL, AUTRE);
    Decision d1 = m.orienter(m.initial(), logement("A"));
    Decision d2 = m.orienter(d1.etat(), logement("B"));
    String texte = d2.explication().toTexte();
    // au rang 2 : Action Logement (1 reçu) est hors quota, déficit 0,5 − 1 = −0,5 → 1 − 1 = 0 ; l'autre 0,5 → 1 − 1 = 0
    assertThat(texte).contains("Action Logement Services (hors quota) : déficit -0,5 → 0", "autre réservataire (retenu) : déficit 0,5 → 0",
        "décidé par : quota : seul réservataire éligible, ou échéance la plus proche");
    assertThat(d2.candidats()).extracting(Decision.Candidat::deficitApres).containsOnly(Fraction.ZERO);
  }
}
