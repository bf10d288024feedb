package fr.fluxlogement.rules.bilan;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.fluxlogement.core.Proprietes;
import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
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
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Bilan en colonnes : exactement le bilan de Bilan.Compteur (R.441-5-1 CCH ; convention art. 6)")
class AttributionsColonnesProperties {

  private static final Epci AUTRE_EPCI = Epci.of("200040350");
  private static final Epci SANS_SEUIL = Epci.of("200069193");
  /** Des seuils entiers, au centime, au millième (comparaison exacte en décimaux) et énormes. */
  private static final SeuilsQuartile SEUILS = SeuilsQuartile.vide()
      .withSeuil(Fixtures.PAYS_DE_GEX, 2025, new BigDecimal("10260"))
      .withSeuil(Fixtures.PAYS_DE_GEX, 2024, new BigDecimal("9999.99"))
      .withSeuil(AUTRE_EPCI, 2025, new BigDecimal("8000.005"))
      .withSeuil(AUTRE_EPCI, 2024, new BigDecimal("99999999999"));
  private static final List<Optional<Epci>> EPCIS = List.of(Optional.of(Fixtures.PAYS_DE_GEX), Optional.of(AUTRE_EPCI),
      Optional.of(SANS_SEUIL), Optional.empty());
  /** Deux parties de même clé et de libellés différents : le premier libellé rencontré est retenu. */
  private static final List<Reservataire> PARTIES = List.of(Etat.PRIORITAIRES, ActionLogement.INSTANCE, Fixtures.COMMUNE_ORNEX,
      Fixtures.ALLIADE.partNonReservee(), new AutreReservataire("X", "premier nom"), new AutreReservataire("X", "second nom"));
  private static final List<BigDecimal> RESSOURCES = List.of(BigDecimal.ZERO, new BigDecimal("10260"), new BigDecimal("10259.99"),
      new BigDecimal("8000.0049"), new BigDecimal("25000000"), new BigDecimal("1E+3"), new BigDecimal("123456789012.5"));
  private static final List<Fraction> UC = List.of(Fraction.UN, Fraction.of(3, 2), Fraction.of(18, 10), Fraction.of(1L << 40, 3));

  /** Des attributions tirées d'entiers : années 2024 à 2026, baux absents, mutations, hors flux, logements répétés. */
  private static final Gen<List<Attribution>> ATTRIBUTIONS = attributions(PARTIES);

  /** Les mêmes, avec un seul libellé par clé de partie (la fusion garde le libellé du second bilan). */
  private static final Gen<List<Attribution>> ATTRIBUTIONS_LIBELLES_UNIQUES = attributions(PARTIES.subList(0, 5));

  private static Gen<List<Attribution>> attributions(List<Reservataire> parties) {
    return lists().of(integers().all()).ofSizeBetween(0, 150).map(xs -> {
    List<Attribution> l = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      int g = xs.get(i) & Integer.MAX_VALUE;
      Logement brut = Generateurs.logement(g % 37, g);
      Logement lo = Logement.builder().from(brut)
          .localisation(new Localisation(brut.localisation().commune(), EPCIS.get((g / 3) % 4), brut.localisation().qpv()))
          .anneeConstruction(1940 + (g / 5) % 90).build();
      Menage m = Menage.of(RESSOURCES.get((g / 7) % RESSOURCES.size()), UC.get((g / 11) % UC.size()))
          .withDalo(g % 9 == 0).withRelogementRenouvellementUrbain(g % 13 == 0)
          .withMotifs(g % 6 == 0 ? Set.of(MotifPriorite.actuels().get(0)) : Set.of());
      LocalDate caleol = LocalDate.of(2024 + (g / 17) % 3, 1 + (g / 19) % 12, 1 + (g / 23) % 28);
      Optional<LocalDate> bail = (g / 29) % 4 == 0 ? Optional.empty() : Optional.of(caleol.plusDays((g / 31) % 60));
      l.add(new Attribution(lo, parties.get((g / 37) % parties.size()), m, caleol, bail, g % 41 == 0, g % 43 == 0));
    }
    return l;
  });
  }

  private static Resultat<Bilan> compteur(List<Attribution> as, int annee) {
    Bilan.Compteur c = Bilan.compteur(annee, SEUILS);
    as.forEach(c::attribution);
    return c.toResultat();
  }

  @Test
  @DisplayName("mêmes compteurs, mêmes libellés, mêmes listes de logements, mêmes avertissements au même chemin, pour 2024, 2025 et 2026")
  void memeBilanQueLeCompteur() {
    Proprietes.qt(10_000).forAll(ATTRIBUTIONS).check(as -> {
      AttributionsColonnes colonnes = AttributionsColonnes.of(as);
      for (int annee = 2024; annee <= 2026; annee++) {
        if (!colonnes.bilan(annee, SEUILS).equals(compteur(as, annee))) {
          return false;
        }
      }
      return colonnes.taille() == as.size();
    });
  }

  @Test
  @DisplayName("le bilan en colonnes se fusionne comme l'autre : bilan du tout = fusion des bilans des deux moitiés")
  void partition() {
    Proprietes.qt(500).forAll(ATTRIBUTIONS_LIBELLES_UNIQUES, integers().between(0, 150)).check((as, coupe) -> {
      int k = Math.min(coupe, as.size());
      Bilan tout = AttributionsColonnes.of(as).bilan(2025, SEUILS).valeur().orElseThrow();
      Bilan a = AttributionsColonnes.of(as.subList(0, k)).bilan(2025, SEUILS).valeur().orElseThrow();
      Bilan b = AttributionsColonnes.of(as.subList(k, as.size())).bilan(2025, SEUILS).valeur().orElseThrow();
      return tout.equals(a.fusionner(b)) && tout.equals(b.fusionner(a));
    });
  }
}
