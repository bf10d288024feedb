package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rendu.json.CatalogueJson;
import fr.fluxlogement.rendu.parametres.LigneParametre;
import fr.fluxlogement.rendu.parametres.LigneReference;
import fr.fluxlogement.rendu.parametres.RenduParametres;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code flux parametres [--date AAAA-MM-JJ] [--references] [--format text|csv|json]} : chaque
 * paramètre avec ses valeurs datées, qui les a fixées, le texte qui les fonde et son lien
 * Légifrance ; ou, avec {@code --references}, le catalogue des références. En JSON, les documents
 * {@code flux-parametres} et {@code flux-references} de {@link CatalogueJson}, ceux du service.
 */
@Command(name = "parametres", description = "Liste chaque paramètre avec ses valeurs datées, leur provenance, leur source et son "
    + "lien Légifrance (ou, avec --references, le catalogue des références).")
final class CommandeParametres implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", description = "seulement les valeurs qui s'appliquent ce jour-là")
  private String date;

  @Option(names = "--references", description = "le catalogue des références plutôt que les paramètres")
  private boolean references;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|csv|json", description = "format de sortie (défaut : ${DEFAULT-VALUE})")
  private String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("text", "csv", "json").contains(format)) {
      err.println("flux : format inconnu « " + format + " » (text, csv ou json)");
      return 2;
    }
    List<LigneParametre> lignes;
    LocalDate jour = null;
    if (date == null) {
      lignes = LigneParametre.lignes(Parametres.nationaux());
    } else {
      try {
        jour = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        err.println("flux : --date attend une date AAAA-MM-JJ : « " + (date.length() > 40 ? date.substring(0, 40) + "…" : date) + " »");
        return 2;
      }
      if (jour.isBefore(Parametres.DOMAINE_DEBUT) || jour.isAfter(Parametres.DOMAINE_FIN)) {
        err.println("flux : --date hors du domaine de la bibliothèque (" + Parametres.DOMAINE_DEBUT + " au " + Parametres.DOMAINE_FIN + ")");
        return 2;
      }
      lignes = LigneParametre.lignes(Parametres.nationaux(), jour);
    }
    List<LigneReference> refs = LigneReference.lignes();
    switch (format) {
      case "csv" -> out.print(references ? RenduParametres.REFERENCES.csv(refs) : RenduParametres.PARAMETRES.csv(lignes));
      case "json" -> out.print(CatalogueJson.texte(references ? CatalogueJson.references(References.toutes())
          : jour == null ? CatalogueJson.parametres(Parametres.nationaux()) : CatalogueJson.parametres(Parametres.nationaux(), jour)));
      default -> out.print(references ? RenduParametres.texteReferences(refs) : RenduParametres.texte(lignes));
    }
    out.flush();
    return 0;
  }
}
