package fr.fluxlogement.rendu.sorties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.explication.Explication;
import fr.fluxlogement.core.explication.Francais;
import fr.fluxlogement.core.quantite.Taux;
import fr.fluxlogement.core.territoire.Territoire;
import fr.fluxlogement.rendu.Table;
import fr.fluxlogement.rendu.html.PagesHtml;
import fr.fluxlogement.rendu.json.CatalogueJson;
import fr.fluxlogement.rendu.tables.LigneOrientation;
import fr.fluxlogement.rendu.tables.LigneProjection;
import fr.fluxlogement.rendu.tables.LigneSynthese;
import fr.fluxlogement.rendu.tables.Tables;
import fr.fluxlogement.rendu.texte.TexteAnnexe;
import fr.fluxlogement.rendu.texte.TexteBilan;
import fr.fluxlogement.rules.assiette.Assiette;
import fr.fluxlogement.rules.assiette.MotifExclusion;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.LigneBilan;
import fr.fluxlogement.rules.bilan.RapportBilan;
import fr.fluxlogement.rules.droits.TauxReservataire;
import fr.fluxlogement.rules.exercice.Exercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.flux.FluxAnnuel;
import fr.fluxlogement.rules.flux.Objectif;
import fr.fluxlogement.rules.projection.Projection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Les sorties d'un exercice calculé ({@code docs/dossier.md}) : pour chaque convention l'annexe
 * (texte, JSON et page HTML) et les figures expliquées (JSON) ; pour chaque réservataire son bilan
 * (CSV pour tableur français, JSON et page HTML) ; le bilan d'ensemble ; les orientations, les
 * contrôles, la synthèse (CSV et texte) et l'index des pages. Le JSON est écrit par Jackson : les
 * comptes en nombres JSON, les fractions exactes en texte {@code "n/d"}.
 */
public final class SortiesExercice {

  private SortiesExercice() {}

  private static final ObjectMapper ARBRES = new ObjectMapper();

  /**
   * Écrit toutes les sorties d'un exercice calculé, pages HTML comprises.
   *
   * @param r le résultat
   * @param sortie le dossier de sortie (créé au besoin)
   * @return les fichiers écrits, relatifs à {@code sortie}
   * @throws IOException si l'écriture échoue
   */
  public static List<String> ecrire(ResultatExercice r, Path sortie) throws IOException {
    return ecrire(r, Optional.empty(), sortie);
  }

  /**
   * Écrit toutes les sorties d'un exercice calculé et, si elle est donnée, sa projection
   * pluriannuelle ({@code projection.csv} et {@code projection.html}).
   *
   * @param r le résultat
   * @param projection la projection, s'il y en a une
   * @param sortie le dossier de sortie (créé au besoin)
   * @return les fichiers écrits, relatifs à {@code sortie}
   * @throws IOException si l'écriture échoue
   */
  public static List<String> ecrire(ResultatExercice r, Optional<Projection> projection, Path sortie) throws IOException {
    List<String> ecrits = new ArrayList<>();
    for (Map.Entry<String, String> f : contenus(r, projection).entrySet()) {
      ecrire(sortie, f.getKey(), f.getValue(), ecrits);
    }
    return ecrits;
  }

  /**
   * Toutes les sorties d'un exercice calculé et, si elle est donnée, sa projection, rendues en
   * mémoire : celles qu'écrit {@link #ecrire(ResultatExercice, Optional, Path)}, dans le même ordre
   * et sous les mêmes noms (pages HTML comprises).
   *
   * @param r le résultat
   * @param projection la projection, s'il y en a une
   * @return le chemin relatif de chaque fichier et son texte, dans l'ordre d'écriture
   */
  public static Map<String, String> contenus(ResultatExercice r, Optional<Projection> projection) {
    Map<String, String> f = new LinkedHashMap<>();
    Exercice e = r.exercice();
    for (ResultatConvention rc : r.conventions()) {
      String d = "conventions/" + rc.cle() + "/";
      f.put(d + "annexe.txt", TexteAnnexe.texte(rc.annexe()));
      f.put(d + "annexe.json", Tables.ANNEXE.json(rc.annexe()));
      f.put(d + "figures.json", Table.json(figures(rc, e)));
    }
    RapportBilan bilan = r.bilan();
    for (String partie : parties(r)) {
      LigneBilan ligne = bilan.ligne(partie);
      f.put("bilans/" + partie + ".csv", Tables.BILAN.csv(List.of(ligne)));
      f.put("bilans/" + partie + ".json", Tables.BILAN.json(ligne));
    }
    f.put("bilan.txt", TexteBilan.texte(bilan));
    f.put("bilan.csv", Tables.BILAN.csv(bilan.lignes()));
    f.put("bilan.json", Table.json(Tables.bilan(bilan)));
    if (!r.orientations().isEmpty()) {
      f.put("orientations.csv", Tables.ORIENTATIONS.csv(r.orientations().stream().map(LigneOrientation::of).toList()));
    }
    if (!r.controles().isEmpty()) {
      f.put("controles.csv", Tables.CONTROLES.csv(r.controles()));
    }
    f.put("synthese.csv", Tables.SYNTHESE.csv(synthese(r)));
    f.put("synthese.txt", syntheseTexte(r));
    if (projection.isPresent()) {
      f.put("projection.csv", Tables.PROJECTION.csv(LigneProjection.de(projection.get())));
    }
    f.putAll(PagesHtml.contenus(r, projection));
    return Collections.unmodifiableMap(f);
  }

  /**
   * Les parties dont le bilan s'écrit : chaque réservataire d'une convention (l'État en ses deux
   * contingents) et chaque partie du bilan, triées.
   *
   * @param r le résultat
   * @return les clés des parties
   */
  public static List<String> parties(ResultatExercice r) {
    TreeSet<String> p = new TreeSet<>(r.bilan().bilan().parties());
    for (ResultatConvention rc : r.conventions()) {
      if (rc.convention().reservataire().isEtat()) {
        p.add("ETAT-PRIORITAIRES");
        p.add("ETAT-AGENTS");
      } else {
        p.add(rc.convention().reservataire().cle());
      }
    }
    p.remove(Cle.TOUS);
    return List.copyOf(p);
  }

  /**
   * Écrit un fichier texte UTF-8 et le note parmi les fichiers écrits.
   *
   * @param sortie le dossier de sortie
   * @param nom le chemin relatif
   * @param texte le contenu
   * @param ecrits les fichiers écrits
   * @throws IOException si l'écriture échoue
   */
  public static void ecrire(Path sortie, String nom, String texte, List<String> ecrits) throws IOException {
    Path f = sortie.resolve(nom);
    Files.createDirectories(f.getParent());
    Files.writeString(f, texte, StandardCharsets.UTF_8);
    ecrits.add(nom);
  }

  private static ObjectNode taux(Taux t) {
    ObjectNode m = ARBRES.createObjectNode();
    m.put("valeur", t.valeur().toString());
    m.put("pourcent", t.toPourcentFrancais());
    return m;
  }

  private static ObjectNode reservataire(Reservataire r) {
    ObjectNode m = ARBRES.createObjectNode();
    m.put("cle", r.cle());
    m.put("libelle", r.libelle());
    return m;
  }

  private static ObjectNode explication(Explication e) {
    return CatalogueJson.explication(e);
  }

  /**
   * Les figures d'une convention, chacune avec son explication.
   *
   * @param rc les figures calculées
   * @param e l'exercice (pour le nom du territoire)
   * @return l'objet JSON
   */
  public static ObjectNode figures(ResultatConvention rc, Exercice e) {
    ObjectNode m = ARBRES.createObjectNode();
    Territoire t = rc.convention().territoire();
    m.put("cle", rc.cle());
    m.put("titre", rc.convention().texte().titre());
    m.put("annee", e.annee());
    m.put("illustratif", e.illustratif());
    m.set("reservataire", reservataire(rc.convention().reservataire()));
    ObjectNode ter = m.putObject("territoire");
    ter.put("type", LigneSynthese.type(t));
    ter.put("code", t.code());
    ter.put("nom", e.nom(t));
    m.put("mode_gestion", rc.convention().modeGestion().libelle());
    Assiette a = rc.assiette();
    ObjectNode as = m.putObject("assiette");
    as.put("valeur", a.taille());
    as.put("parc", a.parc().total());
    ObjectNode ex = as.putObject("exclusions");
    for (MotifExclusion x : MotifExclusion.values()) {
      ex.put(x.name(), a.exclus(x));
    }
    as.set("explication", explication(a.explication()));
    ObjectNode tx = m.putObject("taux");
    ObjectNode propre = taux(rc.tauxReservataire());
    propre.put("reserves", rc.reserves());
    tx.set("reservataire", propre);
    ArrayNode tous = tx.putArray("reservataires");
    for (TauxReservataire x : rc.taux()) {
      ObjectNode y = reservataire(x.reservataire());
      y.put("reserves", x.reserves());
      y.setAll(taux(x.taux()));
      y.set("explication", explication(x.explication()));
      tous.add(y);
    }
    FluxAnnuel f = rc.flux();
    ObjectNode fl = m.putObject("flux");
    fl.put("valeur", f.flux());
    fl.put("exact", f.fluxExact().toString());
    fl.set("rotation_moyenne", taux(f.rotationMoyenne()));
    fl.put("liberations", f.liberations().toString());
    fl.put("mutations", f.mutations().toString());
    fl.put("relogements", f.relogements());
    fl.set("explication", explication(f.explication()));
    ObjectNode ob = m.putObject("objectifs");
    ob.put("objectif", rc.objectif());
    ob.put("flux", rc.objectifs().flux());
    ArrayNode parts = ob.putArray("parties");
    for (Objectif o : rc.objectifs().objectifs()) {
      ObjectNode y = reservataire(o.partie());
      y.setAll(taux(o.taux()));
      y.put("exact", o.exact().toString());
      y.put("logements", o.logements());
      parts.add(y);
    }
    ob.set("explication", explication(rc.objectifs().explication()));
    ArrayNode av = m.putArray("avertissements");
    for (Anomalie x : rc.avertissements()) {
      av.add(x.toTexte());
    }
    return m;
  }

  /**
   * La synthèse : une ligne par convention.
   *
   * @param r le résultat
   * @return les lignes
   */
  public static List<LigneSynthese> synthese(ResultatExercice r) {
    return r.conventions().stream().map(rc -> LigneSynthese.of(rc, r.exercice())).toList();
  }

  /**
   * La synthèse en texte français.
   *
   * @param r le résultat
   * @return le texte
   */
  public static String syntheseTexte(ResultatExercice r) {
    Exercice e = r.exercice();
    StringBuilder sb = new StringBuilder();
    sb.append("Exercice ").append(e.annee()).append(" ").append(Francais.de(e.bailleur().nom())).append(" – ").append(e.nom(e.departement()))
        .append(" (").append(e.departement().code()).append(')').append(e.illustratif() ? " — données illustratives" : "").append('\n');
    sb.append(r.conventions().size()).append(" convention(s)\n\n");
    for (LigneSynthese m : synthese(r)) {
      sb.append(m.cle()).append(" : ").append(m.titre()).append('\n');
      sb.append("  territoire ").append(m.territoire()).append(", assiette ").append(m.assiette()).append(", taux ")
          .append(m.taux().toPourcentFrancais()).append(", flux ").append(m.flux()).append(", objectif ").append(m.objectif())
          .append(" logement(s)\n");
    }
    return sb.toString();
  }
}
