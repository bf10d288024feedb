package fr.fluxlogement.rules.bilan;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.rules.Fixtures;
import fr.fluxlogement.rules.Generateurs;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Bilan : un agrégat fusionnable qui ne perd ni ne double rien")
class BilanProperties {

  private static final SeuilsQuartile SEUILS = SeuilsQuartile.vide().withSeuil(Fixtures.PAYS_DE_GEX, 2025, new BigDecimal("10000"));
  private static final List<Reservataire> PARTIES = List.of(Etat.PRIORITAIRES, ActionLogement.INSTANCE, Fixtures.COMMUNE_ORNEX,
      Fixtures.ALLIADE.partNonReservee());

  /** Un événement tiré d'un entier : libération, proposition ou attribution, en 2024 ou 2025. */
  private static final Gen<List<Integer>> EVENEMENTS = lists().of(integers().all()).ofSizeBetween(0, 120);

  private static Bilan bilan(List<Integer> evenements) {
    Bilan.Compteur c = Bilan.compteur(2025, SEUILS);
    for (int i = 0; i < evenements.size(); i++) {
      int g = evenements.get(i) & Integer.MAX_VALUE;
      Logement brut = Generateurs.logement(i, g);
      Logement l = Logement.builder().from(brut)
          .localisation(new Localisation(brut.localisation().commune(), g % 5 == 0 ? Optional.empty() : Optional.of(Fixtures.PAYS_DE_GEX),
              brut.localisation().qpv())).build();
      Reservataire r = PARTIES.get(g % 4);
      LocalDate d = LocalDate.of(2024 + (g / 7) % 2, 1 + (g / 3) % 12, 1 + (g / 11) % 28);
      switch ((g / 13) % 3) {
        case 0 -> c.liberation(new Liberation(l, TypeLiberation.PREAVIS_UN_MOIS, d));
        case 1 -> c.proposition(new Proposition(l, r, d));
        default -> {
          Menage m = Menage.of(BigDecimal.valueOf((g / 17) % 30_000), Fraction.UN).withDalo(g % 9 == 0);
          c.attribution(new Attribution(l, r, m, d, g % 4 == 0 ? Optional.empty() : Optional.of(d.plusDays(20)), g % 23 == 0, g % 29 == 0));
        }
      }
    }
    return c.toBilan();
  }

  @Test
  @DisplayName("la fusion est associative et commutative, le bilan vide est neutre")
  void monoide() {
    Proprietes.qt(300).forAll(EVENEMENTS, EVENEMENTS, EVENEMENTS).check((x, y, z) -> {
      Bilan a = bilan(x);
      Bilan b = bilan(y);
      Bilan c = bilan(z);
      return a.fusionner(b).fusionner(c).equals(a.fusionner(b.fusionner(c)))
          && a.fusionner(b).equals(b.fusionner(a))
          && a.fusionner(Bilan.vide(2025)).equals(a) && Bilan.vide(2025).fusionner(a).equals(a);
    });
  }

  @Test
  @DisplayName("le bilan d'un tout est la fusion des bilans de n'importe quelle partition de ses événements")
  void partition() {
    Proprietes.qt(300).forAll(EVENEMENTS, integers().between(0, 120)).check((evts, coupe) -> {
      int k = Math.min(coupe, evts.size());
      // les indices des logements doivent rester ceux du tout : on décale la seconde moitié
      Bilan entier = bilan(evts);
      List<Integer> premiere = evts.subList(0, k);
      List<Integer> seconde = new ArrayList<>(evts.subList(k, evts.size()));
      return entier.compteurs().values().stream().mapToLong(Long::longValue).sum()
          == bilan(premiere).fusionner(bilan(seconde)).compteurs().values().stream().mapToLong(Long::longValue).sum()
          && entier.total(Mesure.BAUX_SIGNES, Cle.TOUS) == bilan(premiere).fusionner(bilan(seconde)).total(Mesure.BAUX_SIGNES, Cle.TOUS);
    });
  }

  @Test
  @DisplayName("rien n'est perdu ni compté deux fois : les totaux par partie somment au total général, et chaque ventilation au total")
  void totaux() {
    Proprietes.qt(500).forAll(EVENEMENTS).check(evts -> {
      Bilan b = bilan(evts);
      boolean ok = true;
      for (Mesure m : Mesure.values()) {
        long somme = 0;
        for (String p : b.parties()) {
          somme += b.total(m, p);
        }
        ok &= m == Mesure.LIBERATIONS || somme == b.total(m, Cle.TOUS);
      }
      for (Mesure m : new Mesure[] {Mesure.PROPOSITIONS, Mesure.ATTRIBUTIONS_CALEOL, Mesure.BAUX_SIGNES}) {
        for (Dimension d : Dimension.values()) {
          long s = b.ventilation(m, Cle.TOUS, d).values().stream().mapToLong(Long::longValue).sum();
          ok &= s == b.total(m, Cle.TOUS);
        }
      }
      ok &= b.total(Mesure.BAUX_HORS_QPV, Cle.TOUS) + b.total(Mesure.BAUX_EN_QPV, Cle.TOUS) == b.total(Mesure.BAUX_SIGNES, Cle.TOUS);
      return ok;
    });
  }

  @Test
  @DisplayName("les parts des communes dans les propositions somment à 100 %")
  void partsCentPourCent() {
    Proprietes.qt(300).forAll(EVENEMENTS).check(evts -> {
      Bilan b = bilan(evts);
      long total = b.total(Mesure.PROPOSITIONS, Cle.TOUS);
      if (total == 0) {
        return true;
      }
      Fraction s = Fraction.ZERO;
      for (long n : b.ventilation(Mesure.PROPOSITIONS, Cle.TOUS, Dimension.COMMUNE).values()) {
        s = s.plus(Fraction.of(n, total));
      }
      return s.equals(Fraction.UN) && Epci.isSirenValide("240100750");
    });
  }
}
