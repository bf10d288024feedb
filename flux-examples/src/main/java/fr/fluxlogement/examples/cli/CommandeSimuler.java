package fr.fluxlogement.examples.cli;

import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.CleReservataire;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.examples.simulation.SimulationOrientation;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code flux simuler} : oriente une année synthétique et imprime les écarts ; dernière ligne
 * exactement {@code ecart-max-global=X ecart-max-categorie=Y}.
 */
@Command(name = "simuler", description = "Oriente une année synthétique de logements libérés et mesure les écarts aux taux "
    + "(global à chaque préfixe, par catégorie en fin d'année).")
final class CommandeSimuler implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Option(names = "--logements", defaultValue = "2000", description = "nombre de logements libérés (défaut : ${DEFAULT-VALUE})")
  private int logements;

  @Option(names = "--graine", defaultValue = "42", description = "graine du tirage (défaut : ${DEFAULT-VALUE})")
  private long graine;

  @Option(names = "--taux", defaultValue = "ETAT-PRIORITAIRES=25%,ETAT-AGENTS=5%,ACTION-LOGEMENT=22%,COMMUNE-01281=4%,DEPARTEMENT-01=2%",
      description = "taux des réservataires, la part du bailleur étant le reste (défaut : ${DEFAULT-VALUE})")
  private String taux;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Bailleur bailleur = new Bailleur("BAILLEUR", "le bailleur");
    Map<Reservataire, Taux> t = new LinkedHashMap<>();
    Fraction somme = Fraction.ZERO;
    for (String paire : taux.split(",")) {
      String[] kv = paire.split("=", 2);
      if (kv.length != 2) {
        spec.commandLine().getErr().println("flux : taux attendu sous la forme CLE=valeur : « " + paire + " »");
        return 2;
      }
      Reservataire r = CommandeSimuler.reservataire(kv[0].strip());
      if (r == null) {
        spec.commandLine().getErr().println("flux : réservataire inconnu : « " + kv[0] + " »");
        return 2;
      }
      Taux x;
      try {
        x = Taux.of(fr.fluxlogement.core.format.Nombres.fraction(kv[1].strip()));
      } catch (IllegalArgumentException | ArithmeticException e) {
        spec.commandLine().getErr().println("flux : taux invalide : « " + kv[1] + " »");
        return 2;
      }
      if (t.put(r, x) != null) {
        spec.commandLine().getErr().println("flux : réservataire répété dans --taux : « " + kv[0].strip() + " »");
        return 2;
      }
      somme = somme.plus(x.valeur());
    }
    if (somme.compareTo(Fraction.UN) > 0 || logements < 1) {
      spec.commandLine().getErr().println("flux : les taux dépassent 100 % ou le nombre de logements est nul");
      return 2;
    }
    if (logements > MAX_LOGEMENTS) {
      spec.commandLine().getErr().println("flux : au plus " + MAX_LOGEMENTS + " logements simulés (--logements " + logements + ")");
      return 2;
    }
    t.put(bailleur.partNonReservee(), Taux.of(Fraction.UN.moins(somme)));
    SimulationOrientation s = SimulationOrientation.simuler(t, logements, graine);
    out.printf("%d logements, graine %d%n", logements, graine);
    for (Reservataire r : s.moteur().parties()) {
      out.printf("  %-40s taux %8s  reçus %6d%n", r.libelle(), Taux.of(s.moteur().taux(r)).toPourcentFrancais(), s.etat().imputes(r));
    }
    out.println("ecart-max-global=" + s.ecartGlobal().toDecimalFrancais(3).replace(',', '.') + " ecart-max-categorie="
        + s.ecartCategorie().toDecimalFrancais(3).replace(',', '.'));
    return 0;
  }

  /** Le nombre maximal de logements simulés : quelques secondes de calcul. */
  static final int MAX_LOGEMENTS = 100_000;

  /**
   * Le réservataire d'une clé de l'option {@code --taux}, lue par {@link CleReservataire#parse} comme
   * partout ailleurs ; le nom d'une collectivité est son code.
   *
   * @param cle la clé, par exemple {@code COMMUNE-01281}
   * @return le réservataire, ou {@code null} si la clé est illisible
   */
  static Reservataire reservataire(String cle) {
    Resultat<CleReservataire> k = CleReservataire.parse(cle, "--taux");
    return k.valeur().map(x -> x.reservataire(x.code().isEmpty() ? x.toString() : x.code())).orElse(null);
  }
}
