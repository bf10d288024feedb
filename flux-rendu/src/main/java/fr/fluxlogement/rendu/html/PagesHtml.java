package fr.fluxlogement.rendu.html;

import fr.fluxlogement.rendu.sorties.SortiesExercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.projection.Projection;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Les pages HTML d'un exercice, rendues par les gabarits jte compilés à la construction (échappement
 * automatique selon le contexte : texte, attribut, adresse) : l'index, l'annexe de chaque convention,
 * le bilan de chaque réservataire et, si elle est donnée, la projection pluriannuelle. Chaque page se
 * suffit : styles et graphiques en ligne, aucune ressource extérieure, aucun script.
 */
public final class PagesHtml {

  private PagesHtml() {}

  private static final TemplateEngine MOTEUR =
      TemplateEngine.createPrecompiled(null, ContentType.Html, PagesHtml.class.getClassLoader(), "fr.fluxlogement.rendu.html.gabarits");

  /** Le nom de la page d'index. */
  public static final String INDEX = "index.html";

  /** Le nom de la page de projection. */
  public static final String PROJECTION = "projection.html";

  private static String rendre(String gabarit, Object modele) {
    StringOutput out = new StringOutput();
    MOTEUR.render(gabarit, modele, out);
    return out.toString();
  }

  /**
   * La page d'annexe.
   *
   * @param page le modèle
   * @return le HTML
   */
  public static String annexe(PageAnnexe page) {
    return rendre("annexe.jte", page);
  }

  /**
   * La page de bilan.
   *
   * @param page le modèle
   * @return le HTML
   */
  public static String bilan(PageBilan page) {
    return rendre("bilan.jte", page);
  }

  /**
   * La page d'index.
   *
   * @param page le modèle
   * @return le HTML
   */
  public static String index(PageIndex page) {
    return rendre("index.jte", page);
  }

  /**
   * La page de l'état des lieux des réservations (décret n° 2020-145, art. 2 II).
   *
   * @param page le modèle
   * @return le HTML
   */
  public static String etatDesLieux(PageEtatDesLieux page) {
    return rendre("etat_des_lieux.jte", page);
  }

  /**
   * La page de projection.
   *
   * @param page le modèle
   * @return le HTML
   */
  public static String projection(PageProjection page) {
    return rendre("projection.jte", page);
  }

  /**
   * Écrit les pages d'un exercice : l'index, l'annexe de chaque convention, le bilan de chaque
   * réservataire.
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
   * Écrit les pages d'un exercice et, si elle est donnée, sa projection.
   *
   * @param r le résultat
   * @param projetee la projection pluriannuelle, s'il y en a une
   * @param sortie le dossier de sortie (créé au besoin)
   * @return les fichiers écrits, relatifs à {@code sortie}
   * @throws IOException si l'écriture échoue
   */
  public static List<String> ecrire(ResultatExercice r, Optional<Projection> projetee, Path sortie) throws IOException {
    List<String> ecrits = new ArrayList<>();
    for (Map.Entry<String, String> page : contenus(r, projetee).entrySet()) {
      SortiesExercice.ecrire(sortie, page.getKey(), page.getValue(), ecrits);
    }
    return ecrits;
  }

  /**
   * Les pages d'un exercice et, si elle est donnée, sa projection, rendues en mémoire : celles
   * qu'écrit {@link #ecrire(ResultatExercice, Optional, Path)}, dans le même ordre et sous les mêmes
   * noms.
   *
   * @param r le résultat
   * @param projetee la projection pluriannuelle, s'il y en a une
   * @return le chemin relatif de chaque page et son HTML, dans l'ordre d'écriture
   */
  public static Map<String, String> contenus(ResultatExercice r, Optional<Projection> projetee) {
    Optional<PageProjection> projection = projetee.map(p -> ModelesPages.projection(r.exercice(), p));
    Map<String, String> pages = new LinkedHashMap<>();
    List<String> parties = SortiesExercice.parties(r);
    for (ResultatConvention rc : r.conventions()) {
      pages.put(ModelesPages.cheminAnnexe(rc.cle()), annexe(ModelesPages.annexe(r, rc)));
    }
    for (String p : parties) {
      pages.put(ModelesPages.cheminBilan(p), bilan(ModelesPages.bilan(r, p)));
    }
    if (projection.isPresent()) {
      pages.put(PROJECTION, projection(projection.get()));
    }
    Optional<Lien> lien = projection.map(x -> new Lien("Projection " + x.premiere() + "-" + x.derniere(), PROJECTION));
    pages.put(INDEX, index(ModelesPages.index(r, parties, lien)));
    return Collections.unmodifiableMap(pages);
  }
}
