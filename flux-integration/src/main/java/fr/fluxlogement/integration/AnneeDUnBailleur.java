package fr.fluxlogement.integration;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
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
import fr.fluxlogement.rules.exercice.ResultatExercice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * L'année 2025 d'un bailleur illustratif dans deux communes de l'Ain : 30 logements, une garantie
 * d'emprunt de la commune de Bourg-en-Bresse, un apport d'Action Logement, trois conventions.
 */
public final class AnneeDUnBailleur {

  private AnneeDUnBailleur() {}

  /** Bourg-en-Bresse. */
  public static final Commune BOURG = Commune.of("01053");

  /** Ambérieu-en-Bugey. */
  public static final Commune AMBERIEU = Commune.of("01004");

  /**
   * L'exercice décrit.
   *
   * @return l'exercice
   */
  public static Exercice exercice() {
    Bailleur bailleur = new Bailleur("123456782", "Habitat Exemple");
    Departement ain = Departement.of("01");
    Collectivite bourg = Collectivite.commune(BOURG, "Bourg-en-Bresse");
    List<Logement> parc = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      parc.add(Logement.builder().identifiant("L" + i).localisation(Localisation.of(i < 20 ? BOURG : AMBERIEU, Qpv.HORS_QPV))
          .financement(Financement.PLUS).typologie(Typologie.T3).anneeMiseEnLocation(2010).build());
    }
    Programme p = Programme.builder().identifiant("P-BOURG").commune(BOURG).nombreLogements(20).dateMiseEnService(LocalDate.of(2010, 3, 1))
        .financement(Financement.PLUS)
        .addGaranties(GarantieEmprunt.of(bourg, Taux.pourcent(100), "PRET-1", LocalDate.of(2009, 1, 1), LocalDate.of(2049, 1, 1)))
        .build();
    LocalDate signature = LocalDate.of(2024, 1, 15);
    return Exercice.builder(bailleur, 2025, ain)
        .convention(Convention.of(bailleur, Etat.PRIORITAIRES, ain, signature, ModeGestion.DELEGUEE, "Convention du préfet de l'Ain"))
        .convention(Convention.of(bailleur, ActionLogement.INSTANCE, ain, signature, ModeGestion.DELEGUEE, "Convention d'Action Logement"))
        .convention(Convention.of(bailleur, bourg, BOURG, signature, ModeGestion.DIRECTE, "Convention de Bourg-en-Bresse"))
        .parc(parc).programmes(List.of(p))
        .droits(List.of(DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, 2, LocalDate.of(2015, 1, 1))
            .withCommune(BOURG)))
        .rotations(Map.of(2022, Taux.of("8,9 %"), 2023, Taux.of("8,4 %"), 2024, Taux.of("8,1 %")))
        .build();
  }

  /**
   * Calcule l'exercice.
   *
   * @return le résultat, ou toutes les anomalies
   */
  public static Resultat<ResultatExercice> calculer() {
    return CalculExercice.calculer(exercice());
  }
}
