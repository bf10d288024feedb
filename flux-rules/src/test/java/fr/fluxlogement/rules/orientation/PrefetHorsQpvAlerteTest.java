package fr.fluxlogement.rules.orientation;

import static fr.fluxlogement.rules.Fixtures.ORNEX;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.Resultats;
import fr.fluxlogement.core.anomalie.Resultat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * L'alerte {@code PREFET_HORS_QPV_MENACE} de l'orientation logement par logement, comptée à la main
 * sur un moteur où le préfet reçoit tout (taux 100 %) : après T logements dont X hors QPV, il lui en
 * manque ⌈(μ·T − X) ÷ (1 − μ)⌉, soit ⌈(3T − 10X) ÷ 7⌉ pour μ = 30 %.
 */
@DisplayName("Préfet hors QPV (CCH R.441-5-2 II) : l'alerte logement par logement, le nombre de logements qui lui manquent, sa marge acquise sur l'année")
class PrefetHorsQpvAlerteTest {

  private static <T> T valeur(Resultat<T> v) {
    return Resultats.valeur(v);
  }

  private static Logement situe(String id, Qpv qpv) {
    return Logement.builder().from(logement(id)).localisation(Localisation.of(ORNEX, PAYS_DE_GEX, qpv)).build();
  }

  private static MoteurOrientation prefetSeul(Taux minimum) {
    return valeur(MoteurOrientation.of(Map.of(Etat.PRIORITAIRES, Taux.CENT_POUR_CENT), minimum));
  }

  /** Les alertes d'une suite orientée logement par logement : « rang chemin manque ». */
  private static List<String> alertes(MoteurOrientation m, List<Logement> suite) {
    List<String> l = new ArrayList<>();
    EtatOrientation e = m.initial();
    for (Logement x : suite) {
      Decision d = m.orienter(e, x);
      assertThat(d.reservataire()).isEqualTo(Etat.PRIORITAIRES);
      d.alerte().ifPresent(a -> l.add(d.rang() + " " + a.chemin() + " "
          + a.message().replaceAll(".*il lui faut encore au moins (\\d+) logement.*", "$1")));
      e = d.etat();
    }
    return l;
  }

  @Test
  @DisplayName("un logement hors QPV puis cinq en QPV, minimum 30 % : alerte au 4e (il en manque 1) et au 6e (il en manque 2), pas au 5e (toujours 1)")
  void unHorsPuisCinqEnQpv() {
    List<Logement> suite = List.of(situe("H1", Qpv.HORS_QPV), situe("Q2", Qpv.EN_QPV), situe("Q3", Qpv.EN_QPV), situe("Q4", Qpv.EN_QPV),
        situe("Q5", Qpv.EN_QPV), situe("Q6", Qpv.EN_QPV));
    // T = 1, X = 1 : 3 − 10 < 0 ; T = 2 : 6 − 10 < 0 ; T = 3 : 9 − 10 < 0 → rien ne manque
    // T = 4 : 12 − 10 = 2 → ⌈2/7⌉ = 1 (1 sur 4 = 25 % ; 2 sur 5 = 40 % ≥ 30 %) : alerte, au chemin logements[3]
    // T = 5 : 15 − 10 = 5 → ⌈5/7⌉ = 1, pas pire : pas d'alerte
    // T = 6 : 18 − 10 = 8 → ⌈8/7⌉ = 2 (2 sur 7 = 28,6 % < 30 % ; 3 sur 8 = 37,5 %) : alerte
    assertThat(alertes(prefetSeul(Taux.pourcent(30)), suite)).containsExactly("4 logements[3] 1", "6 logements[5] 2");
  }

  @Test
  @DisplayName("minimum de 100 % hors QPV : un logement en QPV ne se rattrape jamais (1 − μ = 0), l'alerte le dit sans division par zéro")
  void minimumDeCentPourCent() {
    // T = 1, X = 0, μ = 1 : μT − X = 1 > 0 et 1 − μ = 0 : aucun nombre fini de logements hors QPV n'y suffit
    assertThat(alertes(prefetSeul(Taux.CENT_POUR_CENT), List.of(situe("Q1", Qpv.EN_QPV))))
        .containsExactly("1 logements[0] " + Long.MAX_VALUE);
    // hors QPV d'abord : 1 sur 1 = 100 %, rien ne manque
    assertThat(alertes(prefetSeul(Taux.CENT_POUR_CENT), List.of(situe("H1", Qpv.HORS_QPV)))).isEmpty();
  }
  @Test
  @DisplayName("année connue d'avance (décision 0016) : préfet et bailleur à 50 %, H1, Q2, H3, Q4 ; le préfet, à 1 hors QPV sur 1, peut laisser H3 au bailleur, l'équilibre le veut ; il finit à 1 sur 2 = 50 % ≥ 30 %")
  void margeAcquiseDuPrefet() {
    Reservataire bailleur = fr.fluxlogement.rules.Fixtures.ALLIADE.partNonReservee();
    MoteurOrientation m = valeur(MoteurOrientation.of(Map.of(Etat.PRIORITAIRES, Taux.pourcent(50), bailleur, Taux.pourcent(50)),
        Taux.pourcent(30)));
    List<Logement> annee = List.of(situe("H1", Qpv.HORS_QPV), situe("Q2", Qpv.EN_QPV), situe("H3", Qpv.HORS_QPV), situe("Q4", Qpv.EN_QPV));
    // rang 1 : le préfet n'a rien, logement hors QPV → le préfet (sa marge acquise devient 1 × 10 − 1 × 3 = 7)
    // rang 2 : le préfet est à son quota (1 = ⌈2 × 1/2⌉) → le bailleur
    // rang 3 : déficits (t = 1/2, D = 2) : typologie, financement et commune 3 − 2 = 1 chacun pour les deux ; hors QPV 2 − 2 = 0 pour le
    //   préfet, 2 − 0 = 2 pour le bailleur → le bailleur (5 contre 3) ; le rang 4 ira alors au préfet (en QPV, −3) : 7 − 3 = 4 ≥ 0, admis
    //   (compter la marge du bailleur, 0 × 10 − 1 × 3 = −3, l'écarterait : −3 − 3 < 0)
    // rang 4 : le bailleur est à son quota → le préfet
    List<Decision> plan = m.orienter(m.initial(), annee);
    assertThat(plan).extracting(Decision::reservataire).containsExactly(Etat.PRIORITAIRES, bailleur, bailleur, Etat.PRIORITAIRES);
    assertThat(plan).extracting(Decision::contrainte).containsExactly(Contrainte.PREFET_HORS_QPV, Contrainte.QUOTA, Contrainte.EQUILIBRE,
        Contrainte.QUOTA);
    assertThat(m.orienterTout(m.initial(), annee).choix()).isEqualTo(plan.stream().map(Decision::reservataire).toList());
  }
}
