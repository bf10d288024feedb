package fr.fluxlogement.rendu.json;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.AutreReservataire;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.convention.Surcharge;
import fr.fluxlogement.core.convention.TexteConvention;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeDecision;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.ImmutableLogement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.logement.ReservationStock;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.menage.MotifPriorite;
import fr.fluxlogement.core.menage.NumeroUnique;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.parametre.Provenance;
import fr.fluxlogement.core.parametre.ValeurDatee;
import fr.fluxlogement.core.quantite.Arrondi;
import fr.fluxlogement.core.quantite.Delai;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rules.delais.EvenementProposition;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.flux.MotifRelogement;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Des exercices variés tirés d'une graine : plusieurs communes et un EPCI, des conventions avec
 * chaque sorte de réservataire (surcharges datées comprises), des droits avec et sans fin, des
 * logements à tous les drapeaux, des programmes garantis, des libérations, des événements de chaque
 * sorte, des attributions et leurs ménages, des paramètres modifiés.
 */
final class GenerateurExercice {

  private GenerateurExercice() {}

  static final Departement AIN = Departement.of("01");
  static final List<Commune> COMMUNES = List.of(Commune.of("01281"), Commune.of("01160"), Commune.of("01173"), Commune.of("01143"));
  static final Epci GEX = Epci.of("240100750");
  static final List<Bailleur> BAILLEURS = List.of(new Bailleur("000000000", "Bailleur d'essai"), new Bailleur("ALLIADE-HABITAT", "Alliade Habitat"));

  private static final String[] NOMS = {"Ornex", "Ferney-Voltaire", "Gex", "Divonne-les-Bains", "Saint-Genis-Pouilly", "Étrembières"};

  static Exercice exercice(long graine) {
    Random h = new Random(graine);
    // un exercice sur deux est « sage » : calculable sans erreur le plus souvent
    boolean sage = h.nextBoolean();
    Bailleur bailleur = BAILLEURS.get(h.nextInt(BAILLEURS.size()));
    int annee = 2024 + h.nextInt(3);
    Exercice.Builder b = Exercice.builder(bailleur, annee, AIN).illustratif(h.nextBoolean());
    List<Reservataire> tiers = new ArrayList<>();
    // conventions : préfet, Action Logement, département, communes, EPCI, autre réservataire
    if (h.nextInt(4) > 0) {
      b.convention(convention(h, sage, bailleur, h.nextBoolean() ? Etat.PRIORITAIRES : Etat.AGENTS_PUBLICS, AIN));
    }
    if (h.nextInt(4) > 0) {
      b.convention(convention(h, sage, bailleur, ActionLogement.INSTANCE, AIN));
    }
    Collectivite departement = Collectivite.departement(AIN, "de l'Ain");
    if (h.nextBoolean()) {
      b.convention(convention(h, sage, bailleur, departement, AIN));
    }
    tiers.add(departement);
    tiers.add(ActionLogement.INSTANCE);
    for (int i = 0; i < COMMUNES.size(); i++) {
      Collectivite c = Collectivite.commune(COMMUNES.get(i), NOMS[i]);
      tiers.add(c);
      if (h.nextBoolean()) {
        b.convention(convention(h, sage, bailleur, c, COMMUNES.get(i)));
      }
    }
    Collectivite epci = Collectivite.epci(GEX, "CA du Pays de Gex");
    tiers.add(epci);
    if (h.nextInt(3) == 0) {
      b.convention(convention(h, sage, bailleur, epci, GEX));
    }
    AutreReservataire autre = new AutreReservataire("CCI-" + h.nextInt(9), "Chambre de commerce");
    tiers.add(autre);
    if (h.nextInt(3) == 0) {
      b.convention(convention(h, sage, bailleur, autre, AIN));
    }
    if (h.nextInt(5) == 0) {
      tiers.add(new Collectivite(Collectivite.Niveau.REGION, "84", "Auvergne-Rhône-Alpes"));
    }
    // parc
    List<Logement> parc = new ArrayList<>();
    int n = h.nextInt(25);
    for (int i = 0; i < n; i++) {
      parc.add(logement(h, "L" + i));
    }
    b.parc(parc);
    // programmes garantis
    List<Programme> programmes = new ArrayList<>();
    int np = sage ? 0 : h.nextInt(3);
    for (int i = 0; i < np; i++) {
      List<GarantieEmprunt> g = new ArrayList<>();
      int ng = h.nextInt(3);
      LocalDate service = LocalDate.of(2005 + h.nextInt(22), 1 + h.nextInt(12), 1);
      for (int k = 0; k < ng; k++) {
        // remboursement après le 1er janvier suivant la mise en service : un terme antérieur au début des droits fait lever CalculExercice
        LocalDate debut = service.minusYears(1 + h.nextInt(3)).minusDays(h.nextInt(300));
        GarantieEmprunt ge = GarantieEmprunt.of(tiers.get(h.nextInt(tiers.size())), Taux.of(1 + h.nextInt(100), 100), "PRET-" + i + k,
            debut, debut.plusYears(10 + h.nextInt(40)));
        if (h.nextInt(4) == 0) {
          ge = ge.withRemboursementIntegral(LocalDate.of(service.getYear() + 1 + h.nextInt(8), 1 + h.nextInt(12), 1));
        }
        g.add(ge);
      }
      programmes.add(Programme.builder().identifiant("P-" + i).commune(COMMUNES.get(h.nextInt(COMMUNES.size())))
          .nombreLogements(1 + h.nextInt(60)).dateMiseEnService(service)
          .financement(choix(h, Financement.values())).npnru(h.nextInt(5) == 0).addAllGaranties(g).build());
    }
    b.programmes(programmes);
    // droits
    List<DroitReservation> droits = new ArrayList<>();
    int nd = h.nextInt(5);
    for (int i = 0; i < nd && !sage; i++) {
      DroitReservation d = DroitReservation.of(tiers.get(h.nextInt(tiers.size())), choix(h, OrigineDroit.values()), h.nextInt(4),
          LocalDate.of(2000 + h.nextInt(26), 1 + h.nextInt(12), 1));
      if (h.nextBoolean()) {
        d = d.withFin(d.debut().plusYears(1 + h.nextInt(30)));
      }
      if (h.nextBoolean()) {
        d = d.withCommune(COMMUNES.get(h.nextInt(COMMUNES.size())));
      }
      if (!programmes.isEmpty() && h.nextInt(3) == 0) {
        d = d.withProgramme(programmes.get(h.nextInt(programmes.size())).identifiant());
      }
      droits.add(d);
    }
    b.droits(droits);
    Map<Integer, Taux> rotations = new LinkedHashMap<>();
    for (int a = annee - 3; a < annee; a++) {
      if (sage || h.nextInt(8) > 0) {
        rotations.put(a, Taux.of(50 + h.nextInt(100), 1000));
      }
    }
    b.rotations(rotations);
    if (h.nextInt(3) == 0) {
      b.tauxMutationsCus(Taux.of(h.nextInt(30), 100 + h.nextInt(50)));
    }
    if (!sage && h.nextInt(3) == 0) {
      Map<MotifRelogement, Long> m = new LinkedHashMap<>();
      m.put(choix(h, MotifRelogement.values()), (long) h.nextInt(5));
      m.put(choix(h, MotifRelogement.values()), (long) h.nextInt(5));
      b.relogements(COMMUNES.get(h.nextInt(COMMUNES.size())), m);
    }
    if (!sage && !programmes.isEmpty() && h.nextInt(3) == 0) {
      Map<Reservataire, Taux> parts = new LinkedHashMap<>();
      parts.put(tiers.get(h.nextInt(tiers.size())), Taux.of(h.nextInt(30), 100));
      parts.put(tiers.get(h.nextInt(tiers.size())), Taux.of(h.nextInt(30), 142));
      b.premiereLocation(programmes.get(0).identifiant(), parts);
    }
    SeuilsQuartile seuils = SeuilsQuartile.vide();
    if (h.nextBoolean()) {
      seuils = seuils.withSeuil(GEX, annee, new BigDecimal(BigDecimal.valueOf(9000 + h.nextInt(4000)).toString() + (h.nextBoolean() ? ".50" : "")));
    }
    b.seuils(seuils);
    if (h.nextBoolean()) {
      b.nom(COMMUNES.get(0), "Ornex");
    }
    if (h.nextBoolean()) {
      b.nom(AIN, "l'Ain").nom(GEX, "CA du Pays de Gex");
    }
    // libérations et événements
    List<Liberation> liberations = new ArrayList<>();
    for (int i = 0; i < parc.size(); i++) {
      if (h.nextInt(3) == 0) {
        Logement l = parc.get(i);
        liberations.add(new Liberation(l, choix(h, TypeLiberation.values()), LocalDate.of(annee, 1 + h.nextInt(12), 1 + h.nextInt(28))));
        if (h.nextBoolean()) {
          b.evenements(l.identifiant(), evenements(h, LocalDate.of(annee, 1, 1), tiers));
        }
      }
    }
    if (!sage && h.nextInt(6) == 0) {
      liberations.add(new Liberation(logement(h, "HORS-PARC"), TypeLiberation.PARC_NEUF, LocalDate.of(annee, 6, 1)));
    }
    b.liberations(liberations);
    // attributions
    List<Attribution> attributions = new ArrayList<>();
    int na = parc.isEmpty() || sage ? 0 : h.nextInt(5);
    List<Reservataire> contingents = new ArrayList<>(tiers);
    contingents.add(Etat.PRIORITAIRES);
    contingents.add(bailleur.partNonReservee());
    for (int i = 0; i < na; i++) {
      Logement l = h.nextInt(5) == 0 ? logement(h, "A" + i) : parc.get(h.nextInt(parc.size()));
      LocalDate caleol = LocalDate.of(annee, 1 + h.nextInt(12), 1 + h.nextInt(28));
      Optional<LocalDate> bail = h.nextBoolean() ? Optional.of(caleol.plusDays(h.nextInt(40))) : Optional.empty();
      attributions.add(new Attribution(l, contingents.get(h.nextInt(contingents.size())), menage(h), caleol, bail, h.nextInt(4) == 0,
          h.nextInt(6) == 0));
    }
    b.attributions(attributions);
    if (h.nextBoolean()) {
      b.envoiBilan(LocalDate.of(annee + 1, 1 + h.nextInt(4), 1 + h.nextInt(28)));
    }
    if (!sage && h.nextInt(3) == 0) {
      Parametres p = Parametres.nationaux()
          .withValeur(Parametres.NOMBRE_CANDIDATS, new ValeurDatee<>(LocalDate.of(2020, 1, 1), Optional.empty(), 2 + h.nextInt(3),
              reference(h), Provenance.PROTOCOLE));
      if (h.nextBoolean()) {
        p = p.withValeur(Parametres.PLAFOND_PREFET, new ValeurDatee<>(LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2025, 1, 1)),
            Taux.pourcent(35), reference(h), Provenance.NATIONAL));
      }
      b.parametres(p);
    }
    return b.build();
  }

  private static <T> T choix(Random h, T[] valeurs) {
    return valeurs[h.nextInt(valeurs.length)];
  }

  private static Reference reference(Random h) {
    Reference r = h.nextBoolean() ? References.toutes().get(h.nextInt(References.toutes().size()))
        : Reference.of("Protocole départemental \"Ain\"\n2024", "art. " + h.nextInt(9));
    if (h.nextInt(4) == 0) {
      r = r.withAlinea("alinéa " + h.nextInt(5));
    }
    if (h.nextInt(4) == 0) {
      r = r.withLegiarti("LEGIARTI0000" + (41000000 + h.nextInt(999999)));
    }
    if (h.nextInt(4) == 0) {
      r = r.withUrl("https://www.legifrance.gouv.fr/x?y=" + h.nextInt(99));
    }
    return r;
  }

  private static Convention convention(Random h, boolean sage, Bailleur bailleur, Reservataire r, Territoire t) {
    TexteConvention texte = TexteConvention.of("Convention « " + r.libelle() + " » n° " + h.nextInt(100));
    for (Clause c : Clause.values()) {
      if (h.nextInt(6) == 0) {
        texte = texte.withArticle(c, c.articleParDefaut() + "." + h.nextInt(4));
      }
    }
    if (h.nextBoolean()) {
      texte = texte.withUrl("https://exemple.fr/conventions/" + h.nextInt(1000) + ".pdf");
    }
    Bailleur signataire = !sage && h.nextInt(10) == 0 ? BAILLEURS.get(1 - BAILLEURS.indexOf(bailleur)) : bailleur;
    Convention c = new Convention(signataire, r, t, LocalDate.of(2020 + h.nextInt(6), 1 + h.nextInt(12), 1 + h.nextInt(28)),
        choix(h, ModeGestion.values()), List.of(), texte);
    LocalDate debut = LocalDate.of(2023 + h.nextInt(3), 1, 1);
    Optional<LocalDate> fin = h.nextBoolean() ? Optional.of(debut.plusYears(1)) : Optional.empty();
    Reference source = Reference.clause(choix(h, Clause.values()));
    switch (sage ? 6 : h.nextInt(7)) {
      case 0 -> c = c.withSurcharge(new Surcharge<>(Parametres.PLAFOND_PREFET,
          new ValeurDatee<>(debut, fin, Taux.of(h.nextInt(40), 100), source, Provenance.CONVENTION)));
      case 1 -> c = c.withSurcharge(new Surcharge<>(Parametres.NOMBRE_CANDIDATS,
          new ValeurDatee<>(debut, fin, 1 + h.nextInt(5), source, Provenance.AVENANT)));
      case 2 -> c = c.withSurcharge(new Surcharge<>(Parametres.REPORT_JOUR_NON_OUVRE,
          new ValeurDatee<>(debut, fin, h.nextBoolean(), source, Provenance.CONVENTION)));
      case 3 -> c = c.withSurcharge(new Surcharge<>(Parametres.ARRONDI_FLUX,
          new ValeurDatee<>(debut, fin, choix(h, Arrondi.values()), source, Provenance.CONVENTION)))
          .withSurcharge(new Surcharge<>(Parametres.DELAI_IMPOSSIBILITE,
              new ValeurDatee<>(debut, fin, new Delai(1 + h.nextInt(20), choix(h, Delai.Unite.values())), reference(h), Provenance.PROTOCOLE)));
      default -> { }
    }
    return c;
  }

  static Logement logement(Random h, String id) {
    Commune commune = COMMUNES.get(h.nextInt(COMMUNES.size()));
    Qpv qpv = switch (h.nextInt(4)) {
      case 0 -> Qpv.EN_QPV;
      case 1 -> Qpv.of("QP001" + (100 + h.nextInt(900)));
      default -> Qpv.HORS_QPV;
    };
    Localisation loc = h.nextBoolean() ? Localisation.of(commune, GEX, qpv) : Localisation.of(commune, qpv);
    ImmutableLogement.Builder b = Logement.builder().identifiant(id).localisation(loc).financement(choix(h, Financement.values()))
        .typologie(choix(h, Typologie.values()));
    if (h.nextInt(4) > 0) {
      b.anneeConstruction(1950 + h.nextInt(75));
    }
    if (h.nextInt(4) > 0) {
      b.anneeMiseEnLocation(1960 + h.nextInt(67));
    }
    if (h.nextInt(3) == 0) {
      b.modeOccupation(choix(h, ModeOccupation.values()));
    }
    b.logementFoyer(h.nextInt(8) == 0).enVente(h.nextInt(8) == 0).aDemolir(h.nextInt(8) == 0).neufNpnru(h.nextInt(8) == 0);
    if (h.nextInt(8) == 0) {
      b.reservationStock(choix(h, ReservationStock.values()));
    }
    if (h.nextInt(3) == 0) {
      b.programme("P-" + h.nextInt(3));
    }
    if (h.nextInt(6) == 0) {
      b.dateMiseEnService(LocalDate.of(2020 + h.nextInt(7), 1 + h.nextInt(12), 1));
    }
    if (h.nextInt(3) == 0) {
      b.contingent(choix(h, ContingentRpls.values()));
    }
    return b.build();
  }

  private static List<EvenementProposition> evenements(Random h, LocalDate depart, List<Reservataire> tiers) {
    List<EvenementProposition> l = new ArrayList<>();
    LocalDate d = depart.plusDays(h.nextInt(200));
    int n = 1 + h.nextInt(5);
    for (int i = 0; i < n; i++) {
      d = d.plusDays(h.nextInt(10));
      l.add(switch (h.nextInt(8)) {
        case 0 -> new EvenementProposition.OffreTransmise(d, h.nextBoolean() ? Etat.PRIORITAIRES : tiers.get(h.nextInt(tiers.size())));
        case 1 -> new EvenementProposition.CandidatsProposes(d, h.nextInt(4));
        case 2 -> new EvenementProposition.ListeCompletee(d, 1 + h.nextInt(3));
        case 3 -> new EvenementProposition.ImpossibiliteNotifiee(d);
        case 4 -> new EvenementProposition.RechercheParLeBailleur(d, h.nextBoolean());
        case 5 -> new EvenementProposition.LogementRepris(d);
        case 6 -> new EvenementProposition.DecisionCaleol(d, choix(h, TypeDecision.values()));
        default -> new EvenementProposition.BailSigne(d);
      });
    }
    return l;
  }

  private static Menage menage(Random h) {
    BigDecimal ressources = h.nextBoolean() ? BigDecimal.valueOf(h.nextInt(60000)) : new BigDecimal(h.nextInt(60000) + "." + (10 + h.nextInt(90)));
    Fraction uc = Menage.unitesConsommation(1 + h.nextInt(3), h.nextInt(4));
    Set<MotifPriorite> motifs = new HashSet<>();
    List<MotifPriorite> actuels = MotifPriorite.actuels();
    int nm = h.nextInt(3);
    for (int i = 0; i < nm; i++) {
      motifs.add(actuels.get(h.nextInt(actuels.size())));
    }
    Optional<NumeroUnique> numero = h.nextBoolean() ? Optional.of(new NumeroUnique("01A" + (1000 + h.nextInt(9000)) + "X" + h.nextInt(99)))
        : Optional.empty();
    return new Menage(numero, ressources, uc, h.nextInt(5) == 0, motifs, h.nextInt(6) == 0);
  }
}
