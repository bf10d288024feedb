package fr.fluxlogement.rendu.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.parametre.Chronologie;
import fr.fluxlogement.core.parametre.Parametre;
import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.reference.Reference;
import java.util.List;
import java.util.Objects;

/**
 * Les pièces des formats JSON de flux, rendues une à une pour qui compose ses propres documents (un
 * service, un rapport) : une anomalie, une référence, une explication, les paramètres datés, dans
 * les formes décrites par {@code docs/json.md}, et l'écriture déterministe commune (deux espaces,
 * fin de ligne {@code \n}).
 */
public final class CatalogueJson {

  /** Le nom du format des paramètres datés. */
  public static final String FORMAT_PARAMETRES = "flux-parametres";

  /** Le nom du format du catalogue des références. */
  public static final String FORMAT_REFERENCES = "flux-references";

  /** La version des deux formats. */
  public static final int VERSION = 1;

  private CatalogueJson() {}

  /**
   * Un objet vide, dont les clés garderont l'ordre d'insertion.
   *
   * @return l'objet
   */
  public static ObjectNode objet() {
    return Ecriture.objet();
  }

  /**
   * Un tableau vide.
   *
   * @return le tableau
   */
  public static ArrayNode tableau() {
    return Ecriture.tableau();
  }

  /**
   * Une anomalie : {@code code}, {@code chemin}, {@code ligne}, {@code message}, {@code reference},
   * {@code gravite}.
   *
   * @param a l'anomalie
   * @return l'objet JSON
   */
  public static ObjectNode anomalie(Anomalie a) {
    return Ecriture.anomalie(Objects.requireNonNull(a, "anomalie"));
  }

  /**
   * Une référence, en objet aux six clés ({@code null} pour les absentes).
   *
   * @param r la référence
   * @return l'objet JSON
   */
  public static ObjectNode reference(Reference r) {
    return Ecriture.reference(Objects.requireNonNull(r, "reference"));
  }

  /**
   * Un arbre d'explication : {@code libelle}, {@code valeur}, {@code formule}, {@code references},
   * {@code enfants}.
   *
   * @param e l'explication
   * @return l'objet JSON
   */
  public static ObjectNode explication(Explication e) {
    return Ecriture.explication(Objects.requireNonNull(e, "explication"));
  }

  /**
   * Les paramètres datés d'un jeu, dans l'ordre de déclaration : pour chacun son nom, son libellé, le
   * type de sa valeur et sa chronologie entière (valeurs datées de {@code flux-exercice} : début,
   * fin, valeur, source, provenance).
   *
   * @param p le jeu de paramètres
   * @return le document {@code flux-parametres}
   */
  public static ObjectNode parametres(Parametres p) {
    return parametres(p, java.util.Optional.empty());
  }

  /**
   * Les paramètres datés d'un jeu, réduits aux valeurs qui s'appliquent à une date ({@link
   * fr.fluxlogement.core.parametre.ValeurDatee#couvre}) : le même document que {@link
   * #parametres(Parametres)}, une valeur au plus par paramètre.
   *
   * @param p le jeu de paramètres
   * @param date la date
   * @return le document {@code flux-parametres}
   */
  public static ObjectNode parametres(Parametres p, java.time.LocalDate date) {
    return parametres(p, java.util.Optional.of(Objects.requireNonNull(date, "date")));
  }

  private static ObjectNode parametres(Parametres p, java.util.Optional<java.time.LocalDate> date) {
    ObjectNode o = Ecriture.objet();
    o.put("format", FORMAT_PARAMETRES);
    o.put("version", VERSION);
    ArrayNode a = o.putArray("parametres");
    for (Parametre<?> cle : p.cles()) {
      ObjectNode x = a.addObject();
      x.put("parametre", cle.nom());
      x.put("libelle", cle.libelle());
      x.put("type", cle.type().getSimpleName());
      ArrayNode valeurs = x.putArray("valeurs");
      Chronologie<?> c = p.chronologie(cle);
      c.valeurs().stream().filter(v -> date.map(v::couvre).orElse(true)).forEach(v -> valeurs.add(ExerciceJson.valeurDatee(v)));
    }
    return o;
  }

  /**
   * Un catalogue de références, dans l'ordre donné, chacune avec sa citation française.
   *
   * @param references les références
   * @return le document {@code flux-references}
   */
  public static ObjectNode references(List<Reference> references) {
    ObjectNode o = Ecriture.objet();
    o.put("format", FORMAT_REFERENCES);
    o.put("version", VERSION);
    ArrayNode a = o.putArray("references");
    for (Reference r : references) {
      ObjectNode x = reference(r);
      x.put("citation", r.citation());
      a.add(x);
    }
    return o;
  }

  /**
   * L'écriture déterministe d'un nœud : un même nœud donne toujours les mêmes octets.
   *
   * @param racine le nœud
   * @return le texte JSON, terminé par une fin de ligne
   */
  public static String texte(JsonNode racine) {
    return Ecriture.texte(racine);
  }
}
