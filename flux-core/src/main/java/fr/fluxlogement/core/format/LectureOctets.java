package fr.fluxlogement.core.format;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.reference.Reference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * La lecture d'un fichier {@code ;} à en-tête depuis ses octets, en morceaux de lignes entières lus
 * en parallèle, au résultat identique à la lecture ligne à ligne ({@link LectureEnFlux}) : mêmes
 * valeurs dans le même ordre, mêmes anomalies aux mêmes numéros de ligne, même comptabilité.
 *
 * <p>Le fil appelant lit les octets (un canal, un flux ou un tampon qu'il a ouvert), les coupe en
 * morceaux sur des fins de ligne et les confie à l'exécuteur qu'il fournit ; chaque morceau compte
 * d'abord ses lignes (en parallèle), si bien qu'il connaît le numéro de sa première ligne avant
 * d'être lu ; les résultats des morceaux sont fusionnés dans l'ordre du fichier, sur le fil
 * appelant. Au plus {@code 2 × parallélisme + 1} morceaux sont en cours : la mémoire de travail est
 * bornée quelle que soit la taille du fichier. Aucun fil n'est créé ici.
 *
 * <p>Lignes : découpées au seul {@code \n} (un {@code \r} qui le précède est ôté, un {@code \r}
 * isolé reste dans sa ligne) ; une ligne de plus de {@link #OCTETS_MAXIMAUX_LIGNE} octets n'est
 * gardée que jusque-là (plus longue que la borne des lecteurs, elle est rejetée) et la lecture
 * reprend à la ligne suivante. Décodage : chaque ligne en UTF-8 si elle en est, en latin-1 sinon
 * ({@link Decodeur}).
 */
final class LectureOctets {

  private LectureOctets() {}

  /** Le nombre maximal d'octets gardés d'une ligne : au-delà, elle a plus de caractères que la borne des lecteurs. */
  static final int OCTETS_MAXIMAUX_LIGNE = 3 * LecteurRpls.LONGUEUR_MAXIMALE_LIGNE;

  /** La taille d'un morceau, en octets (un morceau grandit pour contenir une ligne plus longue, jusqu'à la borne d'une ligne). */
  static final int TAILLE_MORCEAU = 1 << 20;

  /** Une source d'octets ouverte par l'appelant. */
  interface Source {
    /** Lit au plus {@code n} octets dans {@code b} à partir de {@code debut} ; −1 à la fin. */
    int lire(byte[] b, int debut, int n) throws IOException;
  }

  static Source de(ReadableByteChannel canal) {
    Objects.requireNonNull(canal, "canal");
    return (b, debut, n) -> canal.read(ByteBuffer.wrap(b, debut, n));
  }

  static Source de(InputStream flux) {
    Objects.requireNonNull(flux, "flux");
    return flux::read;
  }

  static Source de(ByteBuffer tampon) {
    ByteBuffer t = Objects.requireNonNull(tampon, "tampon").duplicate();
    return (b, debut, n) -> {
      if (!t.hasRemaining()) {
        return -1;
      }
      int k = Math.min(n, t.remaining());
      t.get(b, debut, k);
      return k;
    };
  }

  /** Un morceau : des lignes entières ({@code octets[0, fin)}), ou une seule ligne tronquée. */
  static final class Morceau {
    final byte[] octets;
    final int fin;
    final boolean tronquee;

    Morceau(byte[] octets, int fin, boolean tronquee) {
      this.octets = octets;
      this.fin = fin;
      this.tronquee = tronquee;
    }

    /** Le nombre de lignes physiques du morceau. */
    long lignes() {
      if (tronquee) {
        return 1;
      }
      byte[] b = octets;
      long n = Mots.finsDeLigne(ByteBuffer.wrap(b), b, 0, fin);
      return fin > 0 && b[fin - 1] != '\n' ? n + 1 : n;
    }
  }

  /**
   * Ce que rend la lecture d'un morceau, à fusionner dans l'ordre : ses comptes, ses premières
   * anomalies (numéros de ligne déjà exacts), ses lignes décodées en latin-1 ou en UTF-8.
   */
  abstract static class PartielCompteur {
    long lues;
    long acceptees;
    final LectureEnFlux.AnomaliesCompteur anomalies = new LectureEnFlux.AnomaliesCompteur();
    final Decodeur decodeur = new Decodeur();
  }

  /** La lecture d'un morceau, dont la première ligne porte le numéro donné ; appelée sur un fil de l'exécuteur. */
  interface Travail<P extends PartielCompteur> {
    P lire(Morceau m, long premiere);
  }

  /** Le parcours des lignes d'un morceau : chaque ligne, sans son {@code \r} final ni au-delà de la borne d'une ligne. */
  interface ParLigne {
    void ligne(byte[] b, int debut, int n, boolean tronquee, long numero);
  }

  static void lignes(Morceau m, long premiere, ParLigne f) {
    byte[] b = m.octets;
    int s = 0;
    long numero = premiere;
    int max = OCTETS_MAXIMAUX_LIGNE + 1;
    ByteBuffer vue = ByteBuffer.wrap(b);
    while (s < m.fin) {
      int e = Mots.finDeLigne(vue, b, s, m.fin);
      int n = e - s;
      boolean tronquee = m.tronquee || n > max;
      if (n > max) {
        n = max;
      }
      if (!tronquee && n > 0 && b[s + n - 1] == '\r') {
        n--;
      }
      f.ligne(b, s, n, tronquee, numero);
      numero++;
      s = e + 1;
    }
  }

  /** Le résultat d'une lecture : l'en-tête (absent pour un fichier vide), les comptes, le décodage. */
  static final class FusionCompteur {
    long lues;
    long acceptees;
    final LectureEnFlux.AnomaliesCompteur anomalies = new LectureEnFlux.AnomaliesCompteur();
    final Decodeur decodeur = new Decodeur();

    void ajouter(PartielCompteur p) {
      lues += p.lues;
      acceptees += p.acceptees;
      p.anomalies.conservees.forEach(anomalies);
      anomalies.total += p.anomalies.total - p.anomalies.conservees.size();
      decodeur.comptes.ajouter(p.decodeur.comptes);
    }

    LectureFichier resultat() {
      return new LectureFichier(new CompteRenduLecture(lues, acceptees, lues - acceptees, anomalies.total, anomalies.conservees),
          decodeur.comptes.enUtf8, decodeur.comptes.enLatin1, decodeur.comptes.numerosLatin1);
    }
  }

  /**
   * Lit une source : l'en-tête sur le fil appelant ({@code apresEntete} en fait le travail de chaque
   * morceau), puis les morceaux en parallèle, fusionnés dans l'ordre par {@code fusion}.
   *
   * @param apresEntete reçoit l'en-tête décodé (vide pour un fichier sans aucun octet) et rend le travail d'un morceau
   */
  static <P extends PartielCompteur> FusionCompteur lire(Source source, Executor executeur, int parallelisme, int tailleMorceau,
      Function<Optional<String>, Travail<P>> apresEntete, Consumer<P> fusion) throws IOException {
    Objects.requireNonNull(executeur, "executeur");
    if (parallelisme < 1) {
      throw new IllegalArgumentException("parallélisme d'au moins 1 attendu : " + parallelisme);
    }
    FusionCompteur total = new FusionCompteur();
    int max = OCTETS_MAXIMAUX_LIGNE + 1;
    byte[] courant = new byte[Math.max(16, tailleMorceau)];
    int rempli = 0;
    boolean finie = false;
    // l'en-tête : la première ligne, lue à part
    int finEntete = -1;
    while (true) {
      int r = rempli < courant.length ? source.lire(courant, rempli, courant.length - rempli) : 0;
      if (r < 0) {
        finie = true;
      } else {
        rempli += r;
      }
      finEntete = indexOf(courant, 0, rempli);
      if (finEntete >= 0 || finie || rempli > max) {
        break;
      }
      if (rempli == courant.length) {
        courant = Arrays.copyOf(courant, Math.min(courant.length * 2, max + 1));
      }
    }
    if (rempli == 0 && finie) {
      return total;
    }
    boolean sauter = false;
    int n = finEntete >= 0 ? finEntete : rempli;
    boolean tronquee = n > max;
    if (tronquee) {
      n = max;
      sauter = finEntete < 0;
    } else if (n > 0 && courant[n - 1] == '\r') {
      n--;
    }
    String entete = total.decodeur.decoder(courant, 0, n, 1);
    Travail<P> travail = apresEntete.apply(Optional.of(entete));
    int reste = finEntete >= 0 ? finEntete + 1 : rempli;
    System.arraycopy(courant, reste, courant, 0, rempli - reste);
    rempli -= reste;

    int fenetre = 2 * parallelisme + 1;
    ArrayDeque<CompletableFuture<P>> enCours = new ArrayDeque<>();
    ArrayDeque<byte[]> blocsEnCours = new ArrayDeque<>();
    ArrayDeque<byte[]> libres = new ArrayDeque<>();
    CompletableFuture<Long> suivante = CompletableFuture.completedFuture(2L);
    while (true) {
      if (!finie && rempli < courant.length) {
        int r = source.lire(courant, rempli, courant.length - rempli);
        if (r < 0) {
          finie = true;
        } else {
          rempli += r;
        }
      }
      if (sauter) {
        int i = indexOf(courant, 0, rempli);
        if (i < 0) {
          rempli = 0;
          if (finie) {
            break;
          }
          continue;
        }
        System.arraycopy(courant, i + 1, courant, 0, rempli - i - 1);
        rempli -= i + 1;
        sauter = false;
      }
      if (!finie && rempli < courant.length) {
        continue;
      }
      Morceau m;
      byte[] prochain;
      if (finie) {
        if (rempli == 0) {
          break;
        }
        m = new Morceau(courant, rempli, false);
        prochain = null;
      } else {
        int dernier = lastIndexOf(courant, rempli);
        if (dernier < 0 && courant.length <= max) {
          courant = Arrays.copyOf(courant, Math.min(courant.length * 2, max + 1));
          continue;
        }
        prochain = libres.isEmpty() ? new byte[courant.length] : libres.pop();
        if (prochain.length < courant.length) {
          prochain = new byte[courant.length];
        }
        if (dernier < 0) {
          m = new Morceau(courant, max, true);
          sauter = true;
          rempli = 0;
        } else {
          m = new Morceau(courant, dernier + 1, false);
          System.arraycopy(courant, dernier + 1, prochain, 0, rempli - dernier - 1);
          rempli -= dernier + 1;
        }
      }
      CompletableFuture<Long> compte = CompletableFuture.supplyAsync(m::lignes, executeur);
      CompletableFuture<Long> premiere = suivante;
      // un morceau n'est lu qu'une fois ses lignes comptées : son bloc n'est rendu qu'après sa fusion, donc après son compte
      CompletableFuture<P> lu = premiere.thenCombineAsync(compte, (p, c) -> travail.lire(m, p), executeur);
      suivante = premiere.thenCombine(compte, Long::sum);
      enCours.add(lu);
      blocsEnCours.add(m.octets);
      if (enCours.size() >= fenetre) {
        fusionner(enCours.poll(), total, fusion);
        libres.push(blocsEnCours.poll());
      }
      if (prochain == null) {
        break;
      }
      courant = prochain;
    }
    while (!enCours.isEmpty()) {
      fusionner(enCours.poll(), total, fusion);
    }
    return total;
  }

  private static <P extends PartielCompteur> void fusionner(CompletableFuture<P> f, FusionCompteur total, Consumer<P> fusion) {
    P p;
    try {
      p = f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
    total.ajouter(p);
    fusion.accept(p);
  }

  private static int indexOf(byte[] b, int debut, int fin) {
    for (int i = debut; i < fin; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, int fin) {
    for (int i = fin - 1; i >= 0; i--) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Le travail générique d'un morceau : chaque ligne décodée puis lue comme par {@link LectureEnFlux},
   * ses valeurs acceptées gardées dans l'ordre.
   */
  static final class ValeursCompteur<T> extends PartielCompteur {
    final List<T> valeurs = new ArrayList<>();
  }

  /** Lit une source en valeurs, passées à {@code sortie} dans l'ordre du fichier, sur le fil appelant. */
  static <T> LectureFichier valeurs(Source source, Executor executeur, int parallelisme, int tailleMorceau, Map<String, String> alias,
      List<List<String>> obligatoires, Reference reference, LectureEnFlux.Ligne<T> ligne, Consumer<T> sortie) throws IOException {
    Objects.requireNonNull(sortie, "sortie");
    LectureEnFlux.Entete[] entete = new LectureEnFlux.Entete[1];
    FusionCompteur total = lire(source, executeur, parallelisme, tailleMorceau, texte -> {
      entete[0] = LectureEnFlux.Entete.lire(texte.get(), alias, obligatoires, reference);
      LectureEnFlux.Entete e = entete[0];
      return (m, premiere) -> {
        ValeursCompteur<T> p = new ValeursCompteur<>();
        List<Anomalie> a = new ArrayList<>();
        lignes(m, premiere, (b, debut, n, tronquee, numero) -> {
          String t = p.decodeur.decoder(b, debut, n, numero);
          if (LectureEnFlux.isVide(t)) {
            return;
          }
          p.lues++;
          if (!e.isComplete()) {
            return;
          }
          a.clear();
          Optional<T> v = e.ligne(t, numero, ligne, a);
          a.forEach(p.anomalies);
          if (v.isPresent() && a.isEmpty()) {
            p.acceptees++;
            p.valeurs.add(v.get());
          }
        });
        return p;
      };
    }, p -> p.valeurs.forEach(sortie));
    return conclure(total, entete[0], reference);
  }

  /** Le compte rendu final : l'anomalie du fichier vide et celles de l'en-tête en tête, une ligne rejetée de plus par ligne lue sans en-tête complet. */
  static LectureFichier conclure(FusionCompteur total, LectureEnFlux.Entete entete, Reference reference) {
    FusionCompteur r = new FusionCompteur();
    r.decodeur.comptes.ajouter(total.decodeur.comptes);
    if (entete == null) {
      r.anomalies.accept(LectureEnFlux.vide(reference));
      return r.resultat();
    }
    entete.anomalies.forEach(r.anomalies);
    total.anomalies.conservees.forEach(r.anomalies);
    r.anomalies.total += total.anomalies.total - total.anomalies.conservees.size();
    r.lues = total.lues;
    r.acceptees = entete.isComplete() ? total.acceptees : 0;
    return r.resultat();
  }
}
