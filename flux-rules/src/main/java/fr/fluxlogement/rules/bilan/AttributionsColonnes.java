package fr.fluxlogement.rules.bilan;

import fr.fluxlogement.core.acteur.Reservataire;
import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.Resultat;
import fr.fluxlogement.core.evenement.Attribution;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.menage.Menage;
import fr.fluxlogement.core.quantite.Fraction;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.rules.objectifs.SeuilsQuartile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Les attributions d'une année rangées en colonnes de primitives, pour le bilan à l'échelle
 * nationale (R.441-5-1 CCH ; convention art. 6) : chaque partie et chaque valeur de ventilation
 * (typologie, financement, QPV, commune, EPCI, période de construction) reçoit un indice dense une
 * fois pour toutes au chargement, et les attributions sont rangées dans l'ordre de l'identifiant
 * de leur logement, si bien que les listes de logements de l'art. 6 sortent triées d'un seul
 * passage.
 *
 * <p>{@link #bilan(int, SeuilsQuartile)} rend <em>exactement</em> le bilan et les avertissements
 * de {@link Bilan.Compteur} nourri des mêmes attributions dans l'ordre donné (même règles, mêmes
 * chemins d'anomalie) : c'est vérifié par une propriété. Immuable : les colonnes sont construites
 * ici et jamais exposées ; un même objet sert plusieurs années et plusieurs jeux de seuils.
 */
public final class AttributionsColonnes {

  private static final Dimension[] DIMENSIONS = Dimension.values();
  private static final Mesure[] MESURES = Mesure.values();
  private static final int D = DIMENSIONS.length;
  private static final int M = MESURES.length;
  private static final int EPCI = Dimension.EPCI.ordinal();
  /** Les mesures ventilées sur toutes les dimensions ; les autres ne sont comptées qu'au total. */
  private static final Mesure[] VENTILEES = {Mesure.ATTRIBUTIONS_CALEOL, Mesure.BAUX_SIGNES};
  private static final int CALEOL = Mesure.ATTRIBUTIONS_CALEOL.ordinal();
  private static final int BAUX = Mesure.BAUX_SIGNES.ordinal();

  private static final int HORS_FLUX = 1;
  private static final int PRIORITAIRE = 2;
  private static final int DALO = 4;
  private static final int RENOUVELLEMENT_URBAIN = 8;
  private static final int EN_QPV = 16;
  /** Année de bail absente. */
  private static final int SANS_BAIL = Integer.MIN_VALUE;
  /** Valeur en centimes non représentable exactement sur 31 bits : comparaison en décimaux exacts. */
  private static final long HORS_BORNES = -1;
  private static final long BORNE = 1L << 31;

  private final int taille;
  /** Clé et libellé de chaque partie ; l'indice 0 est {@link Cle#TOUS}. */
  private final String[] cles;
  private final String[] libelles;
  /** Textes des valeurs de chaque dimension, par indice. */
  private final String[][] textes;
  /** L'EPCI de chaque valeur de la dimension EPCI (null pour « inconnu »). */
  private final Epci[] epcis;

  /** Les colonnes, dans l'ordre des identifiants de logement. */
  private final int[] origine;
  private final int[] partie;
  /** Les indices de valeur de chaque attribution, ligne par ligne : [attribution × D + dimension]. */
  private final int[] valeurs;
  private final int[] anneeCaleol;
  private final int[] anneeBail;
  private final byte[] drapeaux;
  private final String[] identifiant;
  /** Le rang de l'identifiant parmi les identifiants distincts triés (égal pour un même logement). */
  private final int[] rang;
  private final long[] centimes;
  private final long[] ucNumerateur;
  private final long[] ucDenominateur;
  private final Menage[] menages;

  private AttributionsColonnes(List<Attribution> liste) {
    int n = liste.size();
    this.taille = n;
    int[] ordre = ordre(liste);
    // les parties d'abord, dans l'ordre reçu : le libellé retenu est celui de la première rencontre
    Map<String, Integer> indicesParties = new HashMap<>();
    List<String> lesCles = new ArrayList<>();
    List<String> lesLibelles = new ArrayList<>();
    indicesParties.put(Cle.TOUS, 0);
    lesCles.add(Cle.TOUS);
    lesLibelles.add(null);
    int[] partieRecue = new int[n];
    // un même réservataire (le même objet) revient souvent : sa clé n'est calculée qu'une fois
    Map<Reservataire, Integer> dejaVus = new java.util.IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      Reservataire r = liste.get(i).contingent();
      Integer vu = dejaVus.get(r);
      if (vu != null) {
        partieRecue[i] = vu;
        continue;
      }
      Integer p = indicesParties.get(r.cle());
      if (p == null) {
        p = lesCles.size();
        indicesParties.put(r.cle(), p);
        lesCles.add(r.cle());
        lesLibelles.add(r.libelle());
      } else if (lesLibelles.get(p) == null) {
        lesLibelles.set(p, r.libelle());
      }
      partieRecue[i] = p;
      if (dejaVus.size() < 1_024) {
        dejaVus.put(r, p);
      }
    }
    List<Map<String, Integer>> dictionnaires = new ArrayList<>();
    List<List<String>> lesTextes = new ArrayList<>();
    for (int d = 0; d < D; d++) {
      dictionnaires.add(new HashMap<>());
      lesTextes.add(new ArrayList<>());
    }
    List<Epci> lesEpcis = new ArrayList<>();
    this.origine = new int[n];
    this.partie = new int[n];
    this.valeurs = new int[n * D];
    this.anneeCaleol = new int[n];
    this.anneeBail = new int[n];
    this.drapeaux = new byte[n];
    this.identifiant = new String[n];
    this.rang = new int[n];
    this.centimes = new long[n];
    this.ucNumerateur = new long[n];
    this.ucDenominateur = new long[n];
    this.menages = new Menage[n];
    for (int j = 0; j < n; j++) {
      int i = ordre[j];
      Attribution a = liste.get(i);
      Logement l = a.logement();
      origine[j] = i;
      partie[j] = partieRecue[i];
      if (j > 0 && l == liste.get(ordre[j - 1]).logement()) {
        // le même logement que l'attribution précédente : mêmes valeurs de ventilation
        System.arraycopy(valeurs, (j - 1) * D, valeurs, j * D, D);
      } else {
        indexer(l, valeurs, j, dictionnaires, lesTextes, lesEpcis);
      }
      anneeCaleol[j] = a.dateCaleol().getYear();
      anneeBail[j] = a.dateBail().map(b -> b.getYear()).orElse(SANS_BAIL);
      Menage m = a.menage();
      drapeaux[j] = (byte) ((a.mutation() || a.horsFlux() ? HORS_FLUX : 0) | (m.isPrioritaire() ? PRIORITAIRE : 0) | (m.dalo() ? DALO : 0)
          | (m.relogementRenouvellementUrbain() ? RENOUVELLEMENT_URBAIN : 0) | (l.isEnQpv() ? EN_QPV : 0));
      identifiant[j] = l.identifiant();
      rang[j] = j == 0 ? 0 : rang[j - 1] + (identifiant[j].equals(identifiant[j - 1]) ? 0 : 1);
      centimes[j] = centimes(m.ressourcesAnnuelles());
      ucNumerateur[j] = borne(m.unitesConsommation().numerateur());
      ucDenominateur[j] = borne(m.unitesConsommation().denominateur());
      menages[j] = m;
    }
    this.cles = lesCles.toArray(new String[0]);
    this.libelles = lesLibelles.toArray(new String[0]);
    this.textes = new String[D][];
    for (int d = 0; d < D; d++) {
      textes[d] = lesTextes.get(d).toArray(new String[0]);
    }
    this.epcis = lesEpcis.toArray(new Epci[0]);
  }

  /**
   * L'ordre des attributions par identifiant de logement, stable (à identifiant égal, l'ordre reçu) :
   * les identifiants distincts triés une fois, puis un tri par dénombrement de leurs rangs.
   */
  private static int[] ordre(List<Attribution> liste) {
    int n = liste.size();
    Map<String, Integer> distincts = new HashMap<>();
    int[] code = new int[n];
    List<String> textes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = liste.get(i).logement().identifiant();
      Integer c = distincts.get(id);
      if (c == null) {
        c = textes.size();
        distincts.put(id, c);
        textes.add(id);
      }
      code[i] = c;
    }
    Integer[] tries = new Integer[textes.size()];
    for (int c = 0; c < tries.length; c++) {
      tries[c] = c;
    }
    Arrays.sort(tries, Comparator.comparing(textes::get));
    int[] rangDe = new int[tries.length];
    for (int r = 0; r < tries.length; r++) {
      rangDe[tries[r]] = r;
    }
    int[] debut = new int[tries.length + 1];
    for (int i = 0; i < n; i++) {
      debut[rangDe[code[i]] + 1]++;
    }
    for (int r = 0; r < tries.length; r++) {
      debut[r + 1] += debut[r];
    }
    int[] ordre = new int[n];
    for (int i = 0; i < n; i++) {
      ordre[debut[rangDe[code[i]]]++] = i;
    }
    return ordre;
  }

  /** Les indices de valeur du logement de l'attribution {@code j}, les valeurs nouvelles ajoutées aux dictionnaires. */
  private static void indexer(Logement l, int[] valeurs, int j, List<Map<String, Integer>> dictionnaires, List<List<String>> lesTextes,
      List<Epci> lesEpcis) {
    String[] v = Bilan.valeursDimensions(l);
    for (int d = 0; d < D; d++) {
      Map<String, Integer> dico = dictionnaires.get(d);
      Integer x = dico.get(v[d]);
      if (x == null) {
        x = dico.size();
        dico.put(v[d], x);
        lesTextes.get(d).add(v[d]);
        if (d == EPCI) {
          lesEpcis.add(l.localisation().epci().orElse(null));
        }
      }
      valeurs[j * D + d] = x;
    }
  }

  /**
   * Les colonnes d'une liste d'attributions (l'ordre de la liste fixe le rang des chemins
   * d'anomalie {@code attributions[i]}).
   *
   * @throws NullPointerException si la liste ou l'un de ses éléments est nul
   */
  public static AttributionsColonnes of(List<Attribution> attributions) {
    Objects.requireNonNull(attributions, "attributions");
    for (Attribution a : attributions) {
      Objects.requireNonNull(a, "attribution");
    }
    return new AttributionsColonnes(List.copyOf(attributions));
  }

  /** Le nombre d'attributions. */
  public int taille() {
    return taille;
  }

  private static final BigDecimal BORNE_DECIMALE = BigDecimal.valueOf(BORNE);

  private static long centimes(BigDecimal montant) {
    BigDecimal c = montant.movePointRight(2);
    if (montant.scale() <= 2) {
      // au plus deux décimales : c est entier (échelle 0), inutile d'ôter ses zéros
      return c.signum() < 0 || c.compareTo(BORNE_DECIMALE) >= 0 ? HORS_BORNES : c.longValueExact();
    }
    if (c.signum() < 0 || c.stripTrailingZeros().scale() > 0 || c.compareTo(BigDecimal.valueOf(BORNE)) >= 0) {
      return HORS_BORNES;
    }
    return c.longValueExact();
  }

  private static long borne(BigInteger b) {
    return b.signum() > 0 && b.bitLength() < 31 ? b.intValue() : HORS_BORNES;
  }

  /**
   * Le bilan d'une année et ses avertissements (seuils de quartile manquants), identiques à ceux
   * de {@link Bilan.Compteur} nourri des mêmes attributions.
   *
   * @param annee l'année N du bilan
   * @param seuils les seuils de premier quartile par EPCI
   * @return le bilan, avec un avertissement par attribution dont le quartile n'a pu être jugé
   */
  public Resultat<Bilan> bilan(int annee, SeuilsQuartile seuils) {
    Objects.requireNonNull(seuils, "seuils");
    Calcul c = new Calcul(annee, seuils);
    for (int j = 0; j < taille; j++) {
      c.compter(j);
    }
    return c.resultat();
  }

  /** Un calcul de bilan : ses compteurs et ses listes, locaux à l'appel. */
  private final class Calcul {
    private final int annee;
    /**
     * Tous les compteurs, en un tableau : la dimension d commence à {@code debut[d]}, puis
     * [valeur][partie][mesure]. Le total (d = 0) a toutes les mesures ; les ventilations n'ont que
     * les deux mesures ventilées ({@link #VENTILEES}), voisines en mémoire.
     */
    private final long[] compteurs;
    private final int[] debut = new int[D + 1];
    private final int parties = cles.length;
    /** Seuil de chaque valeur d'EPCI (null s'il manque) et sa valeur en centimes ({@link #HORS_BORNES} au-delà). */
    private final BigDecimal[] seuil;
    private final long[] seuilCentimes;
    private final boolean[] compte;
    /** Les attributions listées de chaque partie (un indice par logement distinct, dans l'ordre des identifiants). */
    private final int[][] listes;
    private final int[] longueurs;
    /** Le rang du dernier identifiant listé pour chaque partie (−1 : aucun). */
    private final int[] dernier;
    private final List<long[]> avertissements = new ArrayList<>();
    /** Le nombre de valeurs de chaque dimension. */
    private final int[] nombres = new int[D];
    /** Le nombre de mesures de chaque dimension. */
    private final int[] largeurs = new int[D];

    Calcul(int annee, SeuilsQuartile seuils) {
      this.annee = annee;
      int p = cles.length;
      for (int d = 0; d < D; d++) {
        nombres[d] = textes[d].length;
        largeurs[d] = d == 0 ? M : VENTILEES.length;
        debut[d + 1] = debut[d] + nombres[d] * p * largeurs[d];
      }
      this.compteurs = new long[debut[D]];
      this.seuil = new BigDecimal[epcis.length];
      this.seuilCentimes = new long[epcis.length];
      for (int e = 0; e < epcis.length; e++) {
        seuil[e] = epcis[e] == null ? null : seuils.seuil(epcis[e], annee).orElse(null);
        seuilCentimes[e] = seuil[e] == null ? HORS_BORNES : centimes(seuil[e]);
      }
      this.compte = new boolean[p];
      this.listes = new int[p][];
      this.longueurs = new int[p];
      this.dernier = new int[p];
      Arrays.fill(dernier, -1);
    }

    // Seule la partie est comptée ici ; la ligne « toutes les parties » (indice 0) est la somme des
    // parties, calculée une fois à la fin (voir resultat()).

    private void total(int m, int p) {
      compteurs[p * M + m]++;
      compte[p] = true;
    }

    /** Une mesure ventilée ({@code rang} dans {@link #VENTILEES}) : son total et ses ventilations. */
    private void toutes(int m, int rangVentilee, int p, int j) {
      total(m, p);
      int ligne = j * D;
      int w = VENTILEES.length;
      for (int d = 1; d < D; d++) {
        compteurs[debut[d] + (valeurs[ligne + d] * parties + p) * w + rangVentilee]++;
      }
    }

    private void lister(int p, int j) {
      if (dernier[p] == rang[j]) {
        return;
      }
      dernier[p] = rang[j];
      int[] l = listes[p];
      int n = longueurs[p];
      if (l == null) {
        l = new int[16];
        listes[p] = l;
      } else if (n == l.length) {
        l = Arrays.copyOf(l, n * 2);
        listes[p] = l;
      }
      l[n] = j;
      longueurs[p] = n + 1;
    }

    void compter(int j) {
      boolean caleol = anneeCaleol[j] == annee;
      boolean bail = anneeBail[j] == annee;
      if (!caleol && !bail) {
        return;
      }
      int f = drapeaux[j];
      boolean horsFlux = (f & HORS_FLUX) != 0;
      int q = Bilan.jugeLeQuartile(bail, horsFlux) ? quartile(j) : Bilan.QUARTILE_INCONNU;
      int p = partie[j];
      for (int bits = Bilan.mesures(caleol, bail, horsFlux, (f & PRIORITAIRE) != 0, (f & DALO) != 0, (f & EN_QPV) != 0,
          (f & RENOUVELLEMENT_URBAIN) != 0, q); bits != 0; bits &= bits - 1) {
        int m = Integer.numberOfTrailingZeros(bits);
        if (m == CALEOL) {
          toutes(m, 0, p, j);
          lister(p, j);
          lister(0, j);
        } else if (m == BAUX) {
          toutes(m, 1, p, j);
        } else {
          total(m, p);
        }
      }
    }

    /** Le quartile du ménage (constantes de {@link Bilan}) ; un seuil manquant est noté pour l'avertissement. */
    private int quartile(int j) {
      int e = valeurs[j * D + EPCI];
      if (seuil[e] == null) {
        avertissements.add(new long[] {origine[j], j});
        return Bilan.QUARTILE_INCONNU;
      }
      long s = seuilCentimes[e];
      long r = centimes[j];
      long n = ucNumerateur[j];
      long d = ucDenominateur[j];
      if (s == HORS_BORNES || r == HORS_BORNES || n == HORS_BORNES || d == HORS_BORNES) {
        return SeuilsQuartile.isPremierQuartile(menages[j], seuil[e]) ? Bilan.PREMIER_QUARTILE : Bilan.AU_DELA_DU_PREMIER_QUARTILE;
      }
      // ressources ÷ (n/d) < seuil ⟺ ressources × d < seuil × n, en centimes ; chaque facteur < 2³¹
      return r * d < s * n ? Bilan.PREMIER_QUARTILE : Bilan.AU_DELA_DU_PREMIER_QUARTILE;
    }

    /**
     * La ligne « toutes les parties » : la somme des parties. Une partie dont la clé est {@link Cle#TOUS}
     * partage l'indice 0 et y compte deux fois, comme dans {@link Bilan.Compteur}.
     */
    private void sommerLesParties() {
      for (int d = 0; d < D; d++) {
        int w = largeurs[d];
        for (int v = 0; v < nombres[d]; v++) {
          int r = debut[d] + v * parties * w;
          for (int m = 0; m < w; m++) {
            long tous = 2 * compteurs[r + m];
            for (int p = 1; p < parties; p++) {
              tous += compteurs[r + p * w + m];
            }
            compteurs[r + m] = tous;
          }
        }
      }
    }

    Resultat<Bilan> resultat() {
      sommerLesParties();
      TreeMap<Cle, Long> c = new TreeMap<>();
      TreeMap<String, String> lib = new TreeMap<>();
      TreeMap<String, SortedSet<String>> li = new TreeMap<>();
      for (int p = 0; p < cles.length; p++) {
        for (int d = 0; d < D; d++) {
          int w = largeurs[d];
          for (int v = 0; v < nombres[d]; v++) {
            int r = debut[d] + (v * parties + p) * w;
            for (int m = 0; m < w; m++) {
              if (compteurs[r + m] > 0) {
                c.put(new Cle(d == 0 ? MESURES[m] : VENTILEES[m], cles[p], DIMENSIONS[d], textes[d][v]), compteurs[r + m]);
              }
            }
          }
        }
        if (compte[p] && libelles[p] != null) {
          lib.put(cles[p], libelles[p]);
        }
        if (longueurs[p] > 0) {
          String[] ids = new String[longueurs[p]];
          for (int x = 0; x < ids.length; x++) {
            ids[x] = identifiant[listes[p][x]];
          }
          li.put(Mesure.ATTRIBUTIONS_CALEOL.name() + "|" + cles[p], EnsembleTrie.depuisTrie(ids, ids.length));
        }
      }
      avertissements.sort(Comparator.comparingLong(a -> a[0]));
      List<Anomalie> anomalies = new ArrayList<>(Math.min(avertissements.size(), Bilan.SEUILS_MANQUANTS_LISTES));
      for (int i = 0; i < avertissements.size() && i < Bilan.SEUILS_MANQUANTS_LISTES; i++) {
        long[] a = avertissements.get(i);
        anomalies.add(Bilan.seuilManquant(a[0], identifiant[(int) a[1]], annee));
      }
      return Resultat.ok(new Bilan(annee, c, lib, li), Bilan.avertissementsSeuil(anomalies, avertissements.size(), annee));
    }
  }
}
