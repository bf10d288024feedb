package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.acteur.ActionLogement;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Collectivite;
import fr.fluxlogement.core.acteur.Etat;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.droit.OrigineDroit;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.evenement.TypeLiberation;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Localisation;
import fr.fluxlogement.core.territoire.Qpv;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Les exercices annuels de tous les bailleurs de France, engendrés (déterministes, illustratifs) :
 * environ 1 400 couples bailleur × département, 5,4 millions de logements, 35 000 communes,
 * 140 000 conventions communales (plus celles du préfet, d'Action Logement, du département et d'un
 * EPCI par exercice), 430 000 libérations et autant d'attributions ; puis leur calcul par
 * {@link CalculExercice}, chronométré, avec le pic de mémoire. Hors JMH (une seule mesure de bout
 * en bout) :
 *
 * <pre>
 * java -Xmx14g -cp flux-examples/target/benchmarks.jar fr.fluxlogement.examples.bench.ExercicesNationaux [logements]
 * </pre>
 */
public final class ExercicesNationaux {

  private ExercicesNationaux() {}

  private static final int COMMUNES_PAR_DEPARTEMENT = 365;
  private static final int BAILLEURS_PAR_DEPARTEMENT = 15;
  private static final int COMMUNES_PAR_BAILLEUR = 100;
  private static final int COMMUNES_PAR_EPCI = 20;

  /** Les départements de métropole, Corse comprise. */
  static List<Departement> departements() {
    List<Departement> l = new ArrayList<>();
    for (int i = 1; i <= 95; i++) {
      if (i != 20) {
        l.add(Departement.of(String.format("%02d", i)));
      }
    }
    l.add(Departement.of("2A"));
    l.add(Departement.of("2B"));
    return l;
  }

  /** Un SIREN valide (clé de Luhn) tiré d'un numéro. */
  static String siren(int numero) {
    String base = String.format("2%07d", numero % 10_000_000);
    for (int c = 0; c <= 9; c++) {
      String s = base + c;
      if (Epci.isSirenValide(s)) {
        return s;
      }
    }
    throw new IllegalStateException("aucune clé de Luhn pour " + base);
  }

  /**
   * Engendre les exercices.
   *
   * @param logements le nombre total de logements visé
   * @param graine la graine
   * @return un exercice par bailleur et par département
   */
  public static List<Exercice> engendrer(int logements, long graine) {
    SplittableRandom r = new SplittableRandom(graine);
    List<Departement> deps = departements();
    int parExercice = Math.max(20, logements / (deps.size() * BAILLEURS_PAR_DEPARTEMENT));
    List<Exercice> l = new ArrayList<>();
    int numeroBailleur = 0;
    Map<Integer, Taux> rotations = Map.of(2022, Taux.of("8,9 %"), 2023, Taux.of("8,4 %"), 2024, Taux.of("8,1 %"));
    for (Departement dep : deps) {
      Collectivite departement = Collectivite.departement(dep, dep.code());
      for (int b = 0; b < BAILLEURS_PAR_DEPARTEMENT; b++) {
        Bailleur bailleur = new Bailleur(siren(500_000 + numeroBailleur), "Bailleur " + numeroBailleur);
        numeroBailleur++;
        Exercice.Builder x = Exercice.builder(bailleur, 2025, dep).rotations(rotations)
            .convention(Convention.of(bailleur, Etat.PRIORITAIRES, dep, LocalDate.of(2023, 11, 1), ModeGestion.DELEGUEE, "Préfet " + dep.code()))
            .convention(Convention.of(bailleur, ActionLogement.INSTANCE, dep, LocalDate.of(2023, 11, 1), ModeGestion.DELEGUEE, "AL " + dep.code()))
            .convention(Convention.of(bailleur, departement, dep, LocalDate.of(2023, 11, 1), ModeGestion.DELEGUEE, "Département " + dep.code()));
        int premiere = r.nextInt(COMMUNES_PAR_DEPARTEMENT - COMMUNES_PAR_BAILLEUR);
        SeuilsQuartile seuils = SeuilsQuartile.vide();
        List<Logement> parc = new ArrayList<>(parExercice);
        List<Programme> programmes = new ArrayList<>();
        List<DroitReservation> droits = new ArrayList<>();
        List<Liberation> liberations = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        int[] taille = new int[COMMUNES_PAR_BAILLEUR];
        for (int i = 0; i < parExercice; i++) {
          taille[(int) (COMMUNES_PAR_BAILLEUR * Math.pow(r.nextDouble(), 1.6))]++;
        }
        boolean epciDeclare = false;
        int id = 0;
        for (int k = 0; k < COMMUNES_PAR_BAILLEUR; k++) {
          int numeroCommune = premiere + k + 1;
          Commune commune = Commune.of(dep.code() + String.format("%03d", numeroCommune));
          Epci epci = Epci.of(siren(deps.indexOf(dep) * 100 + numeroCommune / COMMUNES_PAR_EPCI));
          seuils = seuils.withSeuil(epci, 2025, BigDecimal.valueOf(9_000 + (numeroCommune % 7) * 400L));
          Collectivite collectivite = Collectivite.commune(commune, "Commune " + commune.code());
          if (taille[k] == 0) {
            continue;
          }
          if (!epciDeclare) {
            x.convention(Convention.of(bailleur, Collectivite.epci(epci, "EPCI " + epci.siren()), epci, LocalDate.of(2024, 1, 1),
                ModeGestion.DELEGUEE, "EPCI " + epci.siren()));
            epciDeclare = true;
          }
          x.convention(Convention.of(bailleur, collectivite, commune, LocalDate.of(2024, 1, 1),
              k % 2 == 0 ? ModeGestion.DIRECTE : ModeGestion.DELEGUEE, "Commune " + commune.code()));
          String programme = "P" + bailleur.identifiant() + "-" + commune.code();
          programmes.add(Programme.builder().identifiant(programme).commune(commune).nombreLogements(taille[k])
              .dateMiseEnService(LocalDate.of(1990 + r.nextInt(30), 1 + r.nextInt(12), 1)).financement(Financement.PLUS)
              .addGaranties(GarantieEmprunt.of(collectivite, Taux.pourcent(100), "PRET-" + programme, LocalDate.of(1989, 1, 1),
                  LocalDate.of(2055, 1, 1)))
              .build());
          droits.add(DroitReservation.of(ActionLogement.INSTANCE, OrigineDroit.FINANCEMENT_ACTION_LOGEMENT, taille[k] / 10,
              LocalDate.of(2010, 1, 1)).withCommune(commune));
          if (k % 5 == 0) {
            droits.add(DroitReservation.of(departement, OrigineDroit.APPORT_FINANCIER, taille[k] / 20, LocalDate.of(2012, 1, 1))
                .withCommune(commune));
          }
          for (int j = 0; j < taille[k]; j++) {
            Logement lo = logement(r, bailleur.identifiant() + "-" + id++, commune, epci, programme);
            parc.add(lo);
            if (MotifExclusion.de(lo, 2025).isEmpty() && r.nextInt(1000) < 85) {
              LocalDate d = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(360));
              liberations.add(new Liberation(lo, r.nextInt(3) == 0 ? TypeLiberation.PREAVIS_TROIS_MOIS : TypeLiberation.PREAVIS_UN_MOIS, d));
              Reservataire contingent = switch (r.nextInt(5)) {
                case 0 -> Etat.PRIORITAIRES;
                case 1 -> ActionLogement.INSTANCE;
                case 2 -> collectivite;
                default -> bailleur.partNonReservee();
              };
              Menage m = Menage.of(BigDecimal.valueOf(6_000 + r.nextInt(35_000)), Menage.unitesConsommation(1 + r.nextInt(2), r.nextInt(3)));
              if (r.nextInt(4) == 0) {
                m = m.withDalo(true);
              }
              LocalDate caleol = d.plusDays(20 + r.nextInt(20));
              attributions.add(new Attribution(lo, contingent, m, caleol, Optional.of(caleol.plusDays(10 + r.nextInt(20))), false, false));
            }
          }
        }
        l.add(x.parc(parc).programmes(programmes).droits(droits).liberations(liberations).attributions(attributions).seuils(seuils)
            .illustratif(true).build());
      }
    }
    return l;
  }

  private static Logement logement(SplittableRandom r, String id, Commune commune, Epci epci, String programme) {
    int f = r.nextInt(100);
    Financement financement = f < 20 ? Financement.PLAI : f < 85 ? Financement.PLUS : f < 98 ? Financement.PLS : Financement.PLI;
    return Logement.builder().identifiant(id)
        .localisation(Localisation.of(commune, epci, r.nextInt(100) < 30 ? Qpv.EN_QPV : Qpv.HORS_QPV))
        .financement(financement)
        .typologie(Typologie.values()[Math.min(5, (int) Math.abs(r.nextGaussian() * 1.2 + 2.2))])
        .modeOccupation(r.nextInt(1000) < 8 ? ModeOccupation.ASSOCIATION : ModeOccupation.LOUE)
        .enVente(r.nextInt(1000) < 8)
        .aDemolir(r.nextInt(1000) < 5)
        .anneeMiseEnLocation(r.nextInt(1000) < 15 ? 2025 : 1960 + r.nextInt(64))
        .programme(programme)
        .build();
  }

  private static long pic() {
    long p = 0;
    for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
      if (m.getType() == MemoryType.HEAP) {
        p += m.getPeakUsage().getUsed();
      }
    }
    return p;
  }

  /**
   * Engendre et calcule, puis imprime les comptes, les durées et le pic de mémoire.
   *
   * @param args le nombre de logements (5 400 000 par défaut), puis {@code sequentiel} pour un seul fil
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_400_000;
    boolean sequentiel = args.length > 1 && args[1].equals("sequentiel");
    long t0 = System.nanoTime();
    List<Exercice> exercices = engendrer(n, 42);
    long t1 = System.nanoTime();
    AtomicLong conventions = new AtomicLong();
    AtomicLong orientations = new AtomicLong();
    AtomicLong invalides = new AtomicLong();
    AtomicLong logements = new AtomicLong();
    AtomicLong attributions = new AtomicLong();
    java.util.concurrent.ConcurrentLinkedQueue<ResultatExercice> resultats = new java.util.concurrent.ConcurrentLinkedQueue<>();
    (sequentiel ? exercices.stream() : exercices.parallelStream()).forEach(e -> {
      logements.addAndGet(e.parc().size());
      attributions.addAndGet(e.attributions().size());
      var v = CalculExercice.calculer(e);
      if (!v.isValide()) {
        invalides.incrementAndGet();
        if (invalides.get() == 1) {
          v.erreurs().stream().limit(5).forEach(a -> System.err.println(a.toTexte()));
        }
        return;
      }
      ResultatExercice res = v.valeurOuLever();
      resultats.add(res);
      conventions.addAndGet(res.conventions().size());
      orientations.addAndGet(res.orientations().size());
    });
    long t2 = System.nanoTime();
    System.out.printf("exercices=%d logements=%d conventions=%d orientations=%d attributions=%d invalides=%d%n", exercices.size(),
        logements.get(), conventions.get(), orientations.get(), attributions.get(), invalides.get());
    System.out.printf("generation=%.1f s calcul=%.1f s (%s) pic-tas=%.2f Go%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        sequentiel ? "un fil" : Runtime.getRuntime().availableProcessors() + " fils", pic() / 1e9);
    // le rendu : l'index de chaque exercice, puis toutes les pages du plus grand (chaînes, sans écriture)
    long t3 = System.nanoTime();
    long octets = 0;
    ResultatExercice plusGrand = null;
    for (ResultatExercice r : resultats) {
      octets += fr.fluxlogement.rendu.html.PagesHtml.index(fr.fluxlogement.rendu.html.ModelesPages.index(r,
          fr.fluxlogement.rendu.sorties.SortiesExercice.parties(r), java.util.Optional.empty())).length();
      if (plusGrand == null || r.conventions().size() > plusGrand.conventions().size()) {
        plusGrand = r;
      }
    }
    long t4 = System.nanoTime();
    long pages = 0;
    long octetsPlusGrand = 0;
    if (plusGrand != null) {
      for (var rc : plusGrand.conventions()) {
        octetsPlusGrand += fr.fluxlogement.rendu.html.PagesHtml.annexe(fr.fluxlogement.rendu.html.ModelesPages.annexe(plusGrand, rc)).length();
        pages++;
      }
      for (String partie : fr.fluxlogement.rendu.sorties.SortiesExercice.parties(plusGrand)) {
        octetsPlusGrand += fr.fluxlogement.rendu.html.PagesHtml.bilan(fr.fluxlogement.rendu.html.ModelesPages.bilan(plusGrand, partie)).length();
        pages++;
      }
    }
    long t5 = System.nanoTime();
    System.out.printf("index=%d en %.1f s (%.1f Mo) ; plus grand exercice : %d conventions, %d pages en %.1f s (%.1f Mo)%n", resultats.size(),
        (t4 - t3) / 1e9, octets / 1e6, plusGrand == null ? 0 : plusGrand.conventions().size(), pages, (t5 - t4) / 1e9, octetsPlusGrand / 1e6);
  }
}
