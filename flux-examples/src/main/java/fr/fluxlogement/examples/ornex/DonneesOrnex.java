package fr.fluxlogement.examples.ornex;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
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
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * La convention Ornex – Alliade Habitat encodée comme données. Les parties, le territoire et le
 * mode de gestion viennent du texte de la convention ; l'annexe laissant ses chiffres en « XX »,
 * <b>le parc, les programmes, les garanties, les taux de rotation et les événements de l'année
 * sont illustratifs</b> : plausibles, mais inventés, et présentés comme tels dans le rapport.
 */
public final class DonneesOrnex {

  private DonneesOrnex() {}

  /** L'année calculée. */
  public static final int ANNEE = 2025;

  /** Alliade Habitat. */
  public static final Bailleur ALLIADE = new Bailleur("ALLIADE-HABITAT", "Alliade Habitat");

  /** Ornex (INSEE 01281). */
  public static final Commune ORNEX = Commune.of("01281");

  /** CA du Pays de Gex (SIREN 240100750). */
  public static final Epci PAYS_DE_GEX = Epci.of("240100750");

  /** L'Ain. */
  public static final Departement AIN = Departement.of("01");

  /** La commune d'Ornex, réservataire. */
  public static final Collectivite COMMUNE = Collectivite.commune(ORNEX, "Ornex");

  /** Le département de l'Ain, co-garant d'un programme. */
  public static final Collectivite DEPARTEMENT = Collectivite.departement(AIN, "de l'Ain");

  /** Signature de l'annexe : « Fait à Lyon, le 10 juin 2025 ». */
  public static final LocalDate SIGNATURE = LocalDate.of(2025, 6, 10);

  /** La convention : gestion directe (art. 5.1), à l'échelle de la commune. */
  public static Convention convention() {
    return Convention.of(ALLIADE, COMMUNE, ORNEX, SIGNATURE, ModeGestion.DIRECTE, TITRE);
  }

  /** Le titre de la convention, tel que le citent les explications. */
  public static final String TITRE = "Convention de gestion en flux – commune d'Ornex et Alliade Habitat";

  /**
   * La convention du préfet de l'Ain avec Alliade Habitat, départementale : ses parts (25 % aux
   * ménages prioritaires, 5 % aux agents publics) sont les valeurs par défaut de R.441-5-2 I.
   * Illustrative : le texte de cette convention n'est pas repris ici.
   */
  public static Convention conventionPrefet() {
    return Convention.of(ALLIADE, Etat.PRIORITAIRES, AIN, LocalDate.of(2023, 11, 20), ModeGestion.DELEGUEE,
        "Convention de réservation du préfet de l'Ain – Alliade Habitat (illustrative)");
  }

  /** La convention d'Action Logement Services avec Alliade Habitat dans l'Ain (illustrative). */
  public static Convention conventionActionLogement() {
    return Convention.of(ALLIADE, ActionLogement.INSTANCE, AIN, LocalDate.of(2023, 11, 20), ModeGestion.DELEGUEE,
        "Convention de réservation d'Action Logement Services – Alliade Habitat, Ain (illustrative)");
  }

  /** La convention du département de l'Ain, co-garant (illustrative). */
  public static Convention conventionDepartement() {
    return Convention.of(ALLIADE, DEPARTEMENT, AIN, LocalDate.of(2023, 11, 20), ModeGestion.DELEGUEE,
        "Convention de réservation du département de l'Ain – Alliade Habitat (illustrative)");
  }

  /**
   * L'exercice 2025 d'Alliade Habitat dans l'Ain, réduit à la commune d'Ornex : ses quatre
   * conventions, le parc, les programmes garantis, les droits d'Action Logement, les taux de
   * rotation et le seuil du premier quartile ; sans les événements de l'année, que simule
   * {@link AnneeSimulee}.
   */
  public static fr.fluxlogement.rules.exercice.Exercice exercice() {
    return fr.fluxlogement.rules.exercice.Exercice.builder(ALLIADE, ANNEE, AIN)
        .convention(convention()).convention(conventionPrefet()).convention(conventionActionLogement()).convention(conventionDepartement())
        .parc(parc()).programmes(programmes()).droits(droitsActionLogement()).rotations(rotations())
        .seuils(fr.fluxlogement.rules.objectifs.SeuilsQuartile.vide().withSeuil(PAYS_DE_GEX, ANNEE, SEUIL_Q1_2025_ILLUSTRATIF))
        .premiereLocation("P-COEUR", Map.of(COMMUNE, Taux.pourcent(20)))
        .nom(ORNEX, "Ornex").nom(AIN, "l'Ain").nom(PAYS_DE_GEX, "CA du Pays de Gex").envoiBilan(ENVOI_BILAN).illustratif(true)
        .build();
  }

  /** Les programmes d'Alliade à Ornex (illustratifs). */
  public static List<Programme> programmes() {
    LocalDate d08 = LocalDate.of(2008, 3, 1);
    LocalDate d13 = LocalDate.of(2013, 5, 1);
    LocalDate d17 = LocalDate.of(2017, 2, 1);
    LocalDate d24 = LocalDate.of(2024, 4, 1);
    return List.of(
        programme("P-OUCHES", 48, LocalDate.of(2009, 9, 1), Financement.PLUS,
            GarantieEmprunt.of(COMMUNE, Taux.pourcent(100), "CDC-OUCHES", d08, d08.plusYears(40))),
        programme("P-VIGNES", 36, LocalDate.of(2014, 6, 1), Financement.PLAI,
            GarantieEmprunt.of(COMMUNE, Taux.pourcent(50), "CDC-VIGNES", d13, d13.plusYears(40)),
            GarantieEmprunt.of(DEPARTEMENT, Taux.pourcent(50), "CDC-VIGNES", d13, d13.plusYears(40))),
        programme("P-TERRASSES", 60, LocalDate.of(2018, 10, 1), Financement.PLUS,
            GarantieEmprunt.of(COMMUNE, Taux.pourcent(100), "CDC-TERRASSES", d17, d17.plusYears(40))),
        programme("P-COEUR", 24, LocalDate.of(2025, 9, 1), Financement.PLUS,
            GarantieEmprunt.of(COMMUNE, Taux.pourcent(100), "CDC-COEUR", d24, d24.plusYears(40))));
  }

  private static Programme programme(String id, int n, LocalDate miseEnService, Financement f, GarantieEmprunt... g) {
    return Programme.builder().identifiant(id).commune(ORNEX).nombreLogements(n).dateMiseEnService(miseEnService)
        .financement(f).addGaranties(g).build();
  }

  private static final Typologie[] TYPOLOGIES = {Typologie.T2, Typologie.T3, Typologie.T3, Typologie.T4, Typologie.T2, Typologie.T1,
      Typologie.T3, Typologie.T5, Typologie.T4, Typologie.T3};

  /** Le parc d'Alliade à Ornex au 1er janvier 2025 (illustratif) : 184 logements. */
  public static List<Logement> parc() {
    List<Logement> l = new ArrayList<>();
    ajouter(l, "OUC", 48, "P-OUCHES", 2009, Financement.PLUS, 2);
    ajouter(l, "VIG", 36, "P-VIGNES", 2014, Financement.PLAI, 0);
    ajouter(l, "TER", 60, "P-TERRASSES", 2018, Financement.PLUS, 0);
    ajouter(l, "COE", 24, "P-COEUR", 2025, Financement.PLUS, 0);
    for (int i = 0; i < 6; i++) {
      l.add(base("VIL" + i, 2016, Financement.PLI, i).build());
    }
    for (int i = 0; i < 10; i++) {
      l.add(base("SOL" + i, 2011, Financement.PLAI, i).typologie(Typologie.T1).logementFoyer(true).build());
    }
    return List.copyOf(l);
  }

  private static void ajouter(List<Logement> l, String prefixe, int n, String programme, int annee, Financement f, int enVente) {
    for (int i = 0; i < n; i++) {
      Financement fi = f == Financement.PLAI && i % 3 != 0 ? Financement.PLUS : f == Financement.PLUS && i % 6 == 5 ? Financement.PLS : f;
      l.add(base(prefixe + String.format("%02d", i), annee, fi, i).programme(programme).enVente(i < enVente).build());
    }
  }

  private static fr.fluxlogement.core.logement.ImmutableLogement.Builder base(String id, int annee, Financement f, int i) {
    return Logement.builder().identifiant("ORN-" + id)
        .localisation(Localisation.of(ORNEX, PAYS_DE_GEX, Qpv.HORS_QPV))
        .financement(f).typologie(TYPOLOGIES[i % TYPOLOGIES.length])
        .anneeConstruction(annee - 1).anneeMiseEnLocation(annee);
  }

  /** Les droits d'Action Logement (apports financiers, illustratifs). */
  public static List<DroitReservation> droitsActionLogement() {
    return List.of(
        DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, 12, LocalDate.of(2014, 6, 1))
            .withProgramme("P-VIGNES").withFin(LocalDate.of(2054, 5, 31)),
        DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, 8, LocalDate.of(2018, 10, 1))
            .withProgramme("P-TERRASSES").withFin(LocalDate.of(2058, 9, 30)));
  }

  /**
   * Le seuil du premier quartile de la CA du Pays de Gex pour 2025 : illustratif (l'arrêté de 2020,
   * JORFTEXT000042056679, fixait 10 260 € par UC et par an ; la valeur de 2025 n'est pas reprise
   * ici).
   */
  public static final java.math.BigDecimal SEUIL_Q1_2025_ILLUSTRATIF = new java.math.BigDecimal("11200");

  /** Date d'envoi prévue du bilan 2025 (illustrative). */
  public static final LocalDate ENVOI_BILAN = LocalDate.of(2026, 2, 20);

  /** Les taux de rotation départementaux de l'Ain, 2022 à 2024 (illustratifs, RPLS). */
  public static Map<Integer, Taux> rotations() {
    return Map.of(2022, Taux.of("8,9 %"), 2023, Taux.of("8,4 %"), 2024, Taux.of("8,1 %"));
  }
}
