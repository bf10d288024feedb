package fr.fluxlogement.examples.cli;

import fr.fluxlogement.rules.bilan.Bilan;
import fr.fluxlogement.rules.bilan.Cle;
import fr.fluxlogement.rules.bilan.Mesure;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Les listes de logements du bilan (art. 6), triées et dédoublonnées sans être tenues en mémoire :
 * un tri externe. Les logements reçus sont gardés par paquets d'au plus {@link #ENTREES_EN_MEMOIRE}
 * ; chaque paquet plein est trié, dédoublonné et écrit dans un fichier temporaire (identifiants
 * codés par préfixe commun avec le précédent, si bien qu'un identifiant séquentiel coûte quelques
 * octets) ; à la lecture, les paquets sont fusionnés et chaque liste sort triée, sans doublon, dans
 * l'ordre des lignes du bilan : les parties dans l'ordre de leurs clés, l'ensemble ({@link Cle#TOUS})
 * en dernier, et pour chacune les logements proposés puis attribués. Au-delà de {@link #FUSION}
 * fichiers, ils sont fusionnés en un seul (le nombre de fichiers ouverts reste borné).
 *
 * <p>Mémoire : au plus {@link #ENTREES_EN_MEMOIRE} identifiants, plus un tampon de lecture par
 * fichier à la fusion ; disque : quelques octets par logement listé, dans un dossier temporaire
 * (sous {@code java.io.tmpdir}) effacé à la fermeture. Non partagé entre fils d'exécution.
 */
final class ListesTriees implements Bilan.Listes, AutoCloseable {

  /** Le nombre d'identifiants gardés en mémoire avant d'écrire un paquet. */
  static final int ENTREES_EN_MEMOIRE = 1 << 18;

  /** Le nombre de fichiers au-delà duquel ils sont fusionnés en un seul. */
  static final int FUSION = 64;

  private static final int TAMPON = 1 << 16;

  private final int capacite;
  private final int fusion;
  /** Les listes rencontrées : partie et mesure ; l'indice sert dans les paquets. */
  private final Map<String, Integer> indices = new HashMap<>();
  private final List<String> parties = new ArrayList<>();
  private final List<Mesure> mesures = new ArrayList<>();
  /** Les listes dont un identifiant contient {@code ;}, un guillemet ou un saut de ligne. */
  private final BitSet aCiter = new BitSet();
  private int[] listes;
  private String[] ids;
  private int n;
  private Path dossier;
  private final List<Path> paquets = new ArrayList<>();
  private int numero;
  private Fusion lecture;

  ListesTriees() {
    this(ENTREES_EN_MEMOIRE, FUSION);
  }

  /** Pour les tests : des paquets de {@code capacite} identifiants, fusionnés par {@code fusion}. */
  ListesTriees(int capacite, int fusion) {
    if (capacite < 1 || fusion < 2) {
      throw new IllegalArgumentException("capacité " + capacite + ", fusion " + fusion);
    }
    this.capacite = capacite;
    this.fusion = fusion;
    this.listes = new int[Math.min(capacite, 1024)];
    this.ids = new String[listes.length];
  }

  @Override
  public void lister(Mesure mesure, String partie, String logement) {
    if (lecture != null) {
      throw new IllegalStateException("listes déjà lues");
    }
    String cle = mesure.ordinal() + "|" + partie;
    Integer i = indices.get(cle);
    if (i == null) {
      i = parties.size();
      indices.put(cle, i);
      parties.add(partie);
      mesures.add(mesure);
    }
    if (logement.indexOf(';') >= 0 || logement.indexOf('"') >= 0 || logement.indexOf('\n') >= 0 || logement.indexOf('\r') >= 0) {
      aCiter.set(i);
    }
    if (n == listes.length) {
      if (n == capacite) {
        ecrirePaquet();
      } else {
        int t = Math.min(capacite, n * 2);
        listes = Arrays.copyOf(listes, t);
        ids = Arrays.copyOf(ids, t);
      }
    }
    listes[n] = i;
    ids[n] = logement;
    n++;
  }

  /** Le rang d'une mesure dans une ligne du bilan : les proposés, puis les attribués. */
  private static int rang(Mesure m) {
    return m == Mesure.PROPOSITIONS ? 0 : m == Mesure.ATTRIBUTIONS_CALEOL ? 1 : 2 + m.ordinal();
  }

  /** L'ordre des listes : par partie ({@link Cle#TOUS} en dernier), puis par mesure. */
  private int comparerListes(String partieA, Mesure mesureA, String partieB, Mesure mesureB) {
    boolean tousA = partieA.equals(Cle.TOUS);
    boolean tousB = partieB.equals(Cle.TOUS);
    if (tousA != tousB) {
      return tousA ? 1 : -1;
    }
    int c = partieA.compareTo(partieB);
    return c != 0 ? c : Integer.compare(rang(mesureA), rang(mesureB));
  }

  /** Le rang de chaque liste connue dans l'ordre des listes, recalculé quand une liste est apparue depuis. */
  private int[] rangs = new int[0];

  private void classer() {
    if (rangs.length == parties.size()) {
      return;
    }
    Integer[] ordre = new Integer[parties.size()];
    for (int k = 0; k < ordre.length; k++) {
      ordre[k] = k;
    }
    Arrays.sort(ordre, (a, b) -> comparerListes(parties.get(a), mesures.get(a), parties.get(b), mesures.get(b)));
    rangs = new int[ordre.length];
    for (int k = 0; k < ordre.length; k++) {
      rangs[ordre[k]] = k;
    }
  }

  /** Compare deux couples ; les rangs des listes sont à jour ({@link #classer}). */
  private int comparer(int listeA, String idA, int listeB, String idB) {
    int c = Integer.compare(rangs[listeA], rangs[listeB]);
    return c != 0 ? c : idA.compareTo(idB);
  }

  /** Les entrées en mémoire, triées et dédoublonnées : un curseur. */
  private Curseur trierEnMemoire() {
    classer();
    Integer[] ordre = new Integer[n];
    for (int k = 0; k < n; k++) {
      ordre[k] = k;
    }
    Arrays.sort(ordre, (a, b) -> comparer(listes[a], ids[a], listes[b], ids[b]));
    int[] l = new int[n];
    String[] s = new String[n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      int x = ordre[k];
      if (m > 0 && l[m - 1] == listes[x] && s[m - 1].equals(ids[x])) {
        continue;
      }
      l[m] = listes[x];
      s[m] = ids[x];
      m++;
    }
    n = 0;
    listes = new int[Math.min(capacite, 1024)];
    ids = new String[listes.length];
    return new CurseurTableau(l, s, m);
  }

  private void ecrirePaquet() {
    try {
      Curseur c = trierEnMemoire();
      paquets.add(ecrire(c));
      if (paquets.size() >= fusion) {
        List<Path> anciens = new ArrayList<>(paquets);
        List<Curseur> curseurs = new ArrayList<>();
        for (Path p : anciens) {
          curseurs.add(new CurseurFichier(p));
        }
        Path un = ecrire(new Fusion(curseurs));
        for (Path p : anciens) {
          Files.delete(p);
        }
        paquets.clear();
        paquets.add(un);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Écrit un curseur trié dans un nouveau fichier, chaque identifiant codé par son préfixe commun avec le précédent de sa liste. */
  private Path ecrire(Curseur c) throws IOException {
    if (dossier == null) {
      dossier = Files.createTempDirectory("flux-bilan-");
    }
    Path p = dossier.resolve("paquet-" + numero++);
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), TAMPON))) {
      int liste = -1;
      String precedent = "";
      while (c.avancer()) {
        int commun = 0;
        if (c.liste() == liste) {
          int max = Math.min(precedent.length(), c.id().length());
          while (commun < max && precedent.charAt(commun) == c.id().charAt(commun)) {
            commun++;
          }
          if (commun > 0 && Character.isHighSurrogate(c.id().charAt(commun - 1))) {
            commun--;
          }
        }
        byte[] suite = c.id().substring(commun).getBytes(StandardCharsets.UTF_8);
        entier(o, c.liste());
        entier(o, commun);
        entier(o, suite.length);
        o.write(suite);
        liste = c.liste();
        precedent = c.id();
      }
    }
    c.fermer();
    return p;
  }

  private static void entier(DataOutputStream o, int v) throws IOException {
    while ((v & ~0x7f) != 0) {
      o.writeByte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    o.writeByte(v);
  }

  private static int entier(DataInputStream in) throws IOException {
    int v = 0;
    for (int decalage = 0; ; decalage += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7f) << decalage;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
  }

  /**
   * Vrai si un identifiant de la liste contient {@code ;}, un guillemet ou un saut de ligne (la
   * cellule CSV qui la joint est alors citée).
   */
  boolean aCiter(String partie, Mesure mesure) {
    Integer i = indices.get(mesure.ordinal() + "|" + partie);
    return i != null && aCiter.get(i);
  }

  /**
   * Les identifiants d'une liste, triés et sans doublon. Les listes se lisent une fois, dans l'ordre
   * des lignes du bilan (parties dans l'ordre de leurs clés, {@link Cle#TOUS} en dernier ; proposés
   * puis attribués) ; une liste passée est sautée.
   *
   * @throws IllegalStateException si une liste est demandée après une liste qui la suit
   */
  Iterator<String> liste(String partie, Mesure mesure) {
    Fusion f = lecture();
    if (f.demandee != null && comparerListes(f.demandeePartie, f.demandeeMesure, partie, mesure) >= 0) {
      throw new IllegalStateException("liste demandée dans le désordre : " + mesure + "|" + partie);
    }
    f.demandee = mesure.ordinal() + "|" + partie;
    f.demandeePartie = partie;
    f.demandeeMesure = mesure;
    // les listes qui précèdent, jamais demandées, sont sautées
    while (f.courant() && comparerListes(parties.get(f.liste()), mesures.get(f.liste()), partie, mesure) < 0) {
      f.suivant();
    }
    Integer voulue = indices.get(f.demandee);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return voulue != null && f.courant() && f.liste() == voulue;
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String s = f.id();
        f.suivant();
        return s;
      }
    };
  }

  private Fusion lecture() {
    if (lecture == null) {
      try {
        List<Curseur> curseurs = new ArrayList<>();
        for (Path p : paquets) {
          curseurs.add(new CurseurFichier(p));
        }
        curseurs.add(trierEnMemoire());
        lecture = new Fusion(curseurs);
        lecture.suivant();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lecture;
  }

  /** Efface les fichiers temporaires. */
  @Override
  public void close() throws IOException {
    if (lecture != null) {
      lecture.fermer();
    }
    for (Path p : paquets) {
      Files.deleteIfExists(p);
    }
    paquets.clear();
    if (dossier != null) {
      Files.deleteIfExists(dossier);
      dossier = null;
    }
  }

  /** Un parcours trié de couples (liste, identifiant). */
  private interface Curseur {
    /** Passe au couple suivant ; faux à la fin. */
    boolean avancer() throws IOException;

    int liste();

    String id();

    void fermer() throws IOException;
  }

  private static final class CurseurTableau implements Curseur {
    private final int[] listes;
    private final String[] ids;
    private final int n;
    private int i = -1;

    CurseurTableau(int[] listes, String[] ids, int n) {
      this.listes = listes;
      this.ids = ids;
      this.n = n;
    }

    @Override
    public boolean avancer() {
      return ++i < n;
    }

    @Override
    public int liste() {
      return listes[i];
    }

    @Override
    public String id() {
      return ids[i];
    }

    @Override
    public void fermer() {}
  }

  private static final class CurseurFichier implements Curseur {
    private final DataInputStream in;
    private int liste = -1;
    private String id = "";

    CurseurFichier(Path p) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), TAMPON));
    }

    @Override
    public boolean avancer() throws IOException {
      int l;
      try {
        l = entier(in);
      } catch (EOFException fin) {
        return false;
      }
      int commun = entier(in);
      byte[] suite = in.readNBytes(entier(in));
      id = (l == liste ? id.substring(0, commun) : "") + new String(suite, StandardCharsets.UTF_8);
      liste = l;
      return true;
    }

    @Override
    public int liste() {
      return liste;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void fermer() throws IOException {
      in.close();
    }
  }

  /** La fusion de curseurs triés, doublons retirés. */
  private final class Fusion implements Curseur {
    private final PriorityQueue<Curseur> file;
    private final List<Curseur> tous;
    private boolean courant;
    private int liste = -1;
    private String id;
    String demandee;
    String demandeePartie;
    Mesure demandeeMesure;

    Fusion(List<Curseur> curseurs) throws IOException {
      tous = curseurs;
      file = new PriorityQueue<>(Math.max(1, curseurs.size()), (a, b) -> comparer(a.liste(), a.id(), b.liste(), b.id()));
      for (Curseur c : curseurs) {
        if (c.avancer()) {
          file.add(c);
        } else {
          c.fermer();
        }
      }
    }

    boolean courant() {
      return courant;
    }

    /** Passe au couple suivant distinct du courant (lecture des listes). */
    void suivant() {
      try {
        courant = avancer();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean avancer() throws IOException {
      while (!file.isEmpty()) {
        Curseur c = file.poll();
        int l = c.liste();
        String s = c.id();
        if (c.avancer()) {
          file.add(c);
        } else {
          c.fermer();
        }
        if (l != liste || !s.equals(id)) {
          liste = l;
          id = s;
          return true;
        }
      }
      return false;
    }

    @Override
    public int liste() {
      return liste;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public void fermer() throws IOException {
      for (Curseur c : tous) {
        c.fermer();
      }
    }
  }
}
