package fr.fluxlogement.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import fr.fluxlogement.core.format.LecteurRpls;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * La lecture des fichiers d'échange en flux : l'encodage (UTF-8, ou latin-1 comme les fichiers RPLS
 * historiques) est reconnu par une première passe qui valide l'UTF-8 sans rien garder en mémoire ;
 * la seconde passe rend les lignes une à une.
 */
final class Fichiers {

  private Fichiers() {}

  /**
   * Signale sur {@code err} le premier des fichiers qui n'existe pas (ou n'est pas un fichier
   * ordinaire).
   *
   * @return vrai si l'un d'eux manque : la commande s'arrête alors avec le code 2
   */
  static boolean manque(PrintWriter err, Path... fichiers) {
    for (Path p : fichiers) {
      if (!Files.isRegularFile(p)) {
        err.println("flux : fichier introuvable : " + p);
        return true;
      }
    }
    return false;
  }

  /** UTF-8 si tout le fichier en est, latin-1 sinon. */
  static Charset encodage(Path fichier) throws IOException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] tampon = new byte[1 << 16];
    byte[] reste = new byte[0];
    try (InputStream in = Files.newInputStream(fichier)) {
      int n;
      while ((n = in.read(tampon)) > 0) {
        byte[] bloc = new byte[reste.length + n];
        System.arraycopy(reste, 0, bloc, 0, reste.length);
        System.arraycopy(tampon, 0, bloc, reste.length, n);
        int coupe = bloc.length;
        int recul = 0;
        while (recul < 3 && coupe - recul - 1 >= 0 && (bloc[coupe - recul - 1] & 0xC0) == 0x80) {
          recul++;
        }
        if (coupe - recul - 1 >= 0 && (bloc[coupe - recul - 1] & 0xC0) == 0xC0) {
          recul++;
        } else {
          recul = 0;
        }
        try {
          d.reset();
          d.decode(ByteBuffer.wrap(bloc, 0, coupe - recul));
        } catch (CharacterCodingException e) {
          return StandardCharsets.ISO_8859_1;
        }
        reste = java.util.Arrays.copyOfRange(bloc, coupe - recul, coupe);
      }
    }
    return reste.length == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
  }

  /** Le nombre maximal d'octets gardés d'une ligne : au-delà, elle a plus de caractères que la limite des lecteurs. */
  static final int OCTETS_MAXIMAUX_LIGNE = 3 * LecteurRpls.LONGUEUR_MAXIMALE_LIGNE;

  /** Les lignes d'un fichier, lues à la demande (le fichier se ferme à la fin). */
  static Lignes lignes(Path fichier, Charset encodage) throws IOException {
    return new Lignes(Files.newInputStream(fichier));
  }

  /**
   * Les lignes d'un fichier, découpées au seul saut de ligne ({@code \n}, précédé ou non d'un
   * retour chariot) : un retour chariot isolé reste dans sa ligne, si bien que chaque ligne physique
   * garde son numéro. Chaque ligne est décodée en UTF-8 si elle en est, en latin-1 sinon ; les
   * lignes lues en latin-1 dans un fichier qui contient aussi de l'UTF-8 sont comptées et leurs
   * numéros gardés (les premiers), pour être signalées. Une ligne de plus de
   * {@link #OCTETS_MAXIMAUX_LIGNE} octets n'est pas gardée entière : seul son début est rendu, plus
   * long que la limite des lecteurs, qui la rejettent ; la lecture continue à la ligne suivante.
   */
  static final class Lignes implements Iterator<String> {
    private static final int NUMEROS_GARDES = 10;
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] tampon = new byte[256];
    private String suivante;
    private long numero;
    private long enLatin1;
    private long enUtf8;
    private final java.util.List<Long> numerosLatin1 = new java.util.ArrayList<>();

    private final byte[] bloc = new byte[1 << 16];
    private int position;
    private int fin;

    Lignes(InputStream in) {
      this.in = in;
      this.suivante = lire();
    }

    private int octet() throws IOException {
      if (position == fin) {
        fin = in.read(bloc);
        position = 0;
        if (fin <= 0) {
          fin = 0;
          return -1;
        }
      }
      return bloc[position++] & 0xFF;
    }

    private String lire() {
      try {
        int n = 0;
        boolean tronquee = false;
        int b;
        boolean rien = true;
        while ((b = octet()) >= 0) {
          rien = false;
          if (b == '\n') {
            break;
          }
          if (n < OCTETS_MAXIMAUX_LIGNE + 1) {
            if (n == tampon.length) {
              tampon = java.util.Arrays.copyOf(tampon, Math.min(tampon.length * 2, OCTETS_MAXIMAUX_LIGNE + 1));
            }
            tampon[n++] = (byte) b;
          } else {
            tronquee = true;
          }
        }
        if (rien) {
          in.close();
          return null;
        }
        numero++;
        if (!tronquee && n > 0 && tampon[n - 1] == '\r') {
          n--;
        }
        return decoder(n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String decoder(int n) {
      boolean ascii = true;
      for (int i = 0; i < n; i++) {
        if (tampon[i] < 0) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        return new String(tampon, 0, n, StandardCharsets.US_ASCII);
      }
      try {
        utf8.reset();
        String s = utf8.decode(ByteBuffer.wrap(tampon, 0, n)).toString();
        enUtf8++;
        return s;
      } catch (CharacterCodingException e) {
        enLatin1++;
        if (numerosLatin1.size() < NUMEROS_GARDES) {
          numerosLatin1.add(numero);
        }
        return new String(tampon, 0, n, StandardCharsets.ISO_8859_1);
      }
    }

    /**
     * L'avertissement d'un fichier qui mêle UTF-8 et latin-1, ou vide : le nombre de lignes lues en
     * latin-1 et les numéros des premières.
     */
    java.util.Optional<String> melange() {
      if (enLatin1 == 0 || enUtf8 == 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of("encodage mêlé : " + enUtf8 + " lignes en UTF-8, " + enLatin1 + " lues en latin-1 (lignes "
          + numerosLatin1.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
          + (enLatin1 > numerosLatin1.size() ? ", …" : "") + ") ; vérifiez ces lignes");
    }

    @Override
    public boolean hasNext() {
      return suivante != null;
    }

    @Override
    public String next() {
      if (suivante == null) {
        throw new NoSuchElementException();
      }
      String l = suivante;
      suivante = lire();
      return l;
    }
  }
}
