import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Engendre, à la construction de flux-core, la table des valeurs légales datées
 * ({@code ParametresNationaux.java}) depuis les fichiers {@code src/main/parametres/*.properties} :
 * un fichier par paramètre, nommé par sa clé, avec son ordre, son type et ses valeurs datées
 * ({@code valeur.<premier jour> = <valeur> ; <référence du catalogue References>}).
 *
 * <p>Lancé par Maven (phase {@code generate-sources}) en programme source d'un seul fichier, sans
 * autre dépendance que le JDK : {@code java GenerateurParametres.java DOSSIER_DONNEES DOSSIER_SORTIE}.
 * Toute erreur de donnée arrête la construction avec le fichier, la clé et la raison.
 */
public final class GenerateurParametres {

  private static final Pattern CLE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern TAUX = Pattern.compile("\\d{1,3}(,\\d{1,6})? %");
  private static final Pattern DELAI = Pattern.compile("(\\d{1,3}) (jours ouvrés|jours ouvrables|jours calendaires|mois)");
  private static final List<String> ARRONDIS = List.of("PLANCHER", "PLAFOND", "PLUS_PROCHE_DEMI_SUPERIEUR", "PLUS_PROCHE_DEMI_PAIR");

  private GenerateurParametres() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage : GenerateurParametres DOSSIER_DONNEES DOSSIER_SORTIE");
    }
    Path donnees = Path.of(args[0]);
    Path sortie = Path.of(args[1], "fr", "fluxlogement", "core", "parametre", "ParametresNationaux.java");
    List<String> erreurs = new ArrayList<>();
    TreeMap<Integer, String> blocs = new TreeMap<>();
    List<Path> fichiers;
    try (Stream<Path> s = Files.list(donnees)) {
      fichiers = s.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
    }
    for (Path f : fichiers) {
      String nom = f.getFileName().toString();
      String cle = nom.substring(0, nom.length() - ".properties".length());
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      List<String> e = new ArrayList<>();
      if (!CLE.matcher(cle).matches()) {
        e.add("clé invalide « " + cle + " » (minuscules, chiffres et _)");
      }
      String type = p.getProperty("type", "");
      if (!List.of("taux", "delai", "arrondi", "entier", "booleen").contains(type)) {
        e.add("type inconnu « " + type + " » (taux, delai, arrondi, entier ou booleen)");
      }
      int ordre = -1;
      try {
        ordre = Integer.parseInt(p.getProperty("ordre", "").strip());
      } catch (NumberFormatException x) {
        e.add("ordre manquant ou non entier");
      }
      TreeMap<LocalDate, String[]> valeurs = new TreeMap<>();
      for (String k : p.stringPropertyNames()) {
        if (k.equals("type") || k.equals("ordre")) {
          continue;
        }
        if (!k.startsWith("valeur.")) {
          e.add("champ inconnu « " + k + " »");
          continue;
        }
        LocalDate debut;
        try {
          debut = LocalDate.parse(k.substring("valeur.".length()));
        } catch (DateTimeParseException x) {
          e.add("date de début invalide « " + k + " » (valeur.AAAA-MM-JJ)");
          continue;
        }
        String[] vr = p.getProperty(k).split(";", -1);
        if (vr.length != 2 || !REFERENCE.matcher(vr[1].strip()).matches()) {
          e.add(k + " : attendu « valeur ; REFERENCE »");
          continue;
        }
        valeurs.put(debut, new String[] {vr[0].strip(), vr[1].strip()});
      }
      if (valeurs.isEmpty()) {
        e.add("aucune valeur datée");
      }
      StringBuilder sb = new StringBuilder();
      String constante = cle.toUpperCase(java.util.Locale.ROOT);
      sb.append("    m.put(Parametres.").append(constante).append(", new Chronologie<>(List.of(");
      List<Map.Entry<LocalDate, String[]>> l = new ArrayList<>(valeurs.entrySet());
      for (int i = 0; i < l.size(); i++) {
        LocalDate debut = l.get(i).getKey();
        String fin = i + 1 < l.size() ? "Optional.of(" + date(l.get(i + 1).getKey()) + ")" : "Optional.empty()";
        String valeur = java(type, l.get(i).getValue()[0], e);
        String ref = "References." + l.get(i).getValue()[1];
        sb.append(i == 0 ? "\n" : ",\n").append("        new ValeurDatee<>(").append(date(debut)).append(", ").append(fin).append(", ")
            .append(valeur).append(", ").append(ref).append(", Parametres.provenance(").append(ref).append("))");
      }
      sb.append("\n    )));\n");
      if (blocs.containsKey(ordre)) {
        e.add("ordre " + ordre + " déjà pris");
      }
      e.forEach(x -> erreurs.add(nom + " : " + x));
      blocs.put(ordre, sb.toString());
    }
    if (!erreurs.isEmpty()) {
      erreurs.forEach(System.err::println);
      System.exit(1);
    }
    StringBuilder java = new StringBuilder();
    java.append("package fr.fluxlogement.core.parametre;\n\n")
        .append("import fr.fluxlogement.core.quantite.Arrondi;\n")
        .append("import fr.fluxlogement.core.quantite.Delai;\n")
        .append("import fr.fluxlogement.core.quantite.Taux;\n")
        .append("import fr.fluxlogement.core.reference.References;\n")
        .append("import java.time.LocalDate;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n")
        .append("import java.util.Optional;\n\n")
        .append("/** Engendré depuis src/main/parametres par src/build/GenerateurParametres.java : ne pas modifier à la main. */\n")
        .append("final class ParametresNationaux {\n\n")
        .append("  private ParametresNationaux() {}\n\n")
        .append("  static void remplir(Map<Parametre<?>, Chronologie<?>> m) {\n");
    blocs.values().forEach(java::append);
    java.append("  }\n}\n");
    String texte = java.toString();
    if (!texte.contains("Arrondi.")) {
      texte = texte.replace("import fr.fluxlogement.core.quantite.Arrondi;\n", "");
    }
    Files.createDirectories(sortie.getParent());
    if (!Files.exists(sortie) || !Files.readString(sortie, StandardCharsets.UTF_8).equals(texte)) {
      Files.writeString(sortie, texte, StandardCharsets.UTF_8);
    }
  }

  private static String date(LocalDate d) {
    return "LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
  }

  private static String java(String type, String v, List<String> e) {
    switch (type) {
      case "taux":
        if (!TAUX.matcher(v).matches()) {
          e.add("taux invalide « " + v + " » (par exemple « 30 % » ou « 8,47 % »)");
          return "null";
        }
        return "Taux.of(\"" + v + "\")";
      case "delai":
        Matcher m = DELAI.matcher(v);
        if (!m.matches()) {
          e.add("délai invalide « " + v + " » (par exemple « 5 jours ouvrés » ou « 1 mois »)");
          return "null";
        }
        String f = switch (m.group(2)) {
          case "jours ouvrés" -> "joursOuvres";
          case "jours ouvrables" -> "joursOuvrables";
          case "jours calendaires" -> "joursCalendaires";
          default -> "mois";
        };
        return "Delai." + f + "(" + Integer.parseInt(m.group(1)) + ")";
      case "arrondi":
        if (!ARRONDIS.contains(v)) {
          e.add("arrondi inconnu « " + v + " » " + ARRONDIS);
          return "null";
        }
        return "Arrondi." + v;
      case "entier":
        if (!v.matches("\\d{1,6}")) {
          e.add("entier invalide « " + v + " »");
          return "null";
        }
        return "Integer.valueOf(" + Integer.parseInt(v) + ")";
      case "booleen":
        if (!v.equals("oui") && !v.equals("non")) {
          e.add("booléen attendu « oui » ou « non » : « " + v + " »");
          return "null";
        }
        return v.equals("oui") ? "Boolean.TRUE" : "Boolean.FALSE";
      default:
        return "null";
    }
  }
}
