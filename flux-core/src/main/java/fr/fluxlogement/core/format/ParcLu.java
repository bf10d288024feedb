package fr.fluxlogement.core.format;

import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Typologie;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Un parc lu d'un fichier RPLS en colonnes de primitives, pour les calculs à l'échelle nationale :
 * pour chaque logement accepté, dans l'ordre du fichier, l'indice dense de sa commune, de son EPCI
 * et de son bailleur (dans l'ordre de première rencontre), son financement, sa typologie, son mode
 * d'occupation, ses drapeaux (QPV, vente, démolition) et ses années. Environ 16 octets par logement,
 * sans objet par logement. Immuable ; rien n'est exposé qui puisse le modifier.
 *
 * <p>Ce sont exactement les valeurs des {@link Logement} que rend la lecture ligne à ligne du même
 * fichier ({@link LecteurRpls#lire(java.util.Iterator, java.util.function.Consumer)}) : c'est
 * vérifié par une propriété.
 */
public final class ParcLu {

  /** Indice d'une valeur absente (EPCI ou bailleur non renseigné). */
  public static final int ABSENT = -1;

  static final int QPV = 1;
  static final int VENTE = 2;
  static final int DEMOLITION = 4;

  private static final Financement[] FINANCEMENTS = Financement.values();
  private static final Typologie[] TYPOLOGIES = Typologie.values();
  private static final ModeOccupation[] MODES = ModeOccupation.values();

  private final int taille;
  private final int[] commune;
  private final int[] epci;
  private final int[] bailleur;
  private final byte[] financement;
  private final byte[] typologie;
  private final byte[] mode;
  private final byte[] drapeaux;
  private final short[] anneeLocation;
  private final short[] anneeConstruction;
  private final String[] communes;
  private final String[] epcis;
  private final String[] bailleurs;
  private final LectureFichier lecture;

  private ParcLu(ColonnesCompteur c, LectureFichier lecture) {
    this.taille = c.n;
    this.commune = Arrays.copyOf(c.commune, c.n);
    this.epci = Arrays.copyOf(c.epci, c.n);
    this.bailleur = Arrays.copyOf(c.bailleur, c.n);
    this.financement = Arrays.copyOf(c.financement, c.n);
    this.typologie = Arrays.copyOf(c.typologie, c.n);
    this.mode = Arrays.copyOf(c.mode, c.n);
    this.drapeaux = Arrays.copyOf(c.drapeaux, c.n);
    this.anneeLocation = Arrays.copyOf(c.anneeLocation, c.n);
    this.anneeConstruction = Arrays.copyOf(c.anneeConstruction, c.n);
    this.communes = c.communes.textes.toArray(new String[0]);
    this.epcis = c.epcis.textes.toArray(new String[0]);
    this.bailleurs = c.bailleurs.textes.toArray(new String[0]);
    this.lecture = lecture;
  }

  static ParcLu of(ColonnesCompteur c, LectureFichier lecture) {
    return new ParcLu(c, lecture);
  }

  /**
   * Les colonnes de logements déjà lus, avec le bailleur de chacun (texte vide : non renseigné).
   *
   * @throws IllegalArgumentException si les deux listes n'ont pas la même longueur
   */
  public static ParcLu of(List<Logement> logements, List<String> bailleurs, LectureFichier lecture) {
    Objects.requireNonNull(lecture, "lecture");
    if (logements.size() != bailleurs.size()) {
      throw new IllegalArgumentException("un bailleur par logement attendu");
    }
    ColonnesCompteur c = new ColonnesCompteur();
    for (int i = 0; i < logements.size(); i++) {
      c.ajouter(logements.get(i), bailleurs.get(i));
    }
    return new ParcLu(c, lecture);
  }

  /** Le compte rendu de la lecture. */
  public LectureFichier lecture() {
    return lecture;
  }

  /** Le nombre de logements acceptés. */
  public int taille() {
    return taille;
  }

  /** L'indice de la commune du logement {@code i}. */
  public int commune(int i) {
    return commune[i];
  }

  /** Le nombre de communes distinctes. */
  public int communes() {
    return communes.length;
  }

  /** Le code INSEE de la commune d'indice {@code c}. */
  public String codeCommune(int c) {
    return communes[c];
  }

  /** L'indice de l'EPCI du logement {@code i}, {@link #ABSENT} s'il n'est pas renseigné. */
  public int epci(int i) {
    return epci[i];
  }

  /** Le nombre d'EPCI distincts. */
  public int epcis() {
    return epcis.length;
  }

  /** Le SIREN de l'EPCI d'indice {@code e}. */
  public String sirenEpci(int e) {
    return epcis[e];
  }

  /** L'indice du bailleur du logement {@code i} (colonne {@code SIREN_BAILLEUR}), {@link #ABSENT} s'il n'est pas renseigné. */
  public int bailleur(int i) {
    return bailleur[i];
  }

  /** Le nombre de bailleurs distincts. */
  public int bailleurs() {
    return bailleurs.length;
  }

  /** L'identifiant du bailleur d'indice {@code b}, tel qu'écrit dans le fichier. */
  public String identifiantBailleur(int b) {
    return bailleurs[b];
  }

  /** Le financement du logement {@code i}. */
  public Financement financement(int i) {
    return FINANCEMENTS[financement[i]];
  }

  /** La typologie du logement {@code i}. */
  public Typologie typologie(int i) {
    return TYPOLOGIES[typologie[i]];
  }

  /** Le mode d'occupation du logement {@code i}. */
  public ModeOccupation modeOccupation(int i) {
    return MODES[mode[i]];
  }

  /** Vrai si le logement {@code i} est en QPV. */
  public boolean isEnQpv(int i) {
    return (drapeaux[i] & QPV) != 0;
  }

  /** Vrai si le logement {@code i} est mis en vente. */
  public boolean isEnVente(int i) {
    return (drapeaux[i] & VENTE) != 0;
  }

  /** Vrai si le logement {@code i} est destiné à la démolition. */
  public boolean isADemolir(int i) {
    return (drapeaux[i] & DEMOLITION) != 0;
  }

  /** L'année de première mise en location du logement {@code i} ({@code LOCAT}), 0 si inconnue. */
  public int anneeMiseEnLocation(int i) {
    return anneeLocation[i];
  }

  /** L'année de construction du logement {@code i} ({@code CONSTRUCT}), 0 si inconnue. */
  public int anneeConstruction(int i) {
    return anneeConstruction[i];
  }

  /** Égaux : mêmes colonnes, mêmes dictionnaires, même compte rendu. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ParcLu p && taille == p.taille && Arrays.equals(commune, p.commune) && Arrays.equals(epci, p.epci)
        && Arrays.equals(bailleur, p.bailleur) && Arrays.equals(financement, p.financement) && Arrays.equals(typologie, p.typologie)
        && Arrays.equals(mode, p.mode) && Arrays.equals(drapeaux, p.drapeaux) && Arrays.equals(anneeLocation, p.anneeLocation)
        && Arrays.equals(anneeConstruction, p.anneeConstruction) && Arrays.equals(communes, p.communes) && Arrays.equals(epcis, p.epcis)
        && Arrays.equals(bailleurs, p.bailleurs) && lecture.equals(p.lecture);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taille, Arrays.hashCode(commune), Arrays.hashCode(drapeaux), lecture);
  }

  @Override
  public String toString() {
    return "ParcLu[" + taille + " logements, " + communes.length + " communes, " + epcis.length + " EPCI, " + bailleurs.length
        + " bailleurs ; " + lecture.compteRendu().resume() + "]";
  }

  /** Des colonnes en construction, à indices locaux ; fusionnées dans l'ordre du fichier. */
  static final class ColonnesCompteur {
    int n;
    int[] commune = new int[1024];
    int[] epci = new int[1024];
    int[] bailleur = new int[1024];
    byte[] financement = new byte[1024];
    byte[] typologie = new byte[1024];
    byte[] mode = new byte[1024];
    byte[] drapeaux = new byte[1024];
    short[] anneeLocation = new short[1024];
    short[] anneeConstruction = new short[1024];
    final DictionnaireCompteur communes = new DictionnaireCompteur();
    final DictionnaireCompteur epcis = new DictionnaireCompteur();
    final DictionnaireCompteur bailleurs = new DictionnaireCompteur();

    private void place(int k) {
      if (n + k <= commune.length) {
        return;
      }
      int m = Math.max(commune.length * 2, n + k);
      commune = Arrays.copyOf(commune, m);
      epci = Arrays.copyOf(epci, m);
      bailleur = Arrays.copyOf(bailleur, m);
      financement = Arrays.copyOf(financement, m);
      typologie = Arrays.copyOf(typologie, m);
      mode = Arrays.copyOf(mode, m);
      drapeaux = Arrays.copyOf(drapeaux, m);
      anneeLocation = Arrays.copyOf(anneeLocation, m);
      anneeConstruction = Arrays.copyOf(anneeConstruction, m);
    }

    void ajouter(int c, int e, int b, int f, int t, int m, int d, int locat, int construct) {
      place(1);
      commune[n] = c;
      epci[n] = e;
      bailleur[n] = b;
      financement[n] = (byte) f;
      typologie[n] = (byte) t;
      mode[n] = (byte) m;
      drapeaux[n] = (byte) d;
      anneeLocation[n] = (short) locat;
      anneeConstruction[n] = (short) construct;
      n++;
    }

    /** Ajoute un logement lu ligne à ligne, et son bailleur (texte vide : non renseigné). */
    void ajouter(Logement l, String bailleurTexte) {
      int c = communes.indice(l.localisation().commune().code());
      int e = l.localisation().epci().map(x -> epcis.indice(x.siren())).orElse(ABSENT);
      int b = bailleurTexte.isEmpty() ? ABSENT : bailleurs.indice(bailleurTexte);
      int d = (l.isEnQpv() ? QPV : 0) | (l.enVente() ? VENTE : 0) | (l.aDemolir() ? DEMOLITION : 0);
      ajouter(c, e, b, l.financement().ordinal(), l.typologie().ordinal(), l.modeOccupation().ordinal(), d,
          l.anneeMiseEnLocation().orElse(0), l.anneeConstruction().orElse(0));
    }

    /** Ajoute à la suite les colonnes d'un morceau suivant, ses indices locaux traduits. */
    void ajouter(ColonnesCompteur p) {
      int[] tc = traduction(p.communes, communes);
      int[] te = traduction(p.epcis, epcis);
      int[] tb = traduction(p.bailleurs, bailleurs);
      place(p.n);
      for (int i = 0; i < p.n; i++) {
        commune[n + i] = tc[p.commune[i]];
        epci[n + i] = p.epci[i] < 0 ? ABSENT : te[p.epci[i]];
        bailleur[n + i] = p.bailleur[i] < 0 ? ABSENT : tb[p.bailleur[i]];
      }
      System.arraycopy(p.financement, 0, financement, n, p.n);
      System.arraycopy(p.typologie, 0, typologie, n, p.n);
      System.arraycopy(p.mode, 0, mode, n, p.n);
      System.arraycopy(p.drapeaux, 0, drapeaux, n, p.n);
      System.arraycopy(p.anneeLocation, 0, anneeLocation, n, p.n);
      System.arraycopy(p.anneeConstruction, 0, anneeConstruction, n, p.n);
      n += p.n;
    }

    private static int[] traduction(DictionnaireCompteur local, DictionnaireCompteur global) {
      int[] t = new int[local.taille()];
      for (int i = 0; i < t.length; i++) {
        t[i] = global.indice(local, i);
      }
      return t;
    }
  }
}
