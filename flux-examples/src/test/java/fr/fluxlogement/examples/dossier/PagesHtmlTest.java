package fr.fluxlogement.examples.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.rendu.html.Citation;
import fr.fluxlogement.rendu.html.ModelesPages;
import fr.fluxlogement.rules.bilan.LigneBilan;
import fr.fluxlogement.rules.convention.Annexe;
import fr.fluxlogement.rules.exercice.CalculExercice;
import fr.fluxlogement.rules.exercice.ResultatConvention;
import fr.fluxlogement.rules.exercice.ResultatExercice;
import fr.fluxlogement.rules.projection.AnneeProjetee;
import fr.fluxlogement.rules.projection.CalculProjection;
import fr.fluxlogement.rules.projection.Prevision;
import fr.fluxlogement.rules.projection.Projection;
import fr.fluxlogement.rules.projection.ProjectionConvention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@DisplayName("Pages HTML des dossiers (R.441-5-1, art. 6, annexe) : lues par jsoup, figures égales aux calculées, rien d'extérieur, données échappées")
class PagesHtmlTest {

  private static ResultatExercice calculer(Path dossier) {
    return CalculExercice.calculer(LecteurDossier.lire(dossier).exercice().orElseThrow()).valeurOuLever();
  }

  private static Document lire(Path sortie, String page) throws IOException {
    return Jsoup.parse(Files.readString(sortie.resolve(page), StandardCharsets.UTF_8));
  }

  private static List<Path> pages(Path sortie) throws IOException {
    try (Stream<Path> s = Files.walk(sortie)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static String figure(Document d, String nom) {
    Element e = d.selectFirst("[data-figure=" + nom + "]");
    assertThat(e).as("figure %s", nom).isNotNull();
    return e.text();
  }

  /** Ce que toute page doit être : française, titrée, tableaux à en-têtes, sans ressource extérieure, graphiques décrits. */
  private static void verifierPage(Path p) throws IOException {
    String source = Files.readString(p, StandardCharsets.UTF_8);
    Document d = Jsoup.parse(source);
    String nom = p.getFileName().toString();
    assertThat(d.selectFirst("html").attr("lang")).as(nom).isEqualTo("fr");
    assertThat(d.title()).as(nom).isNotBlank();
    assertThat(d.select("script, link, img, iframe, object, embed, base")).as(nom).isEmpty();
    for (Element e : d.select("[src], [href], [xlink:href], [action], [srcset]")) {
      for (String attr : List.of("src", "href", "xlink:href", "action", "srcset")) {
        String v = e.attr(attr);
        if (v.contains("http") || v.contains("//")) {
          assertThat(e.tagName()).as("%s : %s=%s", nom, attr, v).isEqualTo("a");
          assertThat(attr).isEqualTo("href");
          assertThat(v).startsWith(Citation.LEGIFRANCE);
        }
        assertThat(v.toLowerCase(java.util.Locale.ROOT)).as(nom).doesNotStartWith("javascript:").doesNotStartWith("data:");
      }
    }
    for (Element style : d.select("style")) {
      assertThat(style.data()).as(nom).doesNotContain("url(", "@import", "http");
    }
    for (Element e : d.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getKey()).as(nom).doesNotStartWith("on"));
      assertThat(e.attr("style")).as(nom).doesNotContain("url(");
    }
    for (Element t : d.select("table")) {
      assertThat(t.select("th")).as("%s : tableau sans en-tête", nom).isNotEmpty();
      assertThat(t.selectFirst("caption")).as("%s : tableau sans légende", nom).isNotNull();
    }
    for (Element svg : d.select("svg")) {
      assertThat(svg.attr("role")).as(nom).isEqualTo("img");
      assertThat(svg.selectFirst("title").text()).as(nom).isNotBlank();
      assertThat(svg.selectFirst("desc").text()).as(nom).isNotBlank();
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        assertThat(d.getElementById(id)).as("%s : %s", nom, id).isNotNull();
      }
      Element figure = svg.parent();
      assertThat(figure.tagName()).isEqualTo("figure");
      assertThat(figure.selectFirst("figcaption").text()).as(nom).isEqualTo(svg.selectFirst("desc").text());
    }
    for (Element a : d.select("a[href]")) {
      String h = a.attr("href");
      if (!h.startsWith(Citation.LEGIFRANCE)) {
        assertThat(p.getParent().resolve(h).normalize()).as("%s : lien %s", nom, h).exists();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ornex-2025", "ain-illustratif-2025"})
  @DisplayName("chaque page est en français, titrée, ses tableaux ont des en-têtes, elle ne cite rien d'extérieur que Légifrance, chaque graphique a son texte, chaque lien mène à une page écrite")
  void pagesBienFormees(String nom, @TempDir Path sortie) throws IOException {
    ResultatExercice r = calculer(DossierOrnexTest.DOSSIERS.resolve(nom));
    SortiesExercice.ecrire(r, fr.fluxlogement.rules.projection.Prevision.AUCUNE, sortie);
    List<Path> pages = pages(sortie);
    assertThat(pages).hasSize(1 + r.conventions().size() + fr.fluxlogement.rendu.sorties.SortiesExercice.parties(r).size() + 1);
    for (Path p : pages) {
      verifierPage(p);
    }
  }

  @Test
  @DisplayName("Ain : les figures de chaque annexe, de chaque bilan, de l'index et de la projection sont celles du calcul")
  void figuresEgales(@TempDir Path sortie) throws IOException {
    ResultatExercice r = calculer(DossierOrnexTest.DOSSIERS.resolve("ain-illustratif-2025"));
    SortiesExercice.ecrire(r, fr.fluxlogement.rules.projection.Prevision.AUCUNE, sortie);
    for (ResultatConvention rc : r.conventions()) {
      Document d = lire(sortie, ModelesPages.cheminAnnexe(rc.cle()));
      Annexe a = rc.annexe();
      assertThat(figure(d, "territoire")).isEqualTo(a.nomTerritoire());
      assertThat(figure(d, "parc")).isEqualTo(Long.toString(a.parcConcerne()));
      assertThat(figure(d, "taux")).isEqualTo(a.taux().toPourcentFrancais());
      assertThat(figure(d, "part-du-flux")).isEqualTo(a.partDuFlux().toPourcentFrancais());
      assertThat(figure(d, "logements-dus")).isEqualTo(Long.toString(a.logementsDus()));
      assertThat(figure(d, "flux")).isEqualTo(Long.toString(rc.flux().flux()));
      if (!a.reservataire().isEtat()) {
        assertThat(figure(d, "reserves")).isEqualTo(Long.toString(a.reserves()));
      }
      assertThat(d.select("details.explication")).hasSizeGreaterThanOrEqualTo(a.reservataire().isEtat() ? 3 : 4);
      assertThat(d.select("details.explication").text()).contains("art.", "CCH");
      long typologies = d.select("table").get(0).select("tbody tr").stream().mapToLong(tr -> Long.parseLong(tr.select("td").get(0).text())).sum();
      assertThat(typologies).isEqualTo(rc.assiette().parc().total());
    }
    for (String p : fr.fluxlogement.rendu.sorties.SortiesExercice.parties(r)) {
      Document d = lire(sortie, ModelesPages.cheminBilan(p));
      LigneBilan l = r.bilan().ligne(p);
      assertThat(figure(d, "partie")).isEqualTo(l.libelle());
      assertThat(figure(d, "propositions")).isEqualTo(Long.toString(l.propositions()));
      assertThat(figure(d, "attributions")).isEqualTo(Long.toString(l.attributionsCaleol()));
      assertThat(figure(d, "baux")).isEqualTo(Long.toString(l.bauxSignes()));
      assertThat(figure(d, "hors-flux")).isEqualTo(Long.toString(l.horsFlux()));
      assertThat(figure(d, "echeance")).isEqualTo("27/02/2026");
      assertThat(figure(d, "retard")).contains("dans le délai");
      l.objectif().ifPresent(o -> assertThat(figure(d, "objectif")).isEqualTo(Long.toString(o)));
      assertThat(d.select("ul[data-liste=proposes] li").eachText()).isEqualTo(l.logementsProposes());
      assertThat(d.select("ul[data-liste=attribues] li").eachText()).isEqualTo(l.logementsAttribues());
      Element svg = d.selectFirst("#realise svg");
      assertThat(svg.select("rect[height]").stream().filter(x -> !x.parent().tagName().equals("pattern")).count())
          .isEqualTo(l.objectif().isPresent() ? 4 : 3);
      assertThat(svg.selectFirst("desc").text()).contains("baux signés " + l.bauxSignes());
    }
    Document index = lire(sortie, "index.html");
    assertThat(index.select("table.conventions tbody tr")).hasSize(r.conventions().size());
    for (ResultatConvention rc : r.conventions()) {
      Element tr = index.selectFirst("tr[data-cle=" + rc.cle() + "]");
      assertThat(tr.select("td").get(2).text()).isEqualTo(Long.toString(rc.assiette().taille()));
      assertThat(tr.select("td").get(3).text()).isEqualTo(rc.tauxReservataire().toPourcentFrancais());
      assertThat(tr.select("td").get(5).text()).isEqualTo(Long.toString(rc.objectif()));
    }
    Projection pr = CalculProjection.projeter(r.exercice(), Prevision.AUCUNE).valeurOuLever();
    Document proj = lire(sortie, "projection.html");
    for (ProjectionConvention c : pr.conventions()) {
      Element section = proj.selectFirst("section[data-cle=" + c.cle() + "]");
      List<Element> lignes = section.select("table.projection tbody tr");
      assertThat(lignes).hasSize(c.annees().size());
      for (int i = 0; i < lignes.size(); i++) {
        AnneeProjetee a = c.annees().get(i);
        assertThat(lignes.get(i).select("th").text()).isEqualTo(Integer.toString(a.annee()));
        assertThat(lignes.get(i).select("td").get(5).text()).isEqualTo(Long.toString(a.objectif()));
      }
      assertThat(section.select("svg polyline")).hasSize(2 * pr.scenarios().size());
    }
  }

  @Test
  @DisplayName("des noms pris des données (« <script>alert(1)</script> », « \"><img src=x onerror=…> ») sortent inertes, en texte ; une adresse de convention hors Légifrance n'est pas liée, une adresse Légifrance l'est")
  void injection(@TempDir Path tmp) throws IOException {
    Path dossier = Copie.copier(DossierOrnexTest.DOSSIERS.resolve("ain-illustratif-2025"), tmp.resolve("dossier"));
    Path manifeste = dossier.resolve("dossier.yaml");
    String y = Files.readString(manifeste, StandardCharsets.UTF_8);
    String script = "<script>alert(1)</script>";
    String img = "\"><img src=x onerror=alert(1)>";
    y = y.replace("\"01053\": Bourg-en-Bresse", "\"01053\": \"" + script + "\"")
        .replace("nom: \"Habitat Exemple des Trois Rivières\"", "nom: \"" + img.replace("\"", "\\\"") + "\"");
    y = y.replaceFirst("(?m)^(    titre: \"Convention de réservation du préfet[^\\n]*)$",
        "$1\n    url: \"javascript:alert(1)\"");
    y = y.replaceFirst("(?m)^(    titre: \"Convention de réservation d'Action Logement[^\\n]*)$",
        "$1\n    url: \"https://www.legifrance.gouv.fr/loda/id/JORFTEXT000041597728\"");
    Files.writeString(manifeste, y, StandardCharsets.UTF_8);
    LecteurDossier.DossierLu lu = LecteurDossier.lire(dossier);
    assertThat(lu.anomalies()).filteredOn(AnomalieDossier::isErreur).isEmpty();
    ResultatExercice r = CalculExercice.calculer(lu.exercice().orElseThrow()).valeurOuLever();
    Path sortie = tmp.resolve("sortie");
    SortiesExercice.ecrire(r, fr.fluxlogement.rules.projection.Prevision.AUCUNE, sortie);
    String toutLeTexte = "";
    for (Path p : pages(sortie)) {
      verifierPage(p);
      String source = Files.readString(p, StandardCharsets.UTF_8);
      assertThat(source).doesNotContain(script, "<img");
      toutLeTexte += Jsoup.parse(source).text();
    }
    assertThat(toutLeTexte).contains(script, img, "javascript:alert(1)");
    Document bourg = lire(sortie, ModelesPages.cheminAnnexe("COMMUNE-01053@01053"));
    assertThat(figure(bourg, "territoire")).isEqualTo(script);
    Document al = lire(sortie, ModelesPages.cheminAnnexe("ACTION-LOGEMENT@01"));
    assertThat(al.select("a[href^=" + Citation.LEGIFRANCE + "]")).isNotEmpty();
    Document prefet = lire(sortie, ModelesPages.cheminAnnexe("ETAT@01"));
    assertThat(prefet.select("a[href^=javascript]")).isEmpty();
  }

  @Test
  @DisplayName("décret 2020-145 art. 2 II : la page de l'état des lieux donne les taux convertis du CSV (4/147 à Bourg-en-Bresse), décrit son graphique, n'a rien d'extérieur et rend inerte un nom pris des données")
  void etatDesLieux(@TempDir Path d) throws IOException {
    String script = "<script>alert(1)</script>";
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = fr.fluxlogement.examples.cli.Flux.executer(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
        "etat-des-lieux", "--rpls", "dossiers/ain-illustratif-2025/rpls.csv", "--reservations", "etat-des-lieux/reservations.csv",
        "--date", "2023-11-24", "--commune", "01053", "--nom", "01053=" + script, "--nom-bailleur", "Habitat \"><img src=x onerror=1>",
        "--illustratif", "--format", "html");
    assertThat(code).as(err.toString()).isZero();
    Path page = d.resolve("etat-des-lieux.html");
    Files.writeString(page, out.toString(), StandardCharsets.UTF_8);
    verifierPage(page);
    assertThat(out.toString()).doesNotContain(script, "<img");
    Document doc = Jsoup.parse(out.toString());
    Element commune = doc.selectFirst("tr[data-cle=COMMUNE-01053]");
    assertThat(commune.selectFirst("th").text()).isEqualTo("commune de " + script);
    // 4 logements en vigueur sur 147 (L.441-1 : 3 logements en vente hors de l'assiette) ; aucun droit échu
    assertThat(commune.select("td").eachText()).containsExactly("4", "0", "1", "31/12/2035 – 31/12/2040", "garantie d'emprunt 3, apport foncier 1",
        "2,72 %", "4/147");
    assertThat(doc.selectFirst("tr[data-cle=DEPARTEMENT-01]").select("td").get(1).text()).isEqualTo("1");
    assertThat(doc.select("table.logements tbody tr")).hasSize(7);
    assertThat(doc.select("table.logements .manque").eachText()).containsExactly("échu");
    assertThat(doc.selectFirst("figure.graphique desc").text()).contains("commune de " + script + " (2,72 %) 4");
    assertThat(doc.text()).contains("part non réservée : 95,92 %");
  }
}
