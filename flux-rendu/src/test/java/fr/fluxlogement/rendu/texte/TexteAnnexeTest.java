package fr.fluxlogement.rendu.texte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rules.convention.Annexe;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Texte de l'annexe : le modèle de la convention, ses chiffres remplis ; l'annexe en table")
class TexteAnnexeTest {

  private static final Commune ORNEX = Commune.of("01281");

  @Test
  @DisplayName("annexe d'une commune : territoire, parc, droits, gestion, objectif, chiffres illustratifs")
  void commune() {
    Annexe a = new Annexe("Convention Ornex – Alliade", ORNEX, "Ornex", Collectivite.commune(ORNEX, "Ornex"), "Alliade Habitat",
        LocalDate.of(2025, 1, 1), 142, 25, Taux.of(25, 142), ModeGestion.DIRECTE, Taux.of(25, 142), 2, true);
    assertThat(TexteAnnexe.texte(a)).contains("Commune : Ornex (01281)", "Parc locatif social (au 01/01/2025)", "142 logements concernés",
        "25 logements réservés par la commune d'Ornex, soit 17,61 %", "la commune d'Ornex souhaite gérer en direct",
        "sur la commune d'Ornex, au titre des réservations de la commune d'Ornex", "soit 2 logement(s)", "chiffres illustratifs",
        "sur le territoire communal");
    assertThat(Tables.ANNEXE.csv(List.of(a))).contains("parc_concerne", ";142;", "17,61 %");
    assertThat(Tables.ANNEXE.json(a)).contains("\"logements_dus\" : 2", "\"taux\" : \"17,61 %\"", "\"illustratif\" : true");
  }

  @Test
  @DisplayName("annexes du préfet et d'Action Logement sur le département : la part réglementaire (R.441-5-2), la délégation au bailleur")
  void departement() {
    Departement ain = Departement.of("01");
    Annexe prefet = new Annexe("Convention du préfet", ain, "l'Ain", Etat.PRIORITAIRES, "Bailleur", LocalDate.of(2025, 1, 1), 300, 0,
        Taux.pourcent(30), ModeGestion.DELEGUEE, Taux.pourcent(30), 7, false);
    assertThat(TexteAnnexe.texte(prefet)).contains("Département : l'Ain (01)", "ils portent sur 30 % du flux annuel", "le préfet souhaite déléguer au bailleur",
        "au titre des réservations de l'État").doesNotContain("illustratifs");
    Annexe al = new Annexe("Convention d'AL", ain, "l'Ain", ActionLogement.INSTANCE, "Bailleur", LocalDate.of(2025, 1, 1), 300, 24,
        Taux.of(24, 300), ModeGestion.DELEGUEE, Taux.of(24, 300), 2, false);
    assertThat(TexteAnnexe.texte(al)).contains("réservés par Action Logement Services", "sur le territoire départemental", "sur le département de l'Ain");
  }
}
