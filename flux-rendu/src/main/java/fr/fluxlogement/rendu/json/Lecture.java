package fr.fluxlogement.rendu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import fr.fluxlogement.core.acteur.Bailleur;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.reference.Clause;
import fr.fluxlogement.core.reference.Reference;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Territoire;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * La lecture bornée d'un document JSON : l'analyse par Jackson sous limites (taille, profondeur,
 * longueur des nombres et des textes), puis des accès typés qui notent chaque problème en anomalie
 * au chemin du champ ({@code conventions[2].territoire}) au lieu de lever une exception.
 */
final class Lecture {

  /** Taille maximale d'un document, en caractères. */
  static final int MAX_CARACTERES = 16 * 1024 * 1024;

  /** Profondeur maximale d'imbrication des objets et tableaux. */
  static final int MAX_PROFONDEUR = 64;

  /** Nombre maximal de caractères d'un nombre JSON. */
  static final int MAX_CHIFFRES = 40;

  /** Exposant décimal maximal (en valeur absolue) d'un nombre décimal. */
  static final int MAX_EXPOSANT = 40;

  /** Longueur maximale d'un texte. */
  static final int MAX_TEXTE = 100_000;

  private static final Pattern FRACTION = Pattern.compile("\\s*-?\\d{1,40}\\s*/\\s*\\d{1,40}\\s*");
  private static final Pattern DECIMAL = Pattern.compile("\\s*-?\\d{1,40}([.,]\\d{1,40})?\\s*(%)?\\s*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final ObjectMapper MAPPER = mapper();

  private static ObjectMapper mapper() {
    JsonFactory f = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_PROFONDEUR)
            .maxNumberLength(MAX_CHIFFRES)
            .maxStringLength(MAX_TEXTE)
            .maxNameLength(MAX_TEXTE)
            .maxDocumentLength(MAX_CARACTERES)
            .build())
        .build();
    return JsonMapper.builder(f)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  final List<Anomalie> anomalies = new ArrayList<>();

  /**
   * Analyse un texte JSON sous les limites.
   *
   * @param json le texte
   * @return sa racine, ou vide avec l'anomalie notée
   */
  Optional<JsonNode> analyser(String json) {
    if (json == null) {
      erreur(CodeAnomalie.CHAMP_MANQUANT, "", "document absent");
      return Optional.empty();
    }
    if (json.length() > MAX_CARACTERES) {
      erreur(CodeAnomalie.DEBORDEMENT, "", "document de " + json.length() + " caractères, plus que la limite de " + MAX_CARACTERES);
      return Optional.empty();
    }
    JsonParser p = null;
    try {
      p = MAPPER.createParser(json);
      JsonNode n = MAPPER.readTree(p);
      if (n == null || n.isMissingNode()) {
        erreur(CodeAnomalie.FORMAT_INVALIDE, "", "document vide");
        return Optional.empty();
      }
      return Optional.of(n);
    } catch (StreamConstraintsException e) {
      anomalies.add(new Anomalie(CodeAnomalie.DEBORDEMENT, chemin(p), ligne(e.getLocation()), limite(e.getOriginalMessage()),
          Optional.empty(), fr.fluxlogement.core.anomalie.Gravite.ERREUR));
    } catch (JsonProcessingException e) {
      anomalies.add(new Anomalie(CodeAnomalie.FORMAT_INVALIDE, chemin(p), ligne(e.getLocation()),
          "JSON mal formé : " + francais(e), Optional.empty(),
          fr.fluxlogement.core.anomalie.Gravite.ERREUR));
    } catch (IOException | RuntimeException e) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin(p), "JSON illisible : " + e.getClass().getSimpleName());
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern CARACTERE = java.util.regex.Pattern.compile("\\('(.{1,2})' \\(code (\\d+)\\)\\)");
  private static final java.util.regex.Pattern JETON = java.util.regex.Pattern.compile("token '([^']{0,40})");

  /**
   * Le message d'une erreur de syntaxe de Jackson, en français : la nature de l'erreur et sa colonne,
   * jamais le texte anglais de l'analyseur.
   */
  static String francais(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    String quoi;
    java.util.regex.Matcher c = CARACTERE.matcher(m);
    java.util.regex.Matcher j = JETON.matcher(m);
    if (m.startsWith("Unexpected end-of-input")) {
      quoi = "fin du document inattendue (objet ou tableau non fermé, ou texte tronqué)";
    } else if (m.startsWith("Duplicate field")) {
      quoi = "clé répétée dans un même objet";
    } else if (m.startsWith("Invalid UTF-8") || m.contains("Invalid UTF-8")) {
      quoi = "octets qui ne sont pas de l'UTF-8 valide";
    } else if (m.startsWith("Illegal unquoted character")) {
      quoi = "caractère de contrôle non échappé dans une chaîne";
    } else if (m.contains("numeric value") || m.contains("Leading zeroes") || m.contains("Invalid number")) {
      quoi = "nombre mal écrit";
    } else if (m.startsWith("Unrecognized token") && j.find()) {
      quoi = "mot inconnu « " + Cles.court(j.group(1)) + " » (attendu : une chaîne entre guillemets, un nombre, true, false ou null)";
    } else if (m.startsWith("Unexpected character") && c.find()) {
      int code = Integer.parseInt(c.group(2));
      String car = code < 32 || code == 127 ? "U+" + String.format("%04X", code) : c.group(1);
      quoi = "caractère inattendu « " + car + " »" + (m.contains("double-quote to start field name") ? " là où une clé entre guillemets était attendue" : "");
    } else {
      quoi = "syntaxe JSON invalide";
    }
    com.fasterxml.jackson.core.JsonLocation l = e.getLocation();
    return quoi + (l != null && l.getColumnNr() > 0 ? " (colonne " + l.getColumnNr() + ")" : "");
  }

  private static String limite(String message) {
    String m = String.valueOf(message);
    if (m.contains("nesting")) {
      return "imbrication plus profonde que la limite de " + MAX_PROFONDEUR + " niveaux";
    }
    if (m.contains("Number")) {
      return "nombre de plus de " + MAX_CHIFFRES + " caractères (limite des chiffres et de l'exposant)";
    }
    if (m.contains("Document")) {
      return "document plus long que la limite de " + MAX_CARACTERES + " caractères";
    }
    return "texte ou nom de plus de " + MAX_TEXTE + " caractères";
  }

  private static OptionalLong ligne(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? OptionalLong.empty() : OptionalLong.of(l.getLineNr());
  }

  private static String chemin(JsonParser p) {
    if (p == null) {
      return "";
    }
    try {
      Deque<JsonStreamContext> contextes = new ArrayDeque<>();
      for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
        contextes.push(c);
      }
      String s = "";
      for (JsonStreamContext c : contextes) {
        if (c.inArray()) {
          s = indice(s, Math.max(0, c.getCurrentIndex()));
        } else if (c.getCurrentName() != null) {
          s = sous(s, c.getCurrentName());
        }
      }
      return s;
    } catch (RuntimeException e) {
      return "";
    }
  }

  // ---------------------------------------------------------------- anomalies et chemins

  void erreur(CodeAnomalie code, String chemin, String message) {
    anomalies.add(Anomalie.erreur(code, chemin, message));
  }

  private static final Pattern NOM_SIMPLE = Pattern.compile("[A-Za-z0-9_@\\-]{1,80}");

  /**
   * Le chemin d'un champ : {@code parent.cle}, ou {@code parent["clé"]} si la clé n'est pas un nom
   * simple (lettres ASCII, chiffres, {@code _}, {@code -}, {@code @}).
   */
  static String sous(String parent, String cle) {
    if (!NOM_SIMPLE.matcher(cle).matches()) {
      return parent + "[\"" + Cles.court(cle).replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
    return parent.isEmpty() ? cle : parent + "." + cle;
  }

  static String indice(String parent, int i) {
    return parent + "[" + i + "]";
  }

  int marque() {
    return anomalies.size();
  }

  /**
   * Construit une valeur du domaine si rien n'a manqué depuis la marque ; une règle du domaine
   * refusée devient une anomalie au chemin.
   */
  <T> T construire(int marque, String chemin, Supplier<T> f) {
    if (anomalies.size() > marque) {
      return null;
    }
    try {
      return f.get();
    } catch (RuntimeException e) {
      erreur(CodeAnomalie.HORS_DOMAINE, chemin, "valeur refusée : " + Cles.court(String.valueOf(e.getMessage())));
      return null;
    }
  }

  <T> T valide(Resultat<T> v) {
    if (!v.isValide()) {
      v.erreurs().forEach(anomalies::add);
      return null;
    }
    return v.valeurOuLever();
  }

  // ---------------------------------------------------------------- nœuds

  /** Le champ d'un objet ; absent ou {@code null} donne vide, et une anomalie s'il est obligatoire. */
  Optional<JsonNode> champ(JsonNode objet, String cle, String chemin, boolean obligatoire) {
    JsonNode n = objet == null ? null : objet.get(cle);
    if (n == null || n.isNull()) {
      if (obligatoire) {
        erreur(CodeAnomalie.CHAMP_MANQUANT, sous(chemin, cle), "champ obligatoire « " + cle + " » manquant");
      }
      return Optional.empty();
    }
    return Optional.of(n);
  }

  boolean objet(JsonNode n, String chemin) {
    if (!n.isObject()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "objet attendu, " + genre(n) + " trouvé");
      return false;
    }
    return true;
  }

  /** Les éléments d'un tableau facultatif (vide s'il manque). */
  List<JsonNode> tableau(JsonNode parent, String cle, String chemin) {
    Optional<JsonNode> n = champ(parent, cle, chemin, false);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!n.get().isArray()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, sous(chemin, cle), "tableau attendu, " + genre(n.get()) + " trouvé");
      return List.of();
    }
    List<JsonNode> l = new ArrayList<>();
    n.get().forEach(l::add);
    return l;
  }

  /** Les entrées d'un objet facultatif (vide s'il manque), dans l'ordre du document. */
  List<Map.Entry<String, JsonNode>> entrees(JsonNode parent, String cle, String chemin) {
    Optional<JsonNode> n = champ(parent, cle, chemin, false);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!objet(n.get(), sous(chemin, cle))) {
      return List.of();
    }
    List<Map.Entry<String, JsonNode>> l = new ArrayList<>();
    l.addAll(n.get().properties());
    return l;
  }

  private static String genre(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "un tableau";
      case OBJECT -> "un objet";
      case STRING -> "un texte";
      case NUMBER -> "un nombre";
      case BOOLEAN -> "un booléen";
      case NULL -> "null";
      default -> "une valeur";
    };
  }

  // ---------------------------------------------------------------- valeurs simples

  String texte(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> texte(n, sous(chemin, cle))).orElse(null);
  }

  Optional<String> texteFacultatif(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, false).map(n -> texte(n, sous(chemin, cle)));
  }

  String texte(JsonNode n, String chemin) {
    if (!n.isTextual()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "texte attendu, " + genre(n) + " trouvé");
      return null;
    }
    return n.textValue();
  }

  boolean booleen(JsonNode parent, String cle, String chemin, boolean defaut) {
    Optional<JsonNode> n = champ(parent, cle, chemin, false);
    if (n.isEmpty()) {
      return defaut;
    }
    if (!n.get().isBoolean()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, sous(chemin, cle), "booléen attendu (true ou false), " + genre(n.get()) + " trouvé");
      return defaut;
    }
    return n.get().booleanValue();
  }

  Boolean booleen(JsonNode n, String chemin) {
    if (!n.isBoolean()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "booléen attendu (true ou false), " + genre(n) + " trouvé");
      return null;
    }
    return n.booleanValue();
  }

  Long entierLong(JsonNode n, String chemin) {
    if (!n.isNumber()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "nombre entier attendu, " + genre(n) + " trouvé");
      return null;
    }
    if (!n.isIntegralNumber()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "nombre entier attendu (sans virgule ni exposant)");
      return null;
    }
    BigInteger b = n.bigIntegerValue();
    if (b.bitLength() > 63) {
      erreur(CodeAnomalie.DEBORDEMENT, chemin, "entier hors des limites d'un entier de 64 bits");
      return null;
    }
    return b.longValue();
  }

  Integer entier(JsonNode n, String chemin) {
    Long l = entierLong(n, chemin);
    if (l == null) {
      return null;
    }
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      erreur(CodeAnomalie.DEBORDEMENT, chemin, "entier hors des limites d'un entier de 32 bits");
      return null;
    }
    return l.intValue();
  }

  Integer entier(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> entier(n, sous(chemin, cle))).orElse(null);
  }

  Optional<Integer> entierFacultatif(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, false).map(n -> entier(n, sous(chemin, cle)));
  }

  Long entierLong(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> entierLong(n, sous(chemin, cle))).orElse(null);
  }

  /** Un entier écrit en clé d'objet (année). */
  Integer entier(String cle, String chemin) {
    if (!cle.matches("-?\\d{1,9}")) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "clé entière attendue : « " + Cles.court(cle) + " »");
      return null;
    }
    return Integer.valueOf(cle);
  }

  BigDecimal decimal(JsonNode n, String chemin) {
    if (!n.isNumber()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "nombre attendu, " + genre(n) + " trouvé");
      return null;
    }
    BigDecimal d = n.decimalValue();
    if (Math.abs((long) d.scale()) > MAX_EXPOSANT || d.precision() > MAX_CHIFFRES) {
      erreur(CodeAnomalie.DEBORDEMENT, chemin, "nombre hors des limites (" + MAX_CHIFFRES + " chiffres, exposant de ±" + MAX_EXPOSANT + " au plus)");
      return null;
    }
    return d;
  }

  BigDecimal decimal(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> decimal(n, sous(chemin, cle))).orElse(null);
  }

  /** Une fraction exacte : texte {@code "25/142"}, {@code "8,9 %"}, {@code "0.089"}, ou nombre JSON. */
  Fraction fraction(JsonNode n, String chemin) {
    if (n.isNumber()) {
      BigDecimal d = decimal(n, chemin);
      return d == null ? null : Fraction.of(d);
    }
    if (!n.isTextual()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "fraction attendue (« 25/142 » ou « 8,9 % »), " + genre(n) + " trouvé");
      return null;
    }
    String t = n.textValue();
    if (!FRACTION.matcher(t).matches() && !DECIMAL.matcher(t).matches()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "fraction illisible : « " + Cles.court(t) + " » (« 25/142 », « 0,089 » ou « 8,9 % »)");
      return null;
    }
    try {
      return Fraction.of(t);
    } catch (ArithmeticException | IllegalArgumentException e) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "fraction illisible : « " + Cles.court(t) + " » (" + e.getMessage() + ")");
      return null;
    }
  }

  Fraction fraction(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> fraction(n, sous(chemin, cle))).orElse(null);
  }

  Taux taux(JsonNode n, String chemin) {
    Fraction f = fraction(n, chemin);
    if (f == null) {
      return null;
    }
    if (f.signum() < 0 || f.compareTo(Fraction.UN) > 0) {
      erreur(CodeAnomalie.HORS_DOMAINE, chemin, "un taux est compris entre 0 et 100 % : " + Cles.court(f.toString()));
      return null;
    }
    return Taux.of(f);
  }

  Taux taux(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> taux(n, sous(chemin, cle))).orElse(null);
  }

  Optional<Taux> tauxFacultatif(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, false).map(n -> taux(n, sous(chemin, cle)));
  }

  LocalDate date(JsonNode n, String chemin) {
    String t = texte(n, chemin);
    if (t == null) {
      return null;
    }
    if (!DATE.matcher(t).matches()) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "date ISO attendue (AAAA-MM-JJ) : « " + Cles.court(t) + " »");
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "date inexistante : « " + t + " »");
      return null;
    }
  }

  LocalDate date(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> date(n, sous(chemin, cle))).orElse(null);
  }

  Optional<LocalDate> dateFacultative(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, false).map(n -> date(n, sous(chemin, cle)));
  }

  <E extends Enum<E>> E enumeration(JsonNode n, Class<E> type, String chemin) {
    String t = texte(n, chemin);
    if (t == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(t)) {
        return e;
      }
    }
    erreur(CodeAnomalie.CODE_INCONNU, chemin, "valeur inconnue : « " + Cles.court(t) + " » (" + Arrays.toString(type.getEnumConstants()) + ")");
    return null;
  }

  <E extends Enum<E>> E enumeration(JsonNode parent, String cle, Class<E> type, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> enumeration(n, type, sous(chemin, cle))).orElse(null);
  }

  <E extends Enum<E>> Optional<E> enumerationFacultative(JsonNode parent, String cle, Class<E> type, String chemin) {
    return champ(parent, cle, chemin, false).map(n -> enumeration(n, type, sous(chemin, cle)));
  }

  // ---------------------------------------------------------------- valeurs du domaine

  Commune commune(JsonNode n, String chemin) {
    String t = texte(n, chemin);
    if (t == null) {
      return null;
    }
    if (!Commune.isValide(t)) {
      erreur(CodeAnomalie.FORMAT_INVALIDE, chemin, "code INSEE de commune invalide : « " + Cles.court(t) + " »");
      return null;
    }
    return Commune.of(t);
  }

  Commune commune(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> commune(n, sous(chemin, cle))).orElse(null);
  }

  Territoire territoire(String cle, String chemin) {
    return valide(Cles.territoire(cle, chemin));
  }

  Territoire territoire(JsonNode parent, String cle, String chemin) {
    String t = texte(parent, cle, chemin);
    return t == null ? null : territoire(t, sous(chemin, cle));
  }

  /** Un réservataire : sa clé au champ {@code cle}, son nom au champ {@code nom_<cle>}. */
  Reservataire reservataire(JsonNode parent, String cle, String chemin) {
    String k = texte(parent, cle, chemin);
    Optional<String> nom = texteFacultatif(parent, "nom_" + cle, chemin);
    if (k == null) {
      return null;
    }
    return valide(Cles.reservataire(k, nom.orElse(null), sous(chemin, cle)));
  }

  Optional<Reservataire> reservataireFacultatif(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, false).isPresent() ? Optional.ofNullable(reservataire(parent, cle, chemin)) : Optional.empty();
  }

  Bailleur bailleur(JsonNode parent, String cle, String chemin) {
    Optional<JsonNode> n = champ(parent, cle, chemin, true);
    if (n.isEmpty() || !objet(n.get(), sous(chemin, cle))) {
      return null;
    }
    String c = sous(chemin, cle);
    int m = marque();
    String id = texte(n.get(), "identifiant", c);
    String nom = texte(n.get(), "nom", c);
    return construire(m, c, () -> new Bailleur(id, nom));
  }

  Reference reference(JsonNode n, String chemin) {
    if (!objet(n, chemin)) {
      return null;
    }
    int m = marque();
    String texte = texte(n, "texte", chemin);
    String article = texte(n, "article", chemin);
    Optional<String> alinea = texteFacultatif(n, "alinea", chemin);
    Optional<String> legiarti = texteFacultatif(n, "legiarti", chemin);
    Optional<String> url = texteFacultatif(n, "url", chemin);
    Optional<Clause> clause = enumerationFacultative(n, "clause", Clause.class, chemin);
    return construire(m, chemin, () -> new Reference(texte, article, alinea, legiarti, url, clause));
  }

  Reference reference(JsonNode parent, String cle, String chemin) {
    return champ(parent, cle, chemin, true).map(n -> reference(n, sous(chemin, cle))).orElse(null);
  }
}
