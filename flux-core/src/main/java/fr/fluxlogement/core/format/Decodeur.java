package fr.fluxlogement.core.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Le décodage d'une ligne : en UTF-8 si elle en est, en latin-1 sinon (les fichiers RPLS
 * historiques) ; une ligne tout en ASCII n'est comptée ni dans l'un ni dans l'autre. Les lignes
 * lues en latin-1 sont comptées et les numéros des premières gardés, pour signaler un fichier qui
 * mêle les deux encodages. Un décodeur par fil : il n'est pas partagé.
 */
final class Decodeur {

  /** Le nombre de numéros de lignes lues en latin-1 gardés. */
  static final int NUMEROS_GARDES = 10;

  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  final DecodageCompteur comptes = new DecodageCompteur();

  /** Les comptes du décodage. */
  static final class DecodageCompteur {
    long enUtf8;
    long enLatin1;
    final List<Long> numerosLatin1 = new ArrayList<>();

    /** Ajoute les comptes d'une partie suivante du fichier. */
    void ajouter(DecodageCompteur c) {
      enUtf8 += c.enUtf8;
      enLatin1 += c.enLatin1;
      for (Long n : c.numerosLatin1) {
        if (numerosLatin1.size() < NUMEROS_GARDES) {
          numerosLatin1.add(n);
        }
      }
    }
  }

  /** Vrai si les octets sont tous en ASCII. */
  static boolean isAscii(byte[] b, int debut, int n) {
    for (int i = debut, fin = debut + n; i < fin; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** La ligne {@code numero}, décodée. */
  String decoder(byte[] b, int debut, int n, long numero) {
    if (isAscii(b, debut, n)) {
      return new String(b, debut, n, StandardCharsets.ISO_8859_1);
    }
    try {
      utf8.reset();
      String s = utf8.decode(ByteBuffer.wrap(b, debut, n)).toString();
      comptes.enUtf8++;
      return s;
    } catch (CharacterCodingException e) {
      comptes.enLatin1++;
      if (comptes.numerosLatin1.size() < NUMEROS_GARDES) {
        comptes.numerosLatin1.add(numero);
      }
      return new String(b, debut, n, StandardCharsets.ISO_8859_1);
    }
  }
}
