package fr.fluxlogement.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.format.CompteRenduLecture;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.core.format.LecteurRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.CalculAssiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rendu.json.CatalogueJson;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code flux assiette --rpls FICHIER [--commune CODE]… --annee N [--format text|csv|json]} :
 * l'assiette d'une ou plusieurs communes (toutes celles du fichier si aucune n'est nommée) depuis un
 * fichier RPLS, comptée à la lecture sans garder les logements.
 */
@Command(name = "assiette", description = "Calcule l'assiette (convention art. 2 du plan par défaut ; CCH R.441-5) de chaque commune "
    + "nommée, ou de toutes les communes du fichier, pour une année depuis un fichier RPLS (collecte ou données publiques, latin-1 "
    + "ou UTF-8), en texte expliqué, en CSV pour tableur français ou en JSON, avec le compte des lignes lues.")
final class CommandeAssiette implements Callable<Integer> {

  /** Les lignes d'assiette en nœuds JSON (nombres en nombres, dans l'ordre des colonnes). */
  private static final ObjectMapper ARBRES = new ObjectMapper();

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  private OptionsAide aide;

  @Option(names = "--rpls", required = true, paramLabel = "FICHIER", description = "le fichier RPLS")
  private Path rpls;

  @Option(names = "--commune", paramLabel = "CODE", description = "le code INSEE d'une commune (répétable ; aucune : toutes)")
  private List<String> communes = new ArrayList<>();

  @Option(names = "--annee", required = true, paramLabel = "N", description = "l'année de l'assiette")
  private int annee;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|csv|json", description = "format de sortie (défaut : ${DEFAULT-VALUE})")
  private String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("text", "csv", "json").contains(format)) {
      err.println("flux : format inconnu « " + format + " » (text, csv ou json)");
      return 2;
    }
    if (!fr.fluxlogement.core.format.Dates.isAnneeAdmise(annee)) {
      err.println("flux : année hors du domaine 1900-2100 : " + annee);
      return 2;
    }
    TreeMap<String, CalculAssiette.Compteur> parCommune = new TreeMap<>();
    for (String code : communes) {
      if (!Commune.isValide(code)) {
        err.println("flux : code INSEE de commune invalide : « " + code + " »");
        return 2;
      }
      parCommune.put(code, CalculAssiette.compteurSansDoublons(annee, Commune.of(code)));
    }
    if (Fichiers.manque(err, rpls)) {
      return 2;
    }
    boolean toutes = communes.isEmpty();
    Charset cs = Fichiers.encodage(rpls);
    Fichiers.Lignes lues = Fichiers.lignes(rpls, cs);
    // mémoire bornée : les logements sont comptés sans être gardés ; les identifiants répétés sont
    // repérés par un filtre de Bloom (taille fixée par celle du fichier), puis vérifiés exactement
    // par une seconde lecture des seuls identifiants suspects
    FiltreDeBloom filtre = new FiltreDeBloom(java.nio.file.Files.size(rpls) / 40);
    java.util.Set<String> suspects = new java.util.HashSet<>();
    CompteRenduLecture b = LecteurRpls.lire(lues, l -> {
      String code = l.localisation().commune().code();
      CalculAssiette.Compteur c = toutes ? parCommune.computeIfAbsent(code, k -> CalculAssiette.compteurSansDoublons(annee, Commune.of(k)))
          : parCommune.get(code);
      if (c != null) {
        if (filtre.ajouter(l.identifiant())) {
          suspects.add(l.identifiant());
        }
        c.ajouter(l);
      }
    });
    java.util.Set<String> communesEnDoublon = doublons(suspects, cs, parCommune.keySet(), toutes, err);
    b.anomalies().forEach(a -> err.println(rpls + " : " + a.toTexte()));
    if (b.anomaliesTotal() > b.anomalies().size()) {
      err.println("flux : " + (b.anomaliesTotal() - b.anomalies().size()) + " autres anomalies non affichées");
    }
    lues.melange().ifPresent(m -> err.println(rpls + " : " + m));
    if (b.lues() == 0) {
      err.println(rpls + " : aucune ligne de données");
    }
    boolean ok = b.rejetees() == 0 && b.anomaliesTotal() == 0 && b.lues() > 0;
    List<Assiette> assiettes = new ArrayList<>();
    ok &= communesEnDoublon.isEmpty();
    for (Map.Entry<String, CalculAssiette.Compteur> e : parCommune.entrySet()) {
      if (communesEnDoublon.contains(e.getKey())) {
        continue;
      }
      var v = e.getValue().toAssiette();
      if (v.isValide()) {
        assiettes.add(v.valeurOuLever());
      } else {
        ok = false;
        v.erreurs().forEach(a -> err.println(rpls + " : commune " + e.getKey() + " : " + a.toTexte()));
      }
    }
    String resume = "encodage " + cs.name() + " ; " + b.resume();
    switch (format) {
      case "csv" -> {
        List<Map<String, Object>> lignes = new ArrayList<>();
        assiettes.forEach(a -> lignes.add(ligne(a)));
        out.print(Csv.ecrire(lignes));
        err.println(resume);
      }
      case "json" -> {
        ObjectNode racine = CatalogueJson.objet();
        racine.put("annee", annee);
        ArrayNode l = racine.putArray("assiettes");
        for (Assiette a : assiettes) {
          ObjectNode o = ARBRES.valueToTree(ligne(a));
          o.set("explication", CatalogueJson.explication(a.explication()));
          l.add(o);
        }
        ObjectNode lecture = racine.putObject("lecture");
        lecture.put("lues", b.lues());
        lecture.put("acceptees", b.acceptees());
        lecture.put("rejetees", b.rejetees());
        out.print(CatalogueJson.texte(racine));
        err.println(resume);
      }
      default -> {
        assiettes.forEach(a -> out.print(a.explication().toTexte()));
        out.println(resume);
      }
    }
    out.flush();
    return ok ? 0 : 1;
  }

  /**
   * La seconde lecture, s'il y a des identifiants suspects : chaque identifiant vraiment répété
   * (parmi les logements des communes demandées) est une anomalie à son rang, et sa commune n'a pas
   * d'assiette (comme {@link CalculAssiette#calculer} sur un parc à doublon).
   */
  private java.util.Set<String> doublons(java.util.Set<String> suspects, Charset cs, java.util.Set<String> demandees, boolean toutes,
      PrintWriter err) throws java.io.IOException {
    java.util.Set<String> communes = new java.util.TreeSet<>();
    if (suspects.isEmpty()) {
      return communes;
    }
    java.util.Set<String> vus = new java.util.HashSet<>();
    long[] rang = new long[1];
    LecteurRpls.lire(Fichiers.lignes(rpls, cs), l -> {
      String code = l.localisation().commune().code();
      if (!toutes && !demandees.contains(code)) {
        return;
      }
      long i = rang[0]++;
      if (suspects.contains(l.identifiant()) && !vus.add(l.identifiant())) {
        communes.add(code);
        err.println(rpls + " : parc[" + i + "].identifiant : le logement « " + l.identifiant()
            + " » apparaît deux fois dans le parc [DOUBLON] (" + fr.fluxlogement.core.reference.References.ARRETE_RPLS.citation() + ")");
      }
    });
    return communes;
  }

  /** Les figures d'une assiette, colonnes fixes (toutes les typologies et tous les financements). */
  private static Map<String, Object> ligne(Assiette a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("commune", a.territoire().code());
    m.put("annee", a.annee());
    m.put("parc", a.parc().total());
    m.put("assiette", a.taille());
    for (MotifExclusion x : MotifExclusion.values()) {
      m.put("exclus_" + x.name().toLowerCase(java.util.Locale.ROOT), a.exclus(x));
    }
    for (Typologie t : Typologie.values()) {
      m.put(t.name(), a.retenus().parTypologie().getOrDefault(t, 0L));
    }
    for (Financement f : Financement.values()) {
      m.put(f.name(), a.retenus().parFinancement().getOrDefault(f, 0L));
    }
    m.put("en_qpv", a.retenus().enQpv());
    m.put("hors_qpv", a.retenus().horsQpv());
    return m;
  }
}
