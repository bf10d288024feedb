package fr.fluxlogement.examples.exercice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.rendu.texte.TexteAnnexe;
import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * L'exercice annuel d'un bailleur tel qu'un intégrateur l'écrit : le bloc entre les marqueurs
 * {@code // debut} et {@code // fin} est celui du README, à la ligne près (vérifié ci-dessous).
 * Données illustratives : deux communes de l'Ain, chiffres comptés à la main.
 */
@DisplayName("Intégrateur : l'exercice annuel en moins de 20 lignes, sans transtypage ni part de l'État ajoutée à la main (CCH R.441-5)")
class IntegrateurTest {

  private static final Commune BOURG = Commune.of("01053");
  private static final Commune AMBERIEU = Commune.of("01004");

  private final List<Logement> parc = new ArrayList<>();
  private final List<Programme> programmes = new ArrayList<>();
  private final List<DroitReservation> droits = new ArrayList<>();
  private final List<Liberation> liberations = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final SeuilsQuartile seuils = SeuilsQuartile.vide();

  IntegrateurTest() {
    Collectivite garant = Collectivite.commune(BOURG, "Bourg-en-Bresse");
    programmes.add(Programme.builder().identifiant("P-BOURG").commune(BOURG).nombreLogements(20).dateMiseEnService(LocalDate.of(2010, 3, 1))
        .financement(Financement.PLUS).addGaranties(GarantieEmprunt.of(garant, Taux.pourcent(100), "PRET-1", LocalDate.of(2009, 1, 1),
            LocalDate.of(2049, 1, 1))).build());
    for (int i = 0; i < 30; i++) {
      Commune c = i < 20 ? BOURG : AMBERIEU;
      var b = Logement.builder().identifiant("L" + i).localisation(Localisation.of(c, i >= 27 ? Qpv.EN_QPV : Qpv.HORS_QPV))
          .financement(Financement.PLUS).typologie(Typologie.T3).anneeMiseEnLocation(2010);
      parc.add(i < 20 ? b.programme("P-BOURG").build() : b.build());
    }
    droits.add(DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, 2, LocalDate.of(2015, 1, 1))
        .withCommune(BOURG));
  }

  /** Le bloc du README ; rend le texte imprimé. */
  private String exerciceDuReadme() {
    ByteArrayOutputStream sortie = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(sortie, true, StandardCharsets.UTF_8);
    // debut
    Bailleur bailleur = new Bailleur("123456782", "Habitat Exemple");
    Departement ain = Departement.of("01");
    LocalDate signature = LocalDate.of(2024, 1, 15);
    Collectivite bourg = Collectivite.commune(Commune.of("01053"), "Bourg-en-Bresse");
    Exercice exercice = Exercice.builder(bailleur, 2025, ain)
        .convention(Convention.of(bailleur, Etat.PRIORITAIRES, ain, signature, ModeGestion.DELEGUEE, "Convention du préfet de l'Ain"))
        .convention(Convention.of(bailleur, ActionLogement.INSTANCE, ain, signature, ModeGestion.DELEGUEE, "Convention d'Action Logement"))
        .convention(Convention.of(bailleur, bourg, Commune.of("01053"), signature, ModeGestion.DIRECTE, "Convention de Bourg-en-Bresse"))
        .parc(parc).programmes(programmes).droits(droits).liberations(liberations).attributions(attributions).seuils(seuils)
        .rotations(Map.of(2022, Taux.of("8,9 %"), 2023, Taux.of("8,4 %"), 2024, Taux.of("8,1 %")))
        .build();
    Resultat<ResultatExercice> resultat = CalculExercice.calculer(exercice);
    resultat.erreurs().forEach(a -> out.println(a.toTexte()));
    resultat.valeur().ifPresent(r -> r.conventions().forEach(c -> out.println(TexteAnnexe.texte(c.annexe()))));
    // fin
    return sortie.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("R.441-5 : les trois annexes, chacune sous le titre de sa convention, avec les chiffres comptés à la main")
  void troisAnnexes() {
    String texte = exerciceDuReadme();
    assertThat(texte).contains("Convention du préfet de l'Ain", "Convention d'Action Logement", "Convention de Bourg-en-Bresse");
    // Bourg : 20 logements, 4 réservés (⌊20 % × 20⌋, garantie à 100 %), flux ⌊20 × 8,4667 % × 0,9 + 0,5⌋ = 2, objectif 0
    assertThat(texte).contains("20 logements concernés", "4 logements réservés par la commune de Bourg-en-Bresse, soit 20 %",
        "octroyer 20 % du flux annuel", "soit 0 logement(s)");
    // le préfet : 30 logements dans l'Ain, flux 2 (30 × 8,4667 % − 10 % = 2,286), plus fort reste : 1 logement (quota 0,6)
    assertThat(texte).contains("30 logements concernés", "ils portent sur 30 % du flux annuel", "au titre des réservations de l'État, soit 1 logement(s)");
  }

  @Test
  @DisplayName("les figures du préfet, d'Action Logement et de la commune, comptées à la main")
  void figures() {
    Bailleur bailleur = new Bailleur("123456782", "Habitat Exemple");
    Departement ain = Departement.of("01");
    Exercice exercice = Exercice.builder(bailleur, 2025, ain)
        .convention(Convention.of(bailleur, Etat.PRIORITAIRES, ain, LocalDate.of(2024, 1, 15), ModeGestion.DELEGUEE, "Préfet"))
        .convention(Convention.of(bailleur, ActionLogement.INSTANCE, ain, LocalDate.of(2024, 1, 15), ModeGestion.DELEGUEE, "AL"))
        .parc(parc).programmes(programmes).droits(droits)
        .rotations(Map.of(2022, Taux.of("8,9 %"), 2023, Taux.of("8,4 %"), 2024, Taux.of("8,1 %"))).build();
    ResultatExercice r = CalculExercice.calculer(exercice).valeurOuLever();
    ResultatConvention prefet = r.convention(Etat.AGENTS_PUBLICS).orElseThrow();
    assertThat(prefet.assiette().taille()).isEqualTo(30);
    assertThat(prefet.flux().flux()).isEqualTo(2);
    assertThat(prefet.tauxReservataire()).isEqualTo(Taux.pourcent(30));
    // quotas sur 2 : bailleur 2 × 50 % = 1 ; État 0,6 ; commune 2 × 4/30 = 0,27 ; AL 2 × 2/30 = 0,13 → État 1 (plus fort reste)
    assertThat(prefet.objectif()).isEqualTo(1);
    ResultatConvention al = r.convention(ActionLogement.INSTANCE).orElseThrow();
    assertThat(al.tauxReservataire()).isEqualTo(Taux.of(2, 30));
    assertThat(al.reserves()).isEqualTo(2);
    assertThat(al.objectif()).isZero();
    assertThat(al.flux().explication().toTexte()).contains("[AL, art. 4.1 ; CCH, art. R.441-5]").doesNotContain("Préfet, art.");
    // la commune garante n'a pas de convention dans cet exercice : ses droits comptent, avec un avertissement
    assertThat(r.avertissements()).extracting(a -> a.code().name()).contains("CONVENTION_ABSENTE");
  }

  @Test
  @DisplayName("le bloc de code du README est celui de ce test, ligne pour ligne, et tient en 20 lignes")
  void readme() throws IOException {
    String source = Files.readString(Path.of("src/test/java/fr/fluxlogement/examples/exercice/IntegrateurTest.java"), StandardCharsets.UTF_8);
    List<String> bloc = bloc(source, "    // debut", "    // fin").stream().map(l -> l.substring(Math.min(4, l.length()))).toList();
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> doc = bloc(readme, "// l'exercice annuel d'un bailleur", "```");
    assertThat(doc).isEqualTo(bloc);
    assertThat(bloc.size()).isLessThanOrEqualTo(20);
    assertThat(String.join("\n", bloc)).doesNotContain("(Reservataire)", "Map<String", "Taux.pourcent(25)", "Taux.pourcent(30)");
  }

  private static List<String> bloc(String texte, String debut, String fin) {
    List<String> lignes = texte.lines().toList();
    int i = lignes.indexOf(debut);
    assertThat(i).as("marqueur « %s »", debut).isNotNegative();
    List<String> l = new ArrayList<>();
    for (int j = i + 1; j < lignes.size() && !lignes.get(j).equals(fin); j++) {
      l.add(lignes.get(j));
    }
    return l;
  }
}
