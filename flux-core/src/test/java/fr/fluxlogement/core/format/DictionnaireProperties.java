package fr.fluxlogement.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.fluxlogement.core.Proprietes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Le dictionnaire des textes : indices de première rencontre, que le texte soit court (clé sur un long) ou non. */
@DisplayName("Dictionnaire des textes : mêmes indices qu'une table de chaînes")
class DictionnaireProperties {

  /** Un texte tiré parmi les formes des champs : chiffres de 0 à 20, ASCII court, octets quelconques, vide. */
  private static byte[] texte(Random r) {
    int n = r.nextInt(21);
    byte[] b = new byte[n];
    int sorte = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (sorte == 0 ? '0' + r.nextInt(10) : sorte == 1 ? 'A' + r.nextInt(3) : r.nextInt(256));
    }
    return b;
  }

  @Test
  @DisplayName("chaque texte reçoit l'indice de sa première rencontre ; deux textes différents, deux indices")
  void indicesDePremiereRencontre() {
    Proprietes.qt(500).forAll(longs().all()).checkAssert(graine -> {
      Random r = new Random(graine);
      DictionnaireCompteur d = new DictionnaireCompteur();
      DictionnaireCompteur copie = new DictionnaireCompteur();
      Map<String, Integer> attendu = new HashMap<>();
      List<byte[]> vus = new ArrayList<>();
      for (int k = 0; k < 2_000; k++) {
        byte[] b = r.nextInt(3) == 0 && !vus.isEmpty() ? vus.get(r.nextInt(vus.size())) : texte(r);
        vus.add(b);
        String cle = new String(b, StandardCharsets.ISO_8859_1);
        Integer i = attendu.get(cle);
        int lu = d.indice(b, 0, b.length);
        if (i == null) {
          assertThat(lu).isEqualTo(-1);
          attendu.put(cle, attendu.size());
          assertThat(d.ajouter(b, 0, b.length, cle)).isEqualTo(attendu.size() - 1);
        } else {
          assertThat(lu).isEqualTo(i);
        }
      }
      for (int i = 0; i < d.taille(); i++) {
        assertThat(copie.indice(d, i)).isEqualTo(i);
      }
      assertThat(copie.textes).isEqualTo(d.textes);
    });
  }
}
