package fr.fluxlogement.rules.orientation;

import fr.fluxlogement.core.logement.Logement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Les compteurs du moteur d'orientation, en tableaux de primitives indexés densément (parties,
 * catégories). Modifiable, à usage interne : un {@link EtatOrientation} publié n'est jamais modifié
 * (copie à l'écriture), l'orientation d'une séquence travaille sur une copie privée.
 */
final class TableauCompteur {

  static final int TYPOLOGIE = 0;
  static final int FINANCEMENT = 1;
  static final int QPV = 2;
  static final int COMMUNE = 3;

  final int n;
  long k;
  final long[] imputes;
  final long[] offres;
  final long[] echecs;
  /** Logements par catégorie : [groupe][valeur]. */
  long[][] parCategorie;
  /** Logements imputés par catégorie et partie : [groupe][valeur * n + partie]. */
  long[][] parCategoriePartie;
  final Map<String, Integer> communes;

  TableauCompteur(int n) {
    this.n = n;
    this.imputes = new long[n];
    this.offres = new long[n];
    this.echecs = new long[n];
    this.parCategorie = new long[][] {new long[6], new long[5], new long[2], new long[16]};
    this.parCategoriePartie = new long[][] {new long[6 * n], new long[5 * n], new long[2 * n], new long[16 * n]};
    this.communes = new HashMap<>();
  }

  private TableauCompteur(TableauCompteur t) {
    this.n = t.n;
    this.k = t.k;
    this.imputes = t.imputes.clone();
    this.offres = t.offres.clone();
    this.echecs = t.echecs.clone();
    this.parCategorie = new long[4][];
    this.parCategoriePartie = new long[4][];
    for (int g = 0; g < 4; g++) {
      parCategorie[g] = t.parCategorie[g].clone();
      parCategoriePartie[g] = t.parCategoriePartie[g].clone();
    }
    this.communes = new HashMap<>(t.communes);
  }

  TableauCompteur copie() {
    return new TableauCompteur(this);
  }

  /** Les indices de catégorie d'un logement : typologie, financement, QPV, commune (créée au besoin). */
  int[] categories(Logement l) {
    Integer c = communes.get(l.localisation().commune().code());
    if (c == null) {
      c = communes.size();
      communes.put(l.localisation().commune().code(), c);
      if (c >= parCategorie[COMMUNE].length) {
        parCategorie[COMMUNE] = Arrays.copyOf(parCategorie[COMMUNE], c * 2);
        parCategoriePartie[COMMUNE] = Arrays.copyOf(parCategoriePartie[COMMUNE], c * 2 * n);
      }
    }
    return new int[] {l.typologie().ordinal(), l.financement().ordinal(), l.isEnQpv() ? 0 : 1, c};
  }

  void compterLogement(int[] cat, int signe) {
    for (int g = 0; g < 4; g++) {
      parCategorie[g][cat[g]] += signe;
    }
  }

  void imputer(int partie, int[] cat, int signe) {
    imputes[partie] += signe;
    for (int g = 0; g < 4; g++) {
      parCategoriePartie[g][cat[g] * n + partie] += signe;
    }
  }
}
