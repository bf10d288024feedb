package fr.fluxlogement.serveur;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * La lecture bornée d'un corps de requête : au plus une taille donnée (413 au-delà, avant toute
 * lecture si la longueur annoncée la dépasse déjà), en un temps donné (408 au-delà ; le délai
 * d'inactivité de la connexion borne chaque attente), entier (400 si la connexion se ferme avant la
 * longueur annoncée) et en UTF-8 strict (400 sinon).
 */
final class Corps {

  private static final int MORCEAU = 64 * 1024;

  private Corps() {}

  /**
   * Lit un corps.
   *
   * @param entree le flux du corps
   * @param longueurAnnoncee la longueur de l'en-tête {@code Content-Length}, négative sans elle
   * @param tailleMaximale la taille maximale, en octets
   * @param delai le temps maximal de réception
   * @return le texte du corps
   * @throws ErreurHttp 413, 408 ou 400
   */
  static String lire(InputStream entree, long longueurAnnoncee, long tailleMaximale, Duration delai) {
    if (longueurAnnoncee > tailleMaximale) {
      throw trop(tailleMaximale);
    }
    long limite = System.nanoTime() + delai.toNanos();
    ByteArrayOutputStream lu = new ByteArrayOutputStream((int) Math.min(Math.max(longueurAnnoncee, 0), MORCEAU));
    byte[] tampon = new byte[MORCEAU];
    try {
      while (true) {
        int n = entree.read(tampon, 0, (int) Math.min(tampon.length, tailleMaximale + 1 - lu.size()));
        if (n < 0) {
          break;
        }
        lu.write(tampon, 0, n);
        if (lu.size() > tailleMaximale) {
          throw trop(tailleMaximale);
        }
        if (System.nanoTime() - limite > 0) {
          throw lent(delai);
        }
      }
    } catch (IOException e) {
      throw isDelai(e) ? lent(delai) : ErreurHttp.of(CodeServeur.CORPS_TRONQUE, "", "corps de requête interrompu avant sa fin");
    }
    if (longueurAnnoncee >= 0 && lu.size() < longueurAnnoncee) {
      throw ErreurHttp.of(CodeServeur.CORPS_TRONQUE, "", "corps de requête tronqué : " + lu.size() + " octet(s) reçu(s) sur " + longueurAnnoncee);
    }
    if (lu.size() == 0) {
      throw ErreurHttp.of(CodeServeur.CORPS_VIDE, "", "corps de requête vide : un document est attendu");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(lu.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw ErreurHttp.of(CodeServeur.ENCODAGE_INVALIDE, "", "le corps de requête n'est pas du texte UTF-8");
    }
  }

  private static boolean isDelai(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static ErreurHttp trop(long tailleMaximale) {
    return ErreurHttp.of(CodeServeur.CORPS_TROP_GRAND, "", "corps de requête de plus de " + tailleMaximale + " octets : refusé");
  }

  private static ErreurHttp lent(Duration delai) {
    return ErreurHttp.of(CodeServeur.DELAI_DEPASSE, "", "corps de requête non reçu en " + delai.toMillis() + " ms");
  }
}
