package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.explication.Json;
import fr.fluxlogement.core.format.BilanLecture;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.format.LecteurSne;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flux bilan --attributions FICHIER [--rpls FICHIER] --format csv|json} : le bilan d'une année d'attributions du SNE. */
@Command(name = "bilan", description = "Calcule le bilan annuel (R.441-5-1) d'un fichier d'attributions du SNE, joint au RPLS s'il est "
    + "donné, et l'écrit en CSV pour tableur français ou en JSON.")
final class CommandeBilan implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Option(names = "--attributions", required = true, paramLabel = "FICHIER", description = "les attributions (format : docs/formats.md)")
  private Path attributions;

  @Option(names = "--rpls", paramLabel = "FICHIER", description = "le fichier RPLS des logements attribués")
  private Path rpls;

  @Option(names = "--annee", paramLabel = "N", description = "l'année du bilan (défaut : l'année du premier bail)")
  private Integer annee;

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
    if (Fichiers.manque(err, rpls == null ? new Path[] {attributions} : new Path[] {attributions, rpls})) {
      return 2;
    }
    Map<String, Logement> parc = new HashMap<>();
    if (rpls != null) {
      BilanLecture b = LecteurRpls.lire(Fichiers.lignes(rpls, Fichiers.encodage(rpls)), l -> parc.put(l.identifiant(), l));
      b.anomalies().forEach(a -> err.println(rpls + " : " + a.toTexte()));
      err.println(rpls + " : " + b.resume());
    }
    Bilan.Compteur[] compteur = new Bilan.Compteur[1];
    BilanLecture b = LecteurSne.lire(Fichiers.lignes(attributions, Fichiers.encodage(attributions)), id -> Optional.ofNullable(parc.get(id)),
        new Bailleur("BAILLEUR", "le bailleur"), a -> {
          if (compteur[0] == null) {
            compteur[0] = Bilan.compteur(annee != null ? annee : a.dateBail().orElse(a.dateCaleol()).getYear(), SeuilsQuartile.vide());
          }
          compteur[0].attribution(a);
        });
    b.anomalies().forEach(a -> err.println(attributions + " : " + a.toTexte()));
    err.println(attributions + " : " + b.resume());
    Bilan bilan = compteur[0] == null ? Bilan.vide(annee != null ? annee : 0) : compteur[0].toBilan();
    RapportBilan r = new RapportBilan(bilan, Map.of(), Optional.empty());
    out.print(format.equals("json") ? Json.ecrire(r.toMap()) + "\n" : Csv.ecrire(r.lignes()));
    out.flush();
    return 0;
  }
}
