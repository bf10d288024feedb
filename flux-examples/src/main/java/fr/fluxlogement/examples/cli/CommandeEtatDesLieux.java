package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.core.format.Dates;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.examples.dossier.LecteurReservations;
import fr.fluxlogement.rendu.Table;
import fr.fluxlogement.rendu.html.Entete;
import fr.fluxlogement.rendu.html.PageEtatDesLieux;
import fr.fluxlogement.rendu.html.PagesHtml;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.droits.EtatDesLieux;
import fr.fluxlogement.rules.droits.MethodeConversion;
import fr.fluxlogement.rules.droits.ReservationIdentifiee;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code flux etat-des-lieux --rpls FICHIER --reservations FICHIER --date AAAA-MM-JJ …} : l'état des
 * lieux des réservations en stock et leur conversion en taux de flux (décret n° 2020-145, art. 2
 * II), au niveau du réservataire (défaut) ou du logement, en texte expliqué, CSV, JSON ou page HTML.
 */
@Command(name = "etat-des-lieux", description = "Dresse l'état des lieux des réservations en stock (décret n° 2020-145, art. 2 II) : "
    + "logement par logement ou réservataire par réservataire (logements en vigueur, droits échus, origines, fins) et le taux de "
    + "flux qui en résulte, par le ratio du stock ou pondéré par la rotation, sur l'assiette (convention art. 2) des communes "
    + "nommées ou de tout le fichier RPLS.")
final class CommandeEtatDesLieux implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Option(names = "--rpls", required = true, paramLabel = "FICHIER", description = "le fichier RPLS du bailleur")
  private Path rpls;

  @Option(names = "--reservations", required = true, paramLabel = "FICHIER",
      description = "les réservations identifiées (CSV : logement;titulaire;origine;fin)")
  private Path reservations;

  @Option(names = "--date", required = true, paramLabel = "AAAA-MM-JJ", description = "la date de l'état des lieux")
  private String date;

  @Option(names = "--annee", paramLabel = "N", description = "l'année de l'assiette (défaut : l'année qui suit la date)")
  private Integer annee;

  @Option(names = "--commune", paramLabel = "CODE", description = "le code INSEE d'une commune (répétable ; aucune : toutes)")
  private List<String> communes = new ArrayList<>();

  @Option(names = "--methode", defaultValue = "ratio_du_stock", paramLabel = "ratio_du_stock|rotation",
      description = "la méthode de conversion (défaut : ${DEFAULT-VALUE})")
  private String methode;

  @Option(names = "--rotations", paramLabel = "FICHIER", description = "la rotation de chaque logement (CSV : logement;taux), pour --methode rotation")
  private Path rotations;

  @Option(names = "--niveau", defaultValue = "reservataire", paramLabel = "reservataire|logement",
      description = "le niveau des lignes CSV (défaut : ${DEFAULT-VALUE})")
  private String niveau;

  @Option(names = "--nom", paramLabel = "CODE=NOM", description = "le nom d'une collectivité par son code, pour les libellés "
      + "(répétable ; par exemple --nom 01053=Bourg-en-Bresse)")
  private Map<String, String> noms = new LinkedHashMap<>();

  @Option(names = "--nom-bailleur", defaultValue = "bailleur", paramLabel = "NOM", description = "le nom du bailleur, en tête de la page HTML")
  private String nomBailleur;

  @Option(names = "--illustratif", description = "marque la page HTML comme illustrative (données d'exemple)")
  private boolean illustratif;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|csv|json|html",
      description = "format de sortie (défaut : ${DEFAULT-VALUE} ; html : une page à lire, styles et graphique en ligne)")
  private String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> usage = usage();
    if (usage.isPresent()) {
      err.println("flux : " + usage.get());
      return 2;
    }
    LocalDate jour = Dates.iso(date.strip()).date().orElseThrow();
    int an = annee != null ? annee : jour.getYear() + 1;
    MethodeConversion m = MethodeConversion.valueOf(methode.toUpperCase(Locale.ROOT));
    if (Fichiers.manque(err, rpls, reservations) || rotations != null && Fichiers.manque(err, rotations)) {
      return 2;
    }
    Set<String> demandees = new HashSet<>(communes);
    List<Logement> assiette = new ArrayList<>();
    Charset cs = Fichiers.encodage(rpls);
    CompteRenduLecture parc = LecteurRpls.lire(Fichiers.lignes(rpls, cs), l -> {
      if ((demandees.isEmpty() || demandees.contains(l.localisation().commune().code())) && MotifExclusion.de(l, an).isEmpty()) {
        assiette.add(l);
      }
    });
    boolean ok = parc.rejetees() == 0 && parc.anomaliesTotal() == 0 && parc.lues() > 0;
    parc.anomalies().forEach(a -> err.println(rpls + " : " + a.toTexte()));
    List<Anomalie> fichiers = new ArrayList<>();
    LecteurReservations.Lu<List<ReservationIdentifiee>> res = LecteurReservations.texte(reservations, fichiers::add)
        .map(t -> LecteurReservations.reservations(t, noms)).orElse(null);
    Map<String, Taux> rot = Map.of();
    CompteRenduLecture lectureRotations = null;
    if (rotations != null) {
      Optional<LecteurReservations.Lu<Map<String, Taux>>> r = LecteurReservations.texte(rotations, fichiers::add).map(LecteurReservations::rotations);
      if (r.isPresent()) {
        rot = r.get().valeurs();
        lectureRotations = r.get().lecture();
        lectureRotations.anomalies().forEach(a -> err.println(rotations + " : " + a.toTexte()));
        ok &= lectureRotations.rejetees() == 0 && lectureRotations.anomaliesTotal() == 0;
      }
    }
    fichiers.forEach(a -> err.println("flux : " + a.toTexte()));
    ok &= fichiers.isEmpty();
    if (res == null) {
      return 1;
    }
    res.lecture().anomalies().forEach(a -> err.println(reservations + " : " + a.toTexte()));
    ok &= res.lecture().rejetees() == 0 && res.lecture().anomaliesTotal() == 0;
    Map<String, Taux> rotationsLues = rot;
    Resultat<EtatDesLieux> r = EtatDesLieux.etablir(jour, assiette, res.valeurs(), m, l -> Optional.ofNullable(rotationsLues.get(l.identifiant())));
    r.anomalies().forEach(a -> err.println(reservations + " : " + a.toTexte()));
    if (r.valeur().isEmpty()) {
      return 1;
    }
    EtatDesLieux e = r.valeur().get();
    String resume = rpls + " : " + parc.resume() + " ; " + reservations + " : " + res.lecture().resume()
        + (lectureRotations == null ? "" : " ; " + rotations + " : " + lectureRotations.resume());
    switch (format) {
      case "csv" -> {
        out.print(niveau.equals("logement") ? Tables.ETAT_DES_LIEUX_LOGEMENTS.csv(e.lignes()) : Tables.ETAT_DES_LIEUX.csv(e.syntheses()));
        err.println(resume);
      }
      case "json" -> {
        com.fasterxml.jackson.databind.node.ObjectNode racine = Tables.etatDesLieux(e, an);
        com.fasterxml.jackson.databind.node.ObjectNode l = racine.putObject("lecture");
        l.set("rpls", lecture(parc));
        l.set("reservations", lecture(res.lecture()));
        if (lectureRotations != null) {
          l.set("rotations", lecture(lectureRotations));
        }
        out.print(Table.json(racine));
        err.println(resume);
      }
      case "html" -> {
        java.util.TreeSet<String> departements = new java.util.TreeSet<>();
        assiette.forEach(x -> departements.add(x.localisation().departement().code()));
        Entete entete = Entete.seule("État des lieux des réservations au " + e.date(), nomBailleur,
            departements.isEmpty() ? "" : "département " + String.join(", ", departements), an, illustratif);
        out.print(PagesHtml.etatDesLieux(PageEtatDesLieux.of(entete, e)));
        err.println(resume);
      }
      default -> {
        out.print(e.explication().toTexte());
        out.println(resume);
      }
    }
    out.flush();
    return ok ? 0 : 1;
  }

  private Optional<String> usage() {
    if (!List.of("text", "csv", "json", "html").contains(format)) {
      return Optional.of("format inconnu « " + format + " » (text, csv, json ou html)");
    }
    if (!List.of("reservataire", "logement").contains(niveau)) {
      return Optional.of("niveau inconnu « " + niveau + " » (reservataire ou logement)");
    }
    if (!List.of("ratio_du_stock", "rotation").contains(methode)) {
      return Optional.of("méthode inconnue « " + methode + " » (ratio_du_stock ou rotation)");
    }
    if (methode.equals("rotation") && rotations == null) {
      return Optional.of("la méthode rotation demande --rotations FICHIER (logement;taux)");
    }
    Dates.Lue d = Dates.iso(date.strip());
    if (!d.isLue()) {
      return Optional.of("date de l'état des lieux : " + d.raison() + " : « " + date + " »");
    }
    if (annee != null && !Dates.isAnneeAdmise(annee)) {
      return Optional.of("année hors du domaine 1900-2100 : " + annee);
    }
    if (annee == null && !Dates.isAnneeAdmise(d.date().get().getYear() + 1)) {
      return Optional.of("année de l'assiette hors du domaine 1900-2100 : donner --annee");
    }
    for (String c : communes) {
      if (!Commune.isValide(c)) {
        return Optional.of("code INSEE de commune invalide : « " + c + " »");
      }
    }
    return Optional.empty();
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode lecture(CompteRenduLecture b) {
    com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    o.put("lues", b.lues());
    o.put("acceptees", b.acceptees());
    o.put("rejetees", b.rejetees());
    return o;
  }
}
