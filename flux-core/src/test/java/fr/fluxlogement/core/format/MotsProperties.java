package fr.fluxlogement.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Le balayage huit à huit rend ce que rend le balayage octet par octet. */
@DisplayName("Octets lus huit à huit : mêmes réponses qu'octet par octet")
class MotsProperties {

  /** Un octet tiré surtout parmi les cas limites : fins de ligne, ;, guillemet, contrôles, 0x7f, 0x80, 0xff. */
  private static byte octet(Random r) {
    int[] limites = {'\n', ';', '"', 0x1f, 0x20, 0x7f, 0x80, 0xff, 0x00, '0', 'A', 0x09, 0x21, 0x7e};
    return (byte) (r.nextInt(3) == 0 ? r.nextInt(256) : limites[r.nextInt(limites.length)]);
  }

  @Test
  @DisplayName("égaux et spécial : par mot comme par octet, pour toutes les valeurs cherchées")
  void egauxEtSpecial() {
    Proprietes.qt(20_000).forAll(longs().all(), integers().between(0, 255)).checkAssert((graine, c) -> {
      Random r = new Random(graine);
      byte[] b = new byte[8];
      for (int i = 0; i < 8; i++) {
        b[i] = octet(r);
      }
      long w = ByteBuffer.wrap(b).getLong(0);
      long attendu = 0;
      boolean special = false;
      for (int i = 0; i < 8; i++) {
        if ((b[i] & 0xff) == c) {
          attendu |= 0x80L << (8 * (7 - i));
        }
        special |= b[i] < 0x20 || b[i] == '"' || b[i] == 0x7f;
      }
      assertThat(Mots.egaux(w, c)).isEqualTo(attendu);
      assertThat(Mots.special(w)).isEqualTo(special);
      if (attendu != 0) {
        int premier = 0;
        while ((b[premier] & 0xff) != c) {
          premier++;
        }
        assertThat(Mots.premier(attendu)).isEqualTo(premier);
      }
    });
  }

  @Test
  @DisplayName("fins de ligne comptées et trouvées comme octet par octet, sur toute tranche d'un tampon")
  void finsDeLigne() {
    Proprietes.qt(5_000).forAll(longs().all(), integers().between(0, 70), integers().between(0, 70)).checkAssert((graine, a, z) -> {
      Random r = new Random(graine);
      byte[] b = new byte[1 + r.nextInt(80)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextInt(6) == 0 ? (byte) '\n' : octet(r);
      }
      int debut = Math.min(a, b.length);
      int fin = Math.max(debut, Math.min(b.length, debut + z));
      long n = 0;
      int premier = fin;
      for (int i = fin - 1; i >= debut; i--) {
        if (b[i] == '\n') {
          n++;
          premier = i;
        }
      }
      assertThat(Mots.finsDeLigne(ByteBuffer.wrap(b), b, debut, fin)).isEqualTo(n);
      assertThat(Mots.finDeLigne(ByteBuffer.wrap(b), b, debut, fin)).isEqualTo(premier);
    });
  }
}
