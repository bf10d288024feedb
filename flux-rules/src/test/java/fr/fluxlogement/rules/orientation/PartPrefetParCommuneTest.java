package fr.fluxlogement.rules.orientation;

import static fr.fluxlogement.rules.Fixtures.AL;
import static fr.fluxlogement.rules.Fixtures.FERNEY;
import static fr.fluxlogement.rules.Fixtures.PAYS_DE_GEX;
import static fr.fluxlogement.rules.Fixtures.logement;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
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

@DisplayName("Part du préfet commune par commune : le taux départemental, le même dans chaque commune (CCH R.441-5-2 II)")
class PartPrefetParCommuneTest {

  /** Un moteur d'orientation d'une commune : le préfet à son taux, Action Logement le reste. */
  private static List<Decision> orienter(Taux prefet, List<Logement> logements) {
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    t.put(Etat.PRIORITAIRES, prefet);
    t.put(AL, prefet.complement());
    MoteurOrientation m = MoteurOrientation.of(t, Taux.pourcent(30)).valeurOuLever();
    return m.orienter(m.initial(), logements);
  }

  private static List<Logement> liberes(String prefixe, int n, boolean ferney) {
    List<Logement> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Logement x = logement(prefixe + i);
      l.add(ferney ? Logement.builder().from(x).localisation(Localisation.of(FERNEY, PAYS_DE_GEX, Qpv.HORS_QPV)).build() : x);
    }
    return l;
  }

  @Test
  @DisplayName("R.441-5-2 II : à Ornex, 10 libérés orientés au taux de 30 % donnent 3 au préfet, dans la bande de 3 à 3 ; à Ferney-Voltaire, orienté par erreur à 10 %, 1 sur 10 : 2 de moins que 30 % × 10 = 3, signalé")
  void ecartSignale() {
    List<Decision> d = new ArrayList<>(orienter(Taux.pourcent(30), liberes("O", 10, false)));
    d.addAll(orienter(Taux.pourcent(10), liberes("F", 10, true)));
    Resultat<List<PartPrefetParCommune.PartCommune>> r = PartPrefetParCommune.controler(d, Taux.pourcent(30));
    assertThat(r.isValide()).isTrue();
    List<PartPrefetParCommune.PartCommune> parts = r.valeur().orElseThrow();
    // l'ordre des codes : 01160 (Ferney-Voltaire) puis 01281 (Ornex)
    assertThat(parts).extracting(p -> p.commune().code()).containsExactly("01160", "01281");
    PartPrefetParCommune.PartCommune ferney = parts.get(0);
    assertThat(ferney.liberes()).isEqualTo(10);
    assertThat(ferney.prefet()).isEqualTo(1);
    assertThat(ferney.attendue()).isEqualTo(Fraction.of(3));
    assertThat(ferney.isConforme()).isFalse();
    assertThat(ferney.ecart()).isEqualTo(-2);
    PartPrefetParCommune.PartCommune ornex = parts.get(1);
    assertThat(ornex.prefet()).isEqualTo(3);
    assertThat(ornex.isConforme()).isTrue();
    assertThat(ornex.ecart()).isZero();
    assertThat(r.avertissements()).extracting(Anomalie::code, Anomalie::chemin)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CodeAnomalie.ECART_PART_PREFET, "orientation.communes.01160"));
    assertThat(r.avertissements().get(0).message()).isEqualTo("à 01160, le préfet reçoit 1 des 10 logements libérés, quand son taux "
        + "départemental de 30 % en donne de 3 à 3 (écart : -2)");
    assertThat(ornex.explication().formule()).isEqualTo("attendu : 30 % × 10 = 3, soit de 3 à 3 logements");
  }

  @Test
  @DisplayName("R.441-5-2 II : 7 libérés à 30 % donnent 2,1 attendus, soit 2 ou 3 logements ; 2 est conforme (propriété du quota), sans avertissement")
  void bandeDuQuota() {
    Resultat<List<PartPrefetParCommune.PartCommune>> r = PartPrefetParCommune.controler(orienter(Taux.pourcent(30), liberes("O", 7, false)),
        Taux.pourcent(30));
    PartPrefetParCommune.PartCommune p = r.valeur().orElseThrow().get(0);
    assertThat(p.attendue()).isEqualTo(Fraction.of(21, 10));
    assertThat(p.minimum()).isEqualTo(2);
    assertThat(p.maximum()).isEqualTo(3);
    assertThat(p.prefet()).isBetween(2L, 3L);
    assertThat(r.avertissements()).isEmpty();
    assertThat(PartPrefetParCommune.controler(List.of(), Taux.pourcent(30)).valeur().orElseThrow()).isEmpty();
  }
}
