package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.rendu.html.PagesHtml;
import fr.fluxlogement.rendu.html.ModelesPages;
import fr.fluxlogement.rendu.sorties.SortiesExercice;
import fr.fluxlogement.rendu.tables.LigneProjection;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.projection.AnneeProjetee;
import fr.fluxlogement.rules.projection.CalculProjection;
import fr.fluxlogement.examples.dossier.ExerciceDuDossier;
import fr.fluxlogement.rules.projection.Prevision;
import fr.fluxlogement.rules.projection.Projection;
import fr.fluxlogement.rules.projection.ProjectionConvention;
import fr.fluxlogement.rules.projection.Scenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code flux prevoir DOSSIER [--annees 2025-2029] [--rotation NOM=TAUX]… [--explication] [--sortie DIR]} :
 * la projection pluriannuelle d'un dossier d'exercice, convention par convention, année par année et
 * scénario par scénario (assiette, logements réservés, taux, flux, objectif). Par défaut : la vie de
 * chaque convention et trois scénarios (la moyenne des trois derniers taux publiés, un point de moins,
 * un point de plus). Code de sortie : 0, 1 (données en anomalie), 2 (utilisation).
 */
@Command(name = "prevoir", description = "Projette un dossier d'exercice sur plusieurs années : assiette, droits, taux, flux et objectifs "
    + "de chaque convention sous des scénarios de rotation.")
final class CommandePrevoir implements Callable<Integer> {

  private static final Pattern ANNEES = Pattern.compile("(\\d{4})-(\\d{4})");

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "le dossier qui contient dossier.yaml")
  private Path dossier;

  @Option(names = "--annees", paramLabel = "AAAA-AAAA", description = "les années projetées (défaut : la vie de chaque convention)")
  private String annees;

  @Option(names = "--rotation", paramLabel = "NOM=TAUX", description = "un scénario de rotation, par exemple central=8,5 %% (répétable ; défaut : bas, central, haut)")
  private List<String> rotations = new ArrayList<>();

  @Option(names = "--explication", description = "imprime l'explication de chaque année")
  private boolean explication;

  @Option(names = "--sortie", paramLabel = "DIR", description = "écrit aussi projection.csv et projection.html dans DIR")
  private Path sortie;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Prevision p = Prevision.AUCUNE;
    if (annees != null) {
      Matcher m = ANNEES.matcher(annees.trim());
      if (!m.matches() || Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
        err.println("flux : --annees attend AAAA-AAAA (par exemple 2025-2029) : « " + annees + " »");
        return 2;
      }
      if (Integer.parseInt(m.group(1)) < 1900 || Integer.parseInt(m.group(2)) > 2100) {
        err.println("flux : --annees hors du domaine 1900-2100 : « " + annees + " »");
        return 2;
      }
      p = p.withAnnees(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (String r : rotations) {
      int i = r.indexOf('=');
      try {
        scenarios.add(new Scenario(r.substring(0, Math.max(0, i)).trim(), Taux.of(fr.fluxlogement.core.format.Nombres.fraction(r.substring(i + 1).trim()))));
      } catch (RuntimeException e) {
        err.println("flux : --rotation attend NOM=TAUX (par exemple central=8,5 %) : « " + r + " »");
        return 2;
      }
    }
    if (!scenarios.isEmpty()) {
      p = p.withScenarios(scenarios);
    }
    if (sortie != null && Files.exists(sortie) && !Files.isDirectory(sortie)) {
      err.println("flux : --sortie " + sortie + " existe et n'est pas un dossier");
      return 2;
    }
    int[] code = {0};
    Optional<ExerciceDuDossier> calcule = DossierCalcule.calculer(dossier, err, code);
    if (calcule.isEmpty()) {
      err.flush();
      return code[0];
    }
    ResultatExercice resultat = calcule.get().resultat().orElseThrow();
    // les prévisions du dossier (ventes, démolitions, droits prévus), sous la période et les scénarios demandés
    Prevision prevision = calcule.get().lu().prevision();
    if (p.premiere().isPresent() && p.derniere().isPresent()) {
      prevision = prevision.withAnnees(p.premiere().get(), p.derniere().get());
    }
    if (!p.scenarios().isEmpty()) {
      prevision = prevision.withScenarios(p.scenarios());
    }
    Resultat<Projection> v = CalculProjection.projeter(resultat.exercice(), prevision);
    if (!v.isValide()) {
      v.erreurs().forEach(a -> err.println(a.toTexte()));
      err.flush();
      return 1;
    }
    Projection pr = v.valeurOuLever();
    out.println("Projection " + pr.premiere() + "-" + pr.derniere() + " ; scénarios : "
        + String.join(", ", pr.scenarios().stream().map(Scenario::libelle).toList()));
    for (ProjectionConvention c : pr.conventions()) {
      out.println();
      out.println(c.cle() + " : " + c.convention().texte().titre() + " (fin au plus tard le " + c.fin() + ")");
      out.println(String.format("  %-6s %-16s %8s %8s %8s %6s %8s", "année", "scénario", "assiette", "réservés", "taux", "flux", "objectif"));
      for (AnneeProjetee a : c.annees()) {
        out.println(String.format("  %-6d %-16s %8d %8d %8s %6d %8d", a.annee(), a.scenario().libelle(), a.assiette(), a.reserves(),
            a.taux().toPourcentFrancais(), a.flux(), a.objectif()));
        if (explication) {
          out.print(a.explication().toTexte());
        }
      }
    }
    if (sortie != null) {
      List<String> ecrits = new ArrayList<>();
      SortiesExercice.ecrire(sortie, "projection.csv", Tables.PROJECTION.csv(LigneProjection.de(pr)), ecrits);
      SortiesExercice.ecrire(sortie, PagesHtml.PROJECTION, PagesHtml.projection(ModelesPages.projection(resultat.exercice(), pr)), ecrits);
      err.println(String.join(", ", ecrits) + " écrits dans " + sortie);
    }
    out.flush();
    err.flush();
    return code[0];
  }
}
