package fr.fluxlogement.rendu.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Reference;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * L'écriture commune des deux formats : nœuds dans un ordre de clés fixé par le code, nombres
 * exacts, fractions en texte {@code "25/142"}, références en objets, et une mise en page stable
 * (deux espaces, fin de ligne {@code \n}) : un même objet donne toujours les mêmes octets.
 */
final class Ecriture {

  private Ecriture() {}

  static final JsonNodeFactory NOEUDS = JsonNodeFactory.instance;

  private static final ObjectWriter ECRIVAIN = ecrivain();

  private static ObjectWriter ecrivain() {
    ObjectMapper m = JsonMapper.builder().nodeFactory(NOEUDS).build();
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(indent).withArrayIndenter(indent);
    return m.writer(pp);
  }

  static String texte(JsonNode racine) {
    try {
      return ECRIVAIN.writeValueAsString(racine) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode objet() {
    return NOEUDS.objectNode();
  }

  static ArrayNode tableau() {
    return NOEUDS.arrayNode();
  }

  /** Un nombre décimal, tel quel (ni zéros retirés ni exposant changé). */
  static void decimal(ObjectNode o, String cle, BigDecimal d) {
    o.set(cle, DecimalNode.valueOf(d));
  }

  static String fraction(Fraction f) {
    return f.toString();
  }

  static String taux(Taux t) {
    return t.valeur().toString();
  }

  static void date(ObjectNode o, String cle, Optional<LocalDate> d) {
    d.ifPresent(x -> o.put(cle, x.toString()));
  }

  static void texte(ObjectNode o, String cle, Optional<String> t) {
    t.ifPresent(x -> o.put(cle, x));
  }

  /** La clé d'un réservataire et, s'il en a un, son nom au champ {@code nom_<cle>}. */
  static void reservataire(ObjectNode o, String cle, Reservataire r) {
    o.put(cle, r.cle());
    Cles.nom(r).ifPresent(n -> o.put("nom_" + cle, n));
  }

  static ObjectNode bailleur(Bailleur b) {
    ObjectNode o = objet();
    o.put("identifiant", b.identifiant());
    o.put("nom", b.nom());
    return o;
  }

  /** Une référence, en objet aux six clés (les absentes à {@code null}). */
  static ObjectNode reference(Reference r) {
    ObjectNode o = objet();
    o.put("texte", r.texte());
    o.put("article", r.article());
    o.put("alinea", r.alinea().orElse(null));
    o.put("legiarti", r.legiarti().orElse(null));
    o.put("url", r.url().orElse(null));
    o.put("clause", r.clause().map(Enum::name).orElse(null));
    return o;
  }

  /** Un arbre d'explication : libellé, valeur, formule, références en objets, enfants. */
  static ObjectNode explication(Explication e) {
    ObjectNode o = objet();
    o.put("libelle", e.libelle());
    o.put("valeur", e.valeur());
    o.put("formule", e.formule());
    ArrayNode refs = o.putArray("references");
    e.references().forEach(r -> refs.add(reference(r)));
    ArrayNode enfants = o.putArray("enfants");
    e.enfants().forEach(x -> enfants.add(explication(x)));
    return o;
  }

  static ArrayNode explications(List<Explication> l) {
    ArrayNode a = tableau();
    l.forEach(e -> a.add(explication(e)));
    return a;
  }

  /** Une anomalie : code, chemin, ligne, message, référence, gravité. */
  static ObjectNode anomalie(Anomalie a) {
    ObjectNode o = objet();
    o.put("code", a.code().name());
    o.put("chemin", a.chemin());
    if (a.ligne().isPresent()) {
      o.put("ligne", a.ligne().getAsLong());
    } else {
      o.putNull("ligne");
    }
    o.put("message", a.message());
    if (a.reference().isPresent()) {
      o.set("reference", reference(a.reference().get()));
    } else {
      o.putNull("reference");
    }
    o.put("gravite", a.gravite().name());
    return o;
  }

  static ArrayNode anomalies(List<Anomalie> l) {
    ArrayNode a = tableau();
    l.forEach(x -> a.add(anomalie(x)));
    return a;
  }

  /** Une valeur de carte générique (texte, nombre, booléen, liste, carte), dans l'ordre donné. */
  static JsonNode valeur(Object v) {
    if (v == null) {
      return NOEUDS.nullNode();
    }
    if (v instanceof Boolean b) {
      return NOEUDS.booleanNode(b);
    }
    if (v instanceof Integer i) {
      return NOEUDS.numberNode(i);
    }
    if (v instanceof Long l) {
      return NOEUDS.numberNode(l);
    }
    if (v instanceof BigInteger b) {
      return NOEUDS.numberNode(b);
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = objet();
      m.forEach((k, x) -> o.set(String.valueOf(k), valeur(x)));
      return o;
    }
    if (v instanceof List<?> l) {
      ArrayNode a = tableau();
      l.forEach(x -> a.add(valeur(x)));
      return a;
    }
    return NOEUDS.textNode(v.toString());
  }
}
