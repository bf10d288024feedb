package fr.fluxlogement.rendu.html;

import java.util.List;
import java.util.Objects;

/**
 * Un graphique SVG en ligne, géométrie calculée : barres ou courbes, graduations, légende, et sa
 * version en texte (alternative lue par les lecteurs d'écran et imprimée sous le graphique). Les
 * barres et les courbes se distinguent sans couleur (hachures, tirets, marqueurs), lisibles en
 * gris et à l'impression.
 *
 * @param id l'identifiant du graphique dans la page (préfixe de ses motifs)
 * @param titre le titre
 * @param alternative la description complète en texte : chaque valeur
 * @param largeur la largeur en unités SVG
 * @param hauteur la hauteur en unités SVG
 * @param barres les barres (graphique en barres)
 * @param courbes les courbes (graphique en courbes)
 * @param graduations les graduations de l'axe des valeurs
 * @param abscisses les étiquettes de l'axe horizontal (courbes)
 * @param axeX l'ordonnée de l'axe horizontal
 * @param gauche l'abscisse de l'axe vertical
 * @param droite l'abscisse de la fin de l'axe horizontal
 */
public record Graphique(
    String id,
    String titre,
    String alternative,
    int largeur,
    int hauteur,
    List<Barre> barres,
    List<Courbe> courbes,
    List<Graduation> graduations,
    List<Graduation> abscisses,
    int axeX,
    int gauche,
    int droite) {

  /** Fige ; refuse les {@code null}. */
  public Graphique {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titre, "titre");
    Objects.requireNonNull(alternative, "alternative");
    barres = List.copyOf(barres);
    courbes = List.copyOf(courbes);
    graduations = List.copyOf(graduations);
    abscisses = List.copyOf(abscisses);
  }

  /**
   * Une barre.
   *
   * @param libelle son libellé, sous la barre
   * @param detail une seconde ligne sous le libellé, ou vide
   * @param valeur sa valeur, au-dessus
   * @param x abscisse
   * @param y ordonnée du haut
   * @param l largeur
   * @param h hauteur
   * @param motif le motif de remplissage : {@code plein}, {@code hachures}, {@code points}, {@code vide}
   */
  public record Barre(String libelle, String detail, String valeur, int x, int y, int l, int h, String motif) {

    /**
     * Le milieu de la barre.
     *
     * @return l'abscisse du milieu
     */
    public int milieu() {
      return x + l / 2;
    }
  }

  /**
   * Une courbe : ses points et sa manière (tirets, marqueur).
   *
   * @param libelle la série
   * @param points les points
   * @param tirets le motif de tirets SVG ({@code none} pour un trait plein)
   * @param marqueur {@code rond}, {@code carre}, {@code triangle} ou {@code losange}
   */
  public record Courbe(String libelle, List<Point> points, String tirets, String marqueur) {

    /** Fige. */
    public Courbe {
      points = List.copyOf(points);
    }

    /**
     * Les points au format de l'attribut {@code points} d'une {@code polyline}.
     *
     * @return « x,y x,y … »
     */
    public String trace() {
      StringBuilder sb = new StringBuilder();
      for (Point p : points) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(p.x()).append(',').append(p.y());
      }
      return sb.toString();
    }
  }

  /**
   * Un point d'une courbe.
   *
   * @param x abscisse
   * @param y ordonnée
   * @param valeur la valeur
   */
  public record Point(int x, int y, String valeur) {

    /**
     * Le marqueur triangle centré sur le point.
     *
     * @return l'attribut {@code points} du polygone
     */
    public String triangle() {
      return x + "," + (y - 5) + " " + (x + 5) + "," + (y + 4) + " " + (x - 5) + "," + (y + 4);
    }

    /**
     * Le marqueur losange centré sur le point.
     *
     * @return l'attribut {@code points} du polygone
     */
    public String losange() {
      return x + "," + (y - 5) + " " + (x + 5) + "," + y + " " + x + "," + (y + 5) + " " + (x - 5) + "," + y;
    }
  }

  /**
   * Une graduation d'un axe.
   *
   * @param position la position (ordonnée pour l'axe des valeurs, abscisse pour l'axe horizontal)
   * @param texte l'étiquette
   */
  public record Graduation(int position, String texte) {}
}
