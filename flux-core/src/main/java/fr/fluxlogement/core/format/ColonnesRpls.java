package fr.fluxlogement.core.format;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.logement.ContingentRpls;
import fr.fluxlogement.core.logement.Financement;
import fr.fluxlogement.core.logement.Logement;
import fr.fluxlogement.core.logement.ModeOccupation;
import fr.fluxlogement.core.logement.Typologie;
import fr.fluxlogement.core.territoire.Commune;
import fr.fluxlogement.core.territoire.Epci;
import fr.fluxlogement.core.territoire.Qpv;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * La lecture d'un morceau de fichier RPLS droit des octets aux colonnes d'un {@link ParcLu}.
 *
 * <p>Chemin rapide : une ligne en ASCII, sans guillemet ni caractère de contrôle, au bon nombre de
 * champs, dont chaque champ lu a une forme simple et déjà vue valide (communes, EPCI, bailleurs,
 * financements et QPV sont cherchés par leurs octets dans des dictionnaires locaux au morceau ; la
 * validité d'un texte est jugée une fois, à sa première rencontre, par les mêmes fonctions que la
 * lecture ligne à ligne) : aucune chaîne n'est créée. Toute autre ligne — rejetée ou seulement
 * inhabituelle — prend le chemin de la lecture ligne à ligne ({@link LecteurRpls#logement}), si bien
 * que valeurs et anomalies sont exactement les siennes.
 */
final class ColonnesRpls implements LectureOctets.Travail<ColonnesRpls.PartielRplsCompteur> {

  /** Le bailleur d'une ligne : colonne {@code SIREN_BAILLEUR} (ou {@code SIREN}), reprise telle quelle. */
  static final String BAILLEUR = "SIREN_BAILLEUR";

  private static final int LOUE = ModeOccupation.LOUE.ordinal();
  private static final int[] TYPOLOGIE = new int[128];
  private static final int[] MODE = new int[128];
  private static final boolean[] CONTINGENT = new boolean[128];

  static {
    java.util.Arrays.fill(TYPOLOGIE, -1);
    java.util.Arrays.fill(MODE, -1);
    for (char c = '0'; c <= '9'; c++) {
      TYPOLOGIE[c] = Typologie.fromNombreDePieces(c - '0').map(Enum::ordinal).orElse(-1);
      MODE[c] = ModeOccupation.fromCode(String.valueOf(c)).map(Enum::ordinal).orElse(-1);
      CONTINGENT[c] = ContingentRpls.fromCode(String.valueOf(c)).isPresent();
    }
  }

  private final LectureEnFlux.Entete entete;
  private final int largeur;
  private final int cIdent;
  private final int cDepcom;
  private final int cEpci;
  private final int cQpv;
  private final int cFinan;
  private final int cCus;
  private final int cNbpiece;
  private final int cMode;
  private final int cSortie;
  private final int cMis;
  private final int cContres;
  private final int cLocat;
  private final int cConstruct;
  private final int cBailleur;

  ColonnesRpls(LectureEnFlux.Entete entete) {
    this.entete = entete;
    this.largeur = entete.largeur;
    cIdent = entete.colonne("IDENT");
    cDepcom = entete.colonne("DEPCOM");
    cEpci = entete.colonne("EPCI");
    cQpv = entete.colonne("QPV");
    cFinan = entete.colonne("FINAN");
    cCus = entete.colonne("CUS");
    cNbpiece = entete.colonne("NBPIECE");
    cMode = entete.colonne("MODE");
    cSortie = entete.colonne("SORTIEPATRIM");
    cMis = entete.colonne("MISCOMMERCIAL");
    cContres = entete.colonne("CONTRESLOG");
    cLocat = entete.colonne("LOCAT");
    cConstruct = entete.colonne("CONSTRUCT");
    cBailleur = entete.colonne(BAILLEUR);
  }

  /** Ce que rend un morceau : ses colonnes, à indices locaux. */
  static final class PartielRplsCompteur extends LectureOctets.PartielCompteur {
    final ParcLu.ColonnesCompteur colonnes = new ParcLu.ColonnesCompteur();
    /** Classes des textes des dictionnaires locaux : financement (ordinal, −1 inconnu), QPV (0 hors, 1 en, −1 inconnu). */
    final DictionnaireCompteur financements = new DictionnaireCompteur();
    final DictionnaireCompteur qpvs = new DictionnaireCompteur();
    final byte[] cle = new byte[64];
    int[] debuts = new int[0];
    /** Les octets du morceau, lus huit à huit. */
    java.nio.ByteBuffer vue;
  }

  @Override
  public PartielRplsCompteur lire(LectureOctets.Morceau m, long premiere) {
    PartielRplsCompteur p = new PartielRplsCompteur();
    p.debuts = new int[largeur + 1];
    p.vue = java.nio.ByteBuffer.wrap(m.octets);
    List<Anomalie> a = new ArrayList<>();
    LectureOctets.lignes(m, premiere, (b, debut, n, tronquee, numero) -> {
      if (isVide(b, debut, n)) {
        return;
      }
      p.lues++;
      if (!entete.isComplete()) {
        p.decodeur.decoder(b, debut, n, numero);
        return;
      }
      if (n > LecteurRpls.LONGUEUR_MAXIMALE_LIGNE || !rapide(p, b, debut, n)) {
        lente(p, b, debut, n, numero, a);
      }
    });
    return p;
  }

  private static boolean isVide(byte[] b, int debut, int n) {
    for (int i = debut; i < debut + n; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /** La ligne par le chemin de la lecture ligne à ligne. */
  private void lente(PartielRplsCompteur p, byte[] b, int debut, int n, long numero, List<Anomalie> a) {
    String t = p.decodeur.decoder(b, debut, n, numero);
    String[] bailleur = {""};
    a.clear();
    Optional<Logement> l = entete.ligne(t, numero, (c, index, e, num, x) -> {
      bailleur[0] = LectureEnFlux.champ(c, index, BAILLEUR);
      return LecteurRpls.logement(c, index, num, x);
    }, a);
    a.forEach(p.anomalies);
    if (l.isPresent() && a.isEmpty()) {
      p.acceptees++;
      p.colonnes.ajouter(l.get(), bailleur[0]);
    }
  }

  /** Le chemin rapide ; faux si la ligne doit prendre le chemin lent (rien n'est alors ajouté). */
  private boolean rapide(PartielRplsCompteur p, byte[] b, int debut, int n) {
    int[] d = p.debuts;
    int k = 1;
    d[0] = debut;
    int fin = debut + n;
    int i = debut;
    // huit octets à la fois : un octet spécial renvoie la ligne au chemin lent, chaque ; ouvre un champ
    for (; i + 8 <= fin; i += 8) {
      long w = p.vue.getLong(i);
      if (Mots.special(w)) {
        return false;
      }
      for (long m = Mots.egaux(w, ';'); m != 0; m ^= Long.highestOneBit(m)) {
        if (k == largeur) {
          return false;
        }
        d[k++] = i + Mots.premier(m) + 1;
      }
    }
    for (; i < fin; i++) {
      byte c = b[i];
      if (c == ';') {
        if (k == largeur) {
          return false;
        }
        d[k++] = i + 1;
      } else if (c < 0x20 || c == '"' || c == 0x7f) {
        return false;
      }
    }
    if (k != largeur) {
      return false;
    }
    d[largeur] = fin + 1;
    // d[j] : début du champ j ; sa fin est d[j + 1] − 1 (ou la fin de la ligne)
    ParcLu.ColonnesCompteur col = p.colonnes;
    long ident = champ(d, b, cIdent, fin);
    if (longueur(ident) > 30) {
      return false;
    }
    long depcom = champ(d, b, cDepcom, fin);
    if (longueur(depcom) != 5) {
      return false;
    }
    int commune = valide(col.communes, b, depcom, 0);
    if (commune == -1) {
      return false;
    }
    long epciChamp = champ(d, b, cEpci, fin);
    int epci = ParcLu.ABSENT;
    if (longueur(epciChamp) > 0) {
      epci = valide(col.epcis, b, epciChamp, 1);
      if (epci == -1) {
        return false;
      }
    }
    long finan = champ(d, b, cFinan, fin);
    long cus = champ(d, b, cCus, fin);
    int lf = longueur(finan);
    int lc = longueur(cus);
    if (lf + lc + 1 > p.cle.length) {
      return false;
    }
    System.arraycopy(b, debutDe(finan), p.cle, 0, lf);
    p.cle[lf] = ';';
    System.arraycopy(b, debutDe(cus), p.cle, lf + 1, lc);
    int f = classe(p.financements, p.cle, 0, lf + lc + 1, 2, lf);
    if (f < 0) {
      return false;
    }
    long nb = champ(d, b, cNbpiece, fin);
    if (longueur(nb) != 1 || b[debutDe(nb)] < 0) {
      return false;
    }
    int typologie = TYPOLOGIE[b[debutDe(nb)]];
    if (typologie < 0) {
      return false;
    }
    long modeChamp = champ(d, b, cMode, fin);
    int mode = LOUE;
    if (longueur(modeChamp) > 0) {
      if (longueur(modeChamp) != 1) {
        return false;
      }
      mode = MODE[b[debutDe(modeChamp)]];
      if (mode < 0) {
        return false;
      }
    }
    long qpvChamp = champ(d, b, cQpv, fin);
    int qpv = 0;
    if (longueur(qpvChamp) > 0) {
      qpv = classe(p.qpvs, b, debutDe(qpvChamp), longueur(qpvChamp), 3, 0);
      if (qpv < 0) {
        return false;
      }
    }
    long sortie = champ(d, b, cSortie, fin);
    int drapeaux = qpv == 1 ? ParcLu.QPV : 0;
    if (longueur(sortie) > 0) {
      if (longueur(sortie) != 1) {
        return false;
      }
      byte s = b[debutDe(sortie)];
      if (s == '1' || s == '2' || s == '3') {
        drapeaux |= ParcLu.VENTE;
      } else if (s == '4') {
        drapeaux |= ParcLu.DEMOLITION;
      } else if (s != '5' && s != '9') {
        return false;
      }
    }
    long mis = champ(d, b, cMis, fin);
    if (longueur(mis) > 0) {
      byte s = b[debutDe(mis)];
      if (longueur(mis) != 1 || (s != '1' && s != '2')) {
        return false;
      }
      if (s == '1') {
        drapeaux |= ParcLu.VENTE;
      }
    }
    long contres = champ(d, b, cContres, fin);
    if (longueur(contres) > 0 && (longueur(contres) != 1 || !CONTINGENT[b[debutDe(contres)]])) {
      return false;
    }
    int locat = annee(b, champ(d, b, cLocat, fin));
    int construct = annee(b, champ(d, b, cConstruct, fin));
    if (locat < 0 || construct < 0) {
      return false;
    }
    long bailleurChamp = champ(d, b, cBailleur, fin);
    int bailleur = ParcLu.ABSENT;
    if (longueur(bailleurChamp) > 0) {
      int lb = longueur(bailleurChamp);
      bailleur = col.bailleurs.indice(b, debutDe(bailleurChamp), lb);
    }
    // la ligne est acceptée : les textes nouveaux entrent seulement maintenant dans les dictionnaires
    if (commune == NOUVEAU) {
      commune = ajouter(col.communes, b, depcom);
    }
    if (epci == NOUVEAU) {
      epci = ajouter(col.epcis, b, epciChamp);
    }
    if (bailleur < 0 && longueur(bailleurChamp) > 0) {
      bailleur = ajouter(col.bailleurs, b, bailleurChamp);
    }
    p.acceptees++;
    col.ajouter(commune, epci, bailleur, f, typologie, mode, drapeaux, locat, construct);
    return true;
  }

  /** Une année de 4 chiffres de 1800 à 2100, 0 pour un champ vide, −1 pour toute autre forme. */
  private static int annee(byte[] b, long champ) {
    int n = longueur(champ);
    if (n == 0) {
      return 0;
    }
    if (n != 4) {
      return -1;
    }
    int x = 0;
    int s = debutDe(champ);
    for (int i = s; i < s + 4; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      x = x * 10 + c;
    }
    return x >= 1800 && x <= 2100 ? x : -1;
  }

  /** Le champ {@code j}, débarrassé de ses espaces : début et longueur sur un {@code long} ; vide si la colonne est absente. */
  private static long champ(int[] d, byte[] b, int j, int fin) {
    if (j < 0) {
      return 0;
    }
    int s = d[j];
    int e = d[j + 1] - 1;
    while (s < e && b[s] == ' ') {
      s++;
    }
    while (e > s && b[e - 1] == ' ') {
      e--;
    }
    return ((long) s << 32) | (e - s);
  }

  private static int debutDe(long champ) {
    return (int) (champ >>> 32);
  }

  private static int longueur(long champ) {
    return (int) champ;
  }

  /** Un texte valide, pas encore dans le dictionnaire. */
  private static final int NOUVEAU = -2;

  private static int ajouter(DictionnaireCompteur dico, byte[] b, long champ) {
    int s = debutDe(champ);
    int n = longueur(champ);
    return dico.ajouter(b, s, n, new String(b, s, n, StandardCharsets.ISO_8859_1));
  }

  /**
   * L'indice d'un texte valide dans un dictionnaire de communes ({@code sorte} 0) ou d'EPCI (1) ;
   * {@link #NOUVEAU} s'il est valide et pas encore vu, −1 s'il est invalide (un texte n'entre au
   * dictionnaire qu'avec une ligne acceptée : les indices sont ceux de la lecture ligne à ligne).
   */
  private static int valide(DictionnaireCompteur dico, byte[] b, long champ, int sorte) {
    int s = debutDe(champ);
    int n = longueur(champ);
    int i = dico.indice(b, s, n);
    if (i < 0) {
      String t = new String(b, s, n, StandardCharsets.ISO_8859_1);
      boolean ok = sorte == 0 ? Commune.isValide(t) : Epci.isSirenValide(t);
      return ok ? NOUVEAU : -1;
    }
    return i;
  }

  /**
   * La classe d'un texte, calculée à sa première rencontre : financement ({@code sorte} 2, le texte
   * est {@code FINAN;CUS}, {@code coupe} la place du {@code ;}) ou QPV (3).
   */
  private static int classe(DictionnaireCompteur dico, byte[] b, int s, int n, int sorte, int coupe) {
    int i = dico.indice(b, s, n);
    if (i < 0) {
      String t = new String(b, s, n, StandardCharsets.ISO_8859_1);
      int c;
      if (sorte == 2) {
        c = Financement.fromRpls(t.substring(0, coupe), t.substring(coupe + 1)).map(Enum::ordinal).orElse(-1);
      } else {
        c = t.equals("1") || Qpv.isCodeValide(t) ? 1 : t.equals("2") || t.equals("0") ? 0 : -1;
      }
      i = dico.ajouter(b, s, n, t);
      dico.classe[i] = c;
    }
    return dico.classe[i];
  }
}
