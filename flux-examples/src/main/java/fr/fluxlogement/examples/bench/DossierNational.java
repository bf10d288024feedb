package fr.fluxlogement.examples.bench;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.convention.Convention;
import fr.fluxlogement.core.convention.ModeGestion;
import fr.fluxlogement.core.droit.DroitReservation;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.evenement.Liberation;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.GarantieEmprunt;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Programme;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Departement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.rules.exercice.Exercice;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Écrit sur disque les exercices de tous les bailleurs de France ({@link ExercicesNationaux}) : un
 * dossier d'exercice par bailleur et par département (manifeste, RPLS, programmes, droits,
 * rotations, seuils, libérations, attributions du SNE), que {@code flux exercice RACINE} calcule en
 * série. Engendré, illustratif, à ne pas versionner (plusieurs centaines de mégaoctets) :
 *
 * <pre>
 * java -cp flux-examples/target/benchmarks.jar fr.fluxlogement.examples.bench.DossierNational /tmp/national [logements]
 * ./flux exercice /tmp/national --sortie /tmp/national-sortie
 * </pre>
 */
public final class DossierNational {

  private DossierNational() {}

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Engendre et écrit.
   *
   * @param args le dossier racine, puis le nombre de logements (5 400 000 par défaut)
   * @throws IOException si l'écriture échoue
   */
  public static void main(String[] args) throws IOException {
    Path racine = Path.of(args.length > 0 ? args[0] : "national");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 5_400_000;
    long t0 = System.nanoTime();
    List<Exercice> exercices = ExercicesNationaux.engendrer(n, 42);
    Files.createDirectories(racine);
    exercices.parallelStream().forEach(e -> {
      try {
        ecrire(e, racine.resolve(e.departement().code() + "-" + e.bailleur().identifiant()));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    });
    System.out.printf("dossiers=%d logements=%d écrits en %.1f s dans %s%n", exercices.size(),
        exercices.stream().mapToLong(e -> e.parc().size()).sum(), (System.nanoTime() - t0) / 1e9, racine);
  }

  /** Écrit un exercice en dossier. */
  static void ecrire(Exercice e, Path d) throws IOException {
    Files.createDirectories(d);
    StringBuilder m = new StringBuilder();
    m.append("# Dossier engendré (illustratif) : ExercicesNationaux, graine 42\n");
    m.append("version: 1\n");
    m.append("bailleur: {siren: \"").append(e.bailleur().identifiant()).append("\", nom: \"").append(e.bailleur().nom()).append("\"}\n");
    m.append("annee: ").append(e.annee()).append('\n');
    m.append("departement: {code: \"").append(e.departement().code()).append("\", nom: \"").append(e.departement().code()).append("\"}\n");
    m.append("illustratif: oui\n");
    m.append("conventions:\n");
    for (Convention c : e.conventions()) {
      m.append("  - reservataire: ").append(cle(c.reservataire())).append('\n');
      m.append("    territoire: {").append(c.territoire() instanceof Commune ? "commune" : c.territoire() instanceof Departement
          ? "departement" : "epci").append(": \"").append(c.territoire().code()).append("\"}\n");
      m.append("    titre: \"").append(c.texte().titre()).append("\"\n");
      m.append("    signature: ").append(c.dateSignature()).append('\n');
      m.append("    gestion: ").append(c.modeGestion() == ModeGestion.DIRECTE ? "directe" : "deleguee").append('\n');
    }
    m.append("fichiers: {rpls: rpls.csv, programmes: programmes.csv, droits: droits.csv, rotations: rotations.csv, seuils: seuils.csv,\n");
    m.append("           liberations: liberations.csv, attributions: attributions.csv}\n");
    Files.writeString(d.resolve("dossier.yaml"), m, StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(d.resolve("rpls.csv"), StandardCharsets.UTF_8)) {
      w.write("IDENT_REP;DEPCOM;EPCI;QPV;NBPIECE;FINAN;MODE;SORTIEPATRIM;LOCAT\n");
      for (Logement l : e.parc()) {
        w.write(l.identifiant() + ";" + l.localisation().commune().code() + ";" + l.localisation().epci().map(Epci::siren).orElse("") + ";"
            + (l.isEnQpv() ? "1" : "2") + ";" + (l.typologie().ordinal() + 1) + ";" + finan(l.financement()) + ";"
            + (l.modeOccupation() == ModeOccupation.ASSOCIATION ? "4" : "1") + ";" + (l.enVente() ? "1" : l.aDemolir() ? "4" : "")
            + ";" + l.anneeMiseEnLocation().orElse(2000) + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(d.resolve("programmes.csv"), StandardCharsets.UTF_8)) {
      w.write("programme;commune;logements;mise_en_service;financement;garant;quotite;pret;debut;fin;rembourse\n");
      for (Programme p : e.programmes()) {
        for (GarantieEmprunt g : p.garanties()) {
          w.write(p.identifiant() + ";" + p.commune().code() + ";" + p.nombreLogements() + ";" + p.dateMiseEnService() + ";"
              + p.financement().name() + ";" + cle(g.garant()) + ";" + g.quotite().toPourcentFrancais() + ";" + g.pret() + ";" + g.dateDebut()
              + ";" + g.dateFinPrevue() + ";" + g.dateRemboursementIntegral().map(LocalDate::toString).orElse("") + "\n");
        }
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(d.resolve("droits.csv"), StandardCharsets.UTF_8)) {
      w.write("titulaire;origine;programme;commune;logements;debut;fin;source\n");
      for (DroitReservation r : e.droits()) {
        w.write(cle(r.titulaire()) + ";" + r.origine().name().toLowerCase(java.util.Locale.ROOT) + ";" + r.programme().orElse("") + ";"
            + r.commune().map(Commune::code).orElse("") + ";" + r.quantite() + ";" + r.debut() + ";"
            + r.fin().map(LocalDate::toString).orElse("") + ";engendré\n");
      }
    }
    StringBuilder rot = new StringBuilder("annee;taux\n");
    e.rotations().forEach((a, t) -> rot.append(a).append(';').append(t.toPourcentFrancais()).append('\n'));
    Files.writeString(d.resolve("rotations.csv"), rot, StandardCharsets.UTF_8);
    StringBuilder seuils = new StringBuilder("epci;annee;seuil\n");
    for (Map.Entry<String, Map<Integer, java.math.BigDecimal>> s : e.seuils().seuils().entrySet()) {
      s.getValue().forEach((a, v) -> seuils.append(s.getKey()).append(';').append(a).append(';').append(v.toPlainString()).append('\n'));
    }
    Files.writeString(d.resolve("seuils.csv"), seuils, StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(d.resolve("liberations.csv"), StandardCharsets.UTF_8)) {
      w.write("logement;type;date\n");
      for (Liberation l : e.liberations()) {
        w.write(l.logement().identifiant() + ";" + l.type().name().toLowerCase(java.util.Locale.ROOT) + ";" + l.date() + "\n");
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(d.resolve("attributions.csv"), StandardCharsets.UTF_8)) {
      w.write("SIREN_BAILLEUR;DATE_CALEOL;DATE_BAIL;MUTATION;RPLS;DALO;PRIORITAIRE;CONTINGENT;RESSOURCES;UC\n");
      for (Attribution a : e.attributions()) {
        w.write(e.bailleur().identifiant() + ";" + JJ_MM_AAAA.format(a.dateCaleol()) + ";" + a.dateBail().map(JJ_MM_AAAA::format).orElse("")
            + ";" + (a.mutation() ? "1" : "2") + ";" + a.logement().identifiant() + ";" + (a.menage().dalo() ? "1" : "2") + ";"
            + (a.menage().isPrioritaire() ? "1" : "2") + ";" + contingentSne(a.contingent()) + ";"
            + a.menage().ressourcesAnnuelles().toPlainString() + ";" + a.menage().unitesConsommation().toDecimalFrancais(4) + "\n");
      }
    }
  }

  private static String finan(Financement f) {
    return switch (f) {
      case PLAI -> "11";
      case PLUS -> "13";
      case PLS -> "14";
      case PLI -> "16";
      default -> "13";
    };
  }

  /** Le code du contingent dans le fichier du SNE : 0 bailleur, 1 et 2 l'État, 4 Action Logement, sinon la clé. */
  private static String contingentSne(Reservataire r) {
    return switch (r.cle()) {
      case "ETAT-AGENTS" -> "1";
      case "ETAT-PRIORITAIRES" -> "2";
      case "ACTION-LOGEMENT" -> "4";
      default -> r.isBailleur() ? "0" : r.cle();
    };
  }

  /** La notation des dossiers : la clé, sauf l'État prioritaire (convention du préfet). */
  private static String cle(Reservataire r) {
    return r.cle();
  }
}
