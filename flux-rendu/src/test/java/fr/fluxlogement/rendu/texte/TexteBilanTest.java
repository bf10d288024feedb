package fr.fluxlogement.rendu.texte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.Proposition;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Texte du bilan (R.441-5-1 CCH ; convention art. 6) : échéance, envoi, parts, ventilations ; le bilan en JSON")
class TexteBilanTest {

  private static final Commune ORNEX = Commune.of("01281");
  private static final Epci GEX = Epci.of("240100750");
  private static final SeuilsQuartile SEUILS = SeuilsQuartile.vide().withSeuil(GEX, 2025, new BigDecimal("10500"));

  private static Logement logement(String id) {
    return Logement.builder().identifiant(id).localisation(Localisation.of(ORNEX, GEX, Qpv.HORS_QPV))
        .financement(Financement.PLUS).typologie(Typologie.T3).anneeMiseEnLocation(2005).build();
  }

  private static Bilan sansProposition() {
    return Bilan.compteur(2025, SEUILS)
        .liberation(new Liberation(logement("L0"), TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 1, 2)))
        .attribution(new Attribution(logement("M"), Collectivite.commune(ORNEX, "Ornex"), Menage.of(new BigDecimal("40000"), Fraction.of(2)),
            LocalDate.of(2025, 1, 1), Optional.empty(), true, false))
        .toBilan();
  }

  @Test
  @DisplayName("envoi dans le délai, une attribution hors flux, aucune ventilation sans proposition")
  void dansLeDelai() {
    String texte = TexteBilan.texte(new RapportBilan(sansProposition(), Map.of(), Optional.of(LocalDate.of(2026, 2, 20))));
    assertThat(texte).contains("à envoyer avant le 28 février 2026, soit le 2026-02-27 au plus tard", "Envoi : 2026-02-20 — dans le délai",
        "hors flux 1", "Parts par commune", "Parts par EPCI").doesNotContain("par typologie");
  }

  @Test
  @DisplayName("envoi tardif : « EN RETARD » et le message de l'échéance ; ventilations d'une proposition")
  void tardifEtVentilations() {
    assertThat(TexteBilan.texte(new RapportBilan(sansProposition(), Map.of(), Optional.of(LocalDate.of(2026, 2, 28)))))
        .contains("Envoi : 2026-02-28 — EN RETARD", "il devait l'être avant le 28 février 2026");
    Bilan b = Bilan.compteur(2025, SEUILS).proposition(new Proposition(logement("P"), ActionLogement.INSTANCE, LocalDate.of(2025, 1, 5))).toBilan();
    RapportBilan r = new RapportBilan(b, Map.of("ACTION-LOGEMENT", 3L), Optional.empty());
    assertThat(TexteBilan.texte(r)).contains("par typologie : proposés {T3=1}, attribués {}", "par localisation QPV : proposés {hors QPV=1}",
        "objectif 3 logement(s), réalisé 0 (écart -3)", "logements proposés : P");
    assertThat(Tables.bilan(r).toString()).startsWith("{\"annee\":2025,\"echeance\":\"2026-02-27\",\"tardif\":false")
        .contains("\"objectif\":3", "\"ecart_objectif\":-3", "\"logements_proposes\":\"P\"");
  }
}
