package fr.fluxlogement.serveur;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.examples.cas.DossierCas;
import fr.fluxlogement.examples.cas.ResultatCas;
import fr.fluxlogement.examples.lecture.LectureYaml;
import fr.fluxlogement.rendu.json.CatalogueJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * {@code POST /v1/cas} et {@code POST /v1/cas/verification} : un dossier de cas ({@code docs/cas.md},
 * YAML ou JSON) calculé par {@link DossierCas} : ses figures, ses anomalies et ses explications, ou sa
 * vérification contre ses figures attendues ({@code attendu}). Les sections {@code exercice} et
 * {@code projection}, qui citent un dossier du disque, sont refusées : le service ne lit aucun
 * fichier désigné par une requête.
 */
final class RouteCas {

  /** Les sections qui citent un chemin du disque. */
  static final Set<String> SECTIONS_REFUSEES = Set.of("exercice", "projection");

  private RouteCas() {}

  /**
   * Les figures d'un dossier de cas.
   *
   * @param corps le dossier
   * @return {@code {figures, anomalies, explications}}
   * @throws ErreurHttp 400 si le dossier est illisible, cite le disque ou a une anomalie d'erreur
   */
  static String figures(String corps) {
    ResultatCas r = calculer(corps);
    if (r.anomalies().stream().anyMatch(Anomalie::isErreur)) {
      throw ErreurHttp.of(400, r.anomalies());
    }
    ObjectNode o = CatalogueJson.objet();
    o.set("figures", figures(r.figures()));
    o.set("anomalies", anomalies(r.anomalies()));
    ArrayNode ex = o.putArray("explications");
    for (Explication e : r.explications()) {
      ex.add(CatalogueJson.explication(e));
    }
    return CatalogueJson.texte(o);
  }

  /**
   * La vérification d'un dossier de cas : ses figures attendues comparées aux calculées, comme
   * {@code flux verifier} (une anomalie attendue par {@code attendu.anomalies} passe).
   *
   * @param corps le dossier
   * @return {@code {passe, differences, attendu, figures, anomalies}}
   * @throws ErreurHttp 400 si le dossier est illisible ou cite le disque
   */
  static String verification(String corps) {
    ResultatCas r = calculer(corps);
    List<String> d = DossierCas.differences(r);
    ObjectNode o = CatalogueJson.objet();
    o.put("passe", d.isEmpty());
    ArrayNode diff = o.putArray("differences");
    d.forEach(diff::add);
    o.set("attendu", figures(r.attendu()));
    o.set("figures", figures(r.figures()));
    o.set("anomalies", anomalies(r.anomalies()));
    return CatalogueJson.texte(o);
  }

  private static ResultatCas calculer(String corps) {
    List<Anomalie> lecture = new ArrayList<>();
    Optional<Node> racine = LectureYaml.composer(corps, lecture);
    if (!lecture.isEmpty()) {
      throw ErreurHttp.of(400, lecture);
    }
    if (racine.isPresent() && racine.get() instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && SECTIONS_REFUSEES.contains(k.getValue())) {
          throw ErreurHttp.of(CodeServeur.SECTION_REFUSEE, k.getValue(), "section « " + k.getValue()
              + " » refusée : le service ne lit pas de dossier du disque (voir POST /v1/exercice et les rapports du dossier servi)");
        }
      }
    }
    return DossierCas.calculer(corps, Path.of(""));
  }

  private static ObjectNode figures(Map<String, String> f) {
    ObjectNode o = CatalogueJson.objet();
    new TreeMap<>(f).forEach(o::put);
    return o;
  }

  private static ArrayNode anomalies(List<Anomalie> l) {
    ArrayNode a = CatalogueJson.tableau();
    l.forEach(x -> a.add(CatalogueJson.anomalie(x)));
    return a;
  }
}
