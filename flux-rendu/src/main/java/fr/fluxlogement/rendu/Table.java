package fr.fluxlogement.rendu;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.format.Csv;
import fr.fluxlogement.core.quantite.Taux;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Une table typée : des colonnes sur des lignes d'un type donné (des enregistrements), rendue en CSV
 * pour tableur français (séparateur {@code ;}, BOM, cellules neutralisées contre l'injection de
 * formules, {@link Csv#cellule}) ou en JSON (les comptes en nombres, les taux en pour cent français).
 * Une figure de plus est une colonne de plus, ici seulement.
 *
 * @param <R> le type des lignes
 * @param colonnes les colonnes, dans l'ordre
 */
public record Table<R>(List<Colonne<R>> colonnes) {

  private static final JsonNodeFactory NOEUDS = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Fige. */
  public Table {
    colonnes = List.copyOf(colonnes);
  }

  /**
   * Une table de colonnes.
   *
   * @param <R> le type des lignes
   * @param colonnes les colonnes
   * @return la table
   */
  public static <R> Table<R> of(List<Colonne<R>> colonnes) {
    return new Table<>(colonnes);
  }

  /**
   * La valeur d'une cellule en texte : un taux en pour cent français, une liste jointe par des
   * virgules, le reste par {@code toString}.
   *
   * @param v la valeur
   * @return le texte
   */
  public static String texte(Object v) {
    if (v instanceof Taux t) {
      return t.toPourcentFrancais();
    }
    if (v instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return String.valueOf(v);
  }

  private List<Colonne<R>> presentes(List<R> lignes) {
    List<Colonne<R>> l = new ArrayList<>();
    for (Colonne<R> c : colonnes) {
      if (!c.facultative() || lignes.stream().anyMatch(r -> c.lire(r).isPresent())) {
        l.add(c);
      }
    }
    return l;
  }

  /**
   * Les lignes en CSV : BOM, en-tête, une ligne par enregistrement, fins de ligne {@code \r\n}.
   *
   * @param lignes les lignes
   * @return le CSV
   */
  public String csv(List<R> lignes) {
    StringBuilder sb = new StringBuilder(Csv.BOM);
    if (lignes.isEmpty()) {
      return sb.toString();
    }
    List<Colonne<R>> cs = presentes(lignes);
    sb.append(cs.stream().map(c -> Csv.cellule(c.entete())).collect(Collectors.joining(";"))).append("\r\n");
    for (R r : lignes) {
      sb.append(cs.stream().map(c -> Csv.cellule(c.lire(r).map(Table::texte).orElse(""))).collect(Collectors.joining(";"))).append("\r\n");
    }
    return sb.toString();
  }

  /**
   * Une ligne en objet JSON : les colonnes facultatives sans valeur omises.
   *
   * @param ligne la ligne
   * @return l'objet
   */
  public ObjectNode objet(R ligne) {
    ObjectNode o = NOEUDS.objectNode();
    for (Colonne<R> c : colonnes) {
      Optional<Object> v = c.lire(ligne);
      v.ifPresent(x -> o.set(c.entete(), noeud(x)));
    }
    return o;
  }

  /**
   * Les lignes en tableau JSON.
   *
   * @param lignes les lignes
   * @return le tableau
   */
  public ArrayNode tableau(List<R> lignes) {
    ArrayNode a = NOEUDS.arrayNode();
    lignes.forEach(r -> a.add(objet(r)));
    return a;
  }

  private static JsonNode noeud(Object v) {
    if (v instanceof Long || v instanceof Integer) {
      return NOEUDS.numberNode(((Number) v).longValue());
    }
    if (v instanceof Boolean b) {
      return NOEUDS.booleanNode(b);
    }
    return NOEUDS.textNode(texte(v));
  }

  /**
   * Un nœud JSON en texte indenté, terminé par un saut de ligne.
   *
   * @param noeud le nœud
   * @return le JSON
   */
  public static String json(JsonNode noeud) {
    Objects.requireNonNull(noeud, "noeud");
    try {
      return JSON.writeValueAsString(noeud) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("nœud non sérialisable en JSON", e);
    }
  }

  /**
   * Une ligne en JSON indenté.
   *
   * @param ligne la ligne
   * @return le JSON
   */
  public String json(R ligne) {
    return json(objet(ligne));
  }
}
