package fr.fluxlogement.examples.cas;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.explication.Explication;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.rendu.json.CatalogueJson;
import java.util.List;
import java.util.Map;

/**
 * Le résultat d'un dossier de cas : ses figures à plat, ses anomalies, les explications des
 * figures et les figures attendues qu'il déclare.
 *
 * @param figures les figures calculées, clé pointée → texte
 * @param anomalies toutes les anomalies (lecture et calcul)
 * @param explications les explications des figures
 * @param attendu les figures attendues, à plat
 */
public record ResultatCas(Map<String, String> figures, List<Anomalie> anomalies, List<Explication> explications, Map<String, String> attendu) {

  /** Les figures en JSON (clés triées). */
  public String toJson() {
    ObjectNode o = CatalogueJson.objet();
    new java.util.TreeMap<>(figures).forEach(o::put);
    return CatalogueJson.texte(o).stripTrailing();
  }

  /** Les explications en texte français, puis les anomalies. */
  public String toExplication() {
    StringBuilder sb = new StringBuilder();
    for (Explication e : explications) {
      sb.append(e.toTexte());
    }
    for (Anomalie a : anomalies) {
      sb.append(a.toTexte()).append('\n');
    }
    return sb.toString();
  }
}
