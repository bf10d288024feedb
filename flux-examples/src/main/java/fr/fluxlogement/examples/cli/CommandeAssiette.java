package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.format.BilanLecture;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.validation.Validations;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flux assiette --rpls FICHIER --commune CODE --annee N} : l'assiette d'une commune depuis un fichier RPLS. */
@Command(name = "assiette", description = "Calcule l'assiette d'une commune pour une année depuis un fichier RPLS (collecte ou "
    + "données publiques, latin-1 ou UTF-8), avec son explication et le compte des lignes lues.")
final class CommandeAssiette implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Option(names = "--rpls", required = true, paramLabel = "FICHIER", description = "le fichier RPLS")
  private Path rpls;

  @Option(names = "--commune", required = true, paramLabel = "CODE", description = "le code INSEE de la commune")
  private String commune;

  @Option(names = "--annee", required = true, paramLabel = "N", description = "l'année de l'assiette")
  private int annee;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Commune.isValide(commune)) {
      err.println("flux : code INSEE de commune invalide : « " + commune + " »");
      return 2;
    }
    if (Fichiers.manque(err, rpls)) {
      return 2;
    }
    Commune c = Commune.of(commune);
    Charset cs = Fichiers.encodage(rpls);
    List<Logement> retenus = new ArrayList<>();
    BilanLecture b = LecteurRpls.lire(Fichiers.lignes(rpls, cs), l -> {
      if (l.localisation().isDans(c)) {
        retenus.add(l);
      }
    });
    b.anomalies().forEach(a -> err.println(rpls + " : " + a.toTexte()));
    if (b.anomaliesTotal() > b.anomalies().size()) {
      err.println("flux : " + (b.anomaliesTotal() - b.anomalies().size()) + " autres anomalies non affichées");
    }
    var v = CalculAssiette.calculer(retenus, annee, c);
    if (v.isValid()) {
      Assiette a = v.get();
      out.print(a.explication().toTexte());
    } else {
      Validations.anomalies(v).forEach(a -> err.println(rpls + " : " + a.toTexte()));
    }
    out.println("encodage " + cs.name() + " ; " + b.resume());
    return v.isValid() ? 0 : 1;
  }
}
