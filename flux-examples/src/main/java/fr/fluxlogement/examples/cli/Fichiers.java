package fr.fluxlogement.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

  /** Les lignes d'un fichier, lues à la demande (le lecteur se ferme à la fin). */
  static Iterator<String> lignes(Path fichier, Charset encodage) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(fichier), encodage), 1 << 16);
    return new Iterator<>() {
      String suivante = lire();

      private String lire() {
        try {
          String l = r.readLine();
          if (l == null) {
            r.close();
          }
          return l;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
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
    };
  }
}
