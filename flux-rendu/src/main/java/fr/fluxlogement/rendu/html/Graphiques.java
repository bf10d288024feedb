package fr.fluxlogement.rendu.html;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Le calcul des graphiques : échelle, graduations « rondes », position des barres et des points.
 * Le balisage SVG est celui des gabarits ; ici, seulement des nombres.
 */
public final class Graphiques {

  private Graphiques() {}

  private static final int LARGEUR = 640;
  private static final int HAUTEUR = 260;
  private static final int GAUCHE = 48;
  private static final int HAUT = 24;
  private static final int BAS = 40;
  private static final List<String> MOTIFS = List.of("plein", "hachures", "points", "vide");
  private static final List<String> TIRETS = List.of("none", "8 4", "2 4", "10 4 2 4");
  private static final List<String> MARQUEURS = List.of("rond", "carre", "triangle", "losange");

  /**
   * Une valeur nommée.
   *
   * @param libelle le nom, sous la barre
   * @param detail une seconde ligne sous le nom, ou vide
   * @param valeur la valeur, positive ou nulle
   * @param motif le rang du motif de remplissage (0 plein, 1 hachures, 2 points, 3 vide), ou -1 pour
   *     le rang de la barre
   */
  public record Valeur(String libelle, String detail, long valeur, int motif) {

    /**
     * Une valeur au motif de son rang.
     *
     * @param libelle le nom
     * @param valeur la valeur
     */
    public Valeur(String libelle, long valeur) {
      this(libelle, "", valeur, -1);
    }
  }

  /**
   * Une série de valeurs.
   *
   * @param libelle le nom
   * @param valeurs une valeur par abscisse
   */
  public record Serie(String libelle, List<Long> valeurs) {}

  /** Le plus petit maximum rond (1, 2 ou 5 × 10^n) au moins égal à {@code max}, au moins 1. */
  static long maximumRond(long max) {
    long m = Math.max(1, max);
    long p = 1;
    while (true) {
      for (long f : new long[] {1, 2, 5}) {
        if (f * p >= m) {
          return f * p;
        }
      }
      p *= 10;
    }
  }

  private static List<Graphique.Graduation> graduations(long max, int zero, int haut) {
    List<Graphique.Graduation> l = new ArrayList<>();
    int n = max <= 5 ? (int) max : 5;
    for (int i = 0; i <= n; i++) {
      long v = max * i / n;
      l.add(new Graphique.Graduation(zero - (int) Math.round((double) (zero - haut) * v / max), Long.toString(v)));
    }
    return l;
  }

  /**
   * Un graphique en barres.
   *
   * @param id l'identifiant dans la page
   * @param titre le titre
   * @param unite l'unité des valeurs, pour l'alternative (« logements »)
   * @param valeurs les barres, dans l'ordre
   * @return le graphique
   */
  public static Graphique barres(String id, String titre, String unite, List<Valeur> valeurs) {
    long max = maximumRond(valeurs.stream().mapToLong(Valeur::valeur).max().orElse(0));
    int zero = HAUTEUR - BAS;
    int droite = LARGEUR - 16;
    int pas = valeurs.isEmpty() ? 0 : (droite - GAUCHE) / valeurs.size();
    int l = Math.min(90, pas * 3 / 5);
    List<Graphique.Barre> barres = new ArrayList<>();
    for (int i = 0; i < valeurs.size(); i++) {
      Valeur v = valeurs.get(i);
      int h = (int) Math.round((double) (zero - HAUT) * v.valeur() / max);
      int x = GAUCHE + i * pas + (pas - l) / 2;
      String motif = MOTIFS.get((v.motif() < 0 ? i : v.motif()) % MOTIFS.size());
      barres.add(new Graphique.Barre(v.libelle(), v.detail(), Long.toString(v.valeur()), x, zero - h, l, h, motif));
    }
    String alt = titre + " : " + valeurs.stream().map(v -> v.libelle() + (v.detail().isEmpty() ? "" : " " + v.detail()) + " " + v.valeur()).collect(Collectors.joining(", ")) + " " + unite + ".";
    return new Graphique(id, titre, alt, LARGEUR, HAUTEUR, barres, List.of(), graduations(max, zero, HAUT), List.of(), zero, GAUCHE, droite);
  }

  /**
   * Un graphique en courbes : une courbe par série, une abscisse par étiquette.
   *
   * @param id l'identifiant dans la page
   * @param titre le titre
   * @param unite l'unité des valeurs, pour l'alternative
   * @param abscisses les étiquettes de l'axe horizontal (les années)
   * @param series les séries, chacune d'autant de valeurs que d'abscisses
   * @return le graphique
   */
  public static Graphique courbes(String id, String titre, String unite, List<String> abscisses, List<Serie> series) {
    long max = maximumRond(series.stream().flatMap(s -> s.valeurs().stream()).mapToLong(Long::longValue).max().orElse(0));
    int zero = HAUTEUR - BAS;
    int droite = LARGEUR - 24;
    int n = abscisses.size();
    int pas = n <= 1 ? 0 : (droite - GAUCHE - 24) / (n - 1);
    List<Graphique.Graduation> xs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xs.add(new Graphique.Graduation(GAUCHE + 24 + i * pas, abscisses.get(i)));
    }
    List<Graphique.Courbe> courbes = new ArrayList<>();
    StringBuilder alt = new StringBuilder(titre).append(" :");
    for (int s = 0; s < series.size(); s++) {
      Serie serie = series.get(s);
      List<Graphique.Point> pts = new ArrayList<>();
      List<String> textes = new ArrayList<>();
      for (int i = 0; i < Math.min(n, serie.valeurs().size()); i++) {
        long v = serie.valeurs().get(i);
        pts.add(new Graphique.Point(xs.get(i).position(), zero - (int) Math.round((double) (zero - HAUT) * v / max), Long.toString(v)));
        textes.add(abscisses.get(i) + " " + v);
      }
      courbes.add(new Graphique.Courbe(serie.libelle(), pts, TIRETS.get(s % TIRETS.size()), MARQUEURS.get(s % MARQUEURS.size())));
      alt.append(s == 0 ? " " : " ; ").append(serie.libelle()).append(" : ").append(String.join(", ", textes));
    }
    alt.append(" (").append(unite).append(").");
    return new Graphique(id, titre, alt.toString(), LARGEUR, HAUTEUR, List.of(), courbes, graduations(max, zero, HAUT), xs, zero, GAUCHE, droite);
  }
}
