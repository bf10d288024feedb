package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.LecteurSne;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code flux bilan --attributions FICHIER [--rpls FICHIER] [--seuils FICHIER] --annee N --format csv|json} : le
 * bilan d'une année d'attributions du SNE.
 */
@Command(name = "bilan", description = "Calcule le bilan annuel (R.441-5-1) d'un fichier d'attributions du SNE pour une année donnée, "
    + "joint au RPLS s'il est donné et aux seuils du premier quartile, et l'écrit en CSV pour tableur français ou en JSON ; "
    + "les avertissements vont sur la sortie d'erreur.")
final class CommandeBilan implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Option(names = "--attributions", required = true, paramLabel = "FICHIER", description = "les attributions (format : docs/formats.md)")
  private Path attributions;

  @Option(names = "--rpls", paramLabel = "FICHIER", description = "le fichier RPLS des logements attribués")
  private Path rpls;

  @Option(names = "--seuils", paramLabel = "FICHIER", description = "les seuils du premier quartile (CSV epci;annee;seuil)")
  private Path seuils;

  @Option(names = "--annee", required = true, paramLabel = "N", description = "l'année du bilan (de 1900 à 2100)")
  private int annee;

  @Option(names = "--bailleur", defaultValue = "BAILLEUR", paramLabel = "SIREN", description = "l'identifiant du bailleur (défaut : ${DEFAULT-VALUE})")
  private String identifiant;

  @Option(names = "--nom-bailleur", defaultValue = "le bailleur", paramLabel = "NOM", description = "le nom du bailleur (défaut : ${DEFAULT-VALUE})")
  private String nom;

  @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json", description = "format de sortie (défaut : ${DEFAULT-VALUE})")
  private String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("csv") && !format.equals("json")) {
      err.println("flux : format inconnu « " + format + " » (csv ou json)");
      return 2;
    }
    if (annee < 1900 || annee > 2100) {
      err.println("flux : année hors du domaine 1900-2100 : " + annee);
      return 2;
    }
    if (identifiant.isBlank() || nom.isBlank()) {
      err.println("flux : le bailleur a un identifiant et un nom");
      return 2;
    }
    List<Path> fichiers = new java.util.ArrayList<>(List.of(attributions));
    if (rpls != null) {
      fichiers.add(rpls);
    }
    if (seuils != null) {
      fichiers.add(seuils);
    }
    if (Fichiers.manque(err, fichiers.toArray(Path[]::new))) {
      return 2;
    }
    boolean propre = true;
    SeuilsQuartile s = SeuilsQuartile.vide();
    if (seuils != null) {
      SeuilsLus lus = lireSeuils(seuils);
      lus.anomalies().forEach(a -> err.println(seuils + " : " + a.toTexte()));
      propre = lus.anomalies().isEmpty();
      s = lus.seuils();
    }
    Map<String, Logement> parc = new HashMap<>();
    if (rpls != null) {
      // mémoire bornée par ce que le bilan joint : une première lecture des attributions relève les
      // logements attribués, et seuls ceux-là sont gardés du fichier RPLS (un fichier national a des
      // millions de logements, un bilan quelques milliers d'attributions)
      java.util.Set<String> attribues = new java.util.HashSet<>();
      LecteurSne.lire(Fichiers.lignes(attributions, Fichiers.encodage(attributions)), id -> {
        attribues.add(id);
        return Optional.empty();
      }, new Bailleur(identifiant, nom), a -> {});
      Map<String, Integer> vus = new HashMap<>();
      Fichiers.Lignes lignes = Fichiers.lignes(rpls, Fichiers.encodage(rpls));
      CompteRenduLecture b = LecteurRpls.lire(lignes, l -> {
        if (attribues.contains(l.identifiant()) && parc.putIfAbsent(l.identifiant(), l) != null) {
          vus.merge(l.identifiant(), 1, Integer::sum);
        }
      });
      b.anomalies().forEach(a -> err.println(rpls + " : " + a.toTexte()));
      nonAffichees(err, rpls, b);
      lignes.melange().ifPresent(m -> err.println(rpls + " : " + m));
      err.println(rpls + " : " + b.resume());
      propre &= b.rejetees() == 0 && b.anomaliesTotal() == 0;
      if (!vus.isEmpty()) {
        // un identifiant répété rendrait la jointure ambiguë : ces logements sont retirés, chaque doublon signalé
        vus.keySet().forEach(id -> err.println(rpls + " : RPLS : le logement « " + id + " » apparaît plusieurs fois ; retiré de la "
            + "jointure [DOUBLON]"));
        vus.keySet().forEach(parc::remove);
        propre = false;
      }
    }
    // les listes de l'art. 6 (un identifiant par attribution) sont triées hors mémoire et écrites au fil de l'eau
    try (ListesTriees listes = new ListesTriees()) {
      return compter(out, err, s, parc, listes, propre);
    }
  }

  private int compter(PrintWriter out, PrintWriter err, SeuilsQuartile s, Map<String, Logement> parc, ListesTriees listes, boolean propre)
      throws java.io.IOException {
    Bilan.Compteur compteur = Bilan.compteur(annee, s, listes);
    long[] horsTerritoire = new long[1];
    long[] rang = new long[1];
    long[] horsAnnee = new long[1];
    Fichiers.Lignes lignes = Fichiers.lignes(attributions, Fichiers.encodage(attributions));
    CompteRenduLecture b = LecteurSne.lire(lignes, id -> Optional.ofNullable(parc.get(id)),
        new Bailleur(identifiant, nom), a -> {
          Optional<Anomalie> refus = Bilan.controlerContingent(a, "attributions[" + rang[0]++ + "]");
          if (a.dateCaleol().getYear() != annee && a.dateBail().map(d -> d.getYear() != annee).orElse(true)) {
            horsAnnee[0]++;
          }
          if (refus.isPresent()) {
            horsTerritoire[0]++;
            err.println(attributions + " : " + refus.get().toTexte());
          } else {
            compteur.attribution(a);
          }
        });
    b.anomalies().forEach(a -> err.println(attributions + " : " + a.toTexte()));
    nonAffichees(err, attributions, b);
    lignes.melange().ifPresent(m -> err.println(attributions + " : " + m));
    if (b.lues() == 0) {
      err.println(attributions + " : aucune attribution lue");
    }
    err.println(attributions + " : " + b.resume() + (horsTerritoire[0] > 0 ? " ; refusées hors du territoire du contingent "
        + horsTerritoire[0] : "") + (horsAnnee[0] > 0 ? " ; hors de l'année " + annee + " (ni CALEOL ni bail en " + annee + ", non comptées) "
        + horsAnnee[0] : ""));
    propre &= b.rejetees() == 0 && b.anomaliesTotal() == 0 && horsTerritoire[0] == 0 && b.lues() > 0;
    Resultat<Bilan> r = compteur.toResultat();
    r.anomalies().forEach(a -> err.println(attributions + " : " + a.toTexte()));
    Bilan bilan = r.valeur().orElse(Bilan.vide(annee));
    BilanEnFlux.ecrire(bilan, listes, format.equals("json"), out);
    out.flush();
    return propre && r.erreurs().isEmpty() ? 0 : 1;
  }

  private static void nonAffichees(PrintWriter err, Path fichier, CompteRenduLecture b) {
    if (b.anomaliesTotal() > b.anomalies().size()) {
      err.println(fichier + " : " + (b.anomaliesTotal() - b.anomalies().size()) + " autres anomalies non affichées ("
          + b.anomaliesTotal() + " en tout)");
    }
  }

  /** La taille maximale d'un fichier de seuils, lu en entier. */
  static final long TAILLE_MAXIMALE_SEUILS = 16L << 20;

  /**
   * Les seuils lus et les lignes rejetées.
   *
   * @param seuils les seuils des lignes acceptées
   * @param anomalies une anomalie par ligne rejetée
   */
  record SeuilsLus(SeuilsQuartile seuils, List<Anomalie> anomalies) {}

  /** Les seuils du premier quartile : un CSV {@code epci;annee;seuil}, chaque ligne fausse signalée. */
  static SeuilsLus lireSeuils(Path fichier) throws java.io.IOException {
    if (java.nio.file.Files.size(fichier) > TAILLE_MAXIMALE_SEUILS) {
      return new SeuilsLus(SeuilsQuartile.vide(), List.of(Anomalie.erreur(fr.fluxlogement.core.anomalie.CodeAnomalie.DEBORDEMENT, "",
          "fichier de seuils de plus de " + (TAILLE_MAXIMALE_SEUILS >> 20) + " Mio : non lu")));
    }
    String texte = java.nio.file.Files.readString(fichier, Fichiers.encodage(fichier));
    List<Map<String, String>> lignes = Csv.lire(texte);
    List<Anomalie> anomalies = new java.util.ArrayList<>();
    SeuilsQuartile s = SeuilsQuartile.vide();
    for (int i = 0; i < lignes.size(); i++) {
      Map<String, String> l = lignes.get(i);
      long numero = i + 2L;
      String epci = l.getOrDefault("epci", "").strip();
      String an = l.getOrDefault("annee", "").strip();
      String seuil = l.getOrDefault("seuil", "").strip().replace(',', '.').replace(" ", "");
      if (!Epci.isSirenValide(epci)) {
        anomalies.add(Anomalie.erreur(fr.fluxlogement.core.anomalie.CodeAnomalie.FORMAT_INVALIDE, "epci",
            "SIREN d'EPCI invalide (9 chiffres, clé de Luhn)").aLaLigne(numero));
        continue;
      }
      if (!an.matches("\\d{4}") || Integer.parseInt(an) < 1900 || Integer.parseInt(an) > 2100) {
        anomalies.add(Anomalie.erreur(fr.fluxlogement.core.anomalie.CodeAnomalie.FORMAT_INVALIDE, "annee",
            "année attendue sur quatre chiffres, de 1900 à 2100").aLaLigne(numero));
        continue;
      }
      if (!seuil.matches("\\d{1,9}(\\.\\d{1,2})?") || new BigDecimal(seuil).signum() <= 0) {
        anomalies.add(Anomalie.erreur(fr.fluxlogement.core.anomalie.CodeAnomalie.FORMAT_INVALIDE, "seuil",
            "seuil en euros par unité de consommation attendu, positif, au centime près").aLaLigne(numero));
        continue;
      }
      s = s.withSeuil(Epci.of(epci), Integer.parseInt(an), new BigDecimal(seuil));
    }
    return new SeuilsLus(s, List.copyOf(anomalies));
  }
}
