package fr.fluxlogement.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.calendrier.Calendriers;
import fr.fluxlogement.rules.delais.CalculDelais;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.flux.CalculFlux;
import fr.fluxlogement.rules.flux.EntreesFlux;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Intégrateur tiers : l'exercice annuel et une règle par article, sur le chemin des modules et sur celui des classes (CCH R.441-5)")
class IntegrationTest {

  @Test
  @DisplayName("le chemin voulu est bien celui de l'exécution : un module nommé sur le chemin des modules, le module sans nom sinon")
  void chemin() {
    String chemin = System.getProperty("flux.integration.chemin", "?");
    boolean nomme = AnneeDUnBailleur.class.getModule().isNamed();
    assertEquals(chemin.equals("modules"), nomme, "chemin " + chemin + ", module " + AnneeDUnBailleur.class.getModule());
    assertEquals(nomme, CalculFlux.class.getModule().isNamed());
  }

  @Test
  @DisplayName("R.441-5 et R.441-5-2 : l'exercice donne l'assiette, le flux et les objectifs comptés à la main")
  void exercice() {
    var v = AnneeDUnBailleur.calculer();
    assertTrue(v.isValide(), () -> v.erreurs().toString());
    ResultatExercice r = v.valeurOuLever();
    ResultatConvention prefet = r.convention(Etat.PRIORITAIRES).orElseThrow();
    // 30 logements ; rotation (8,9 + 8,4 + 8,1) / 3 ; 30 × 8,4667 % = 2,54 − 10 % = 2,286 → 2 ; l'État 0,6 → 1 au plus fort reste
    assertEquals(30, prefet.assiette().taille());
    assertEquals(2, prefet.flux().flux());
    assertEquals(1, prefet.objectif());
    assertEquals(Taux.of(2, 30), r.convention(ActionLogement.INSTANCE).orElseThrow().tauxReservataire());
    assertTrue(prefet.flux().explication().toTexte().contains("Convention du préfet de l'Ain, art. 4.1"));
  }

  @Test
  @DisplayName("une règle par article : assiette (art. 2), flux (art. 4.1), délais (tableau de l'art. 6)")
  void reglesUneAUne() {
    var a = CalculAssiette.calculer(2025, AnneeDUnBailleur.BOURG, AnneeDUnBailleur.exercice().parc());
    assertEquals(20, a.valeurOuLever().taille());
    var f = CalculFlux.calculer(EntreesFlux.of(2025, 20, Map.of(2022, Taux.of("8,9 %"), 2023, Taux.of("8,4 %"), 2024,
        Taux.of("8,1 %"))));
    assertEquals(2, f.valeurOuLever().flux());
    var l = new fr.fluxlogement.core.evenement.Liberation(AnneeDUnBailleur.exercice().parc().get(0),
        fr.fluxlogement.core.evenement.TypeLiberation.PREAVIS_UN_MOIS, LocalDate.of(2025, 4, 30));
    var e = CalculDelais.calculer(l, Optional.empty(), Calendriers.tous(), fr.fluxlogement.core.parametre.Parametres.nationaux());
    // transmission le mercredi 30 avril, 5 jours ouvrés : 2, 5, 6, 7 et 9 mai (1er et 8 mai fériés)
    assertEquals(LocalDate.of(2025, 5, 9), e.candidats().date());
    assertFalse(e.candidats().explication().toTexte().isEmpty());
  }
}
