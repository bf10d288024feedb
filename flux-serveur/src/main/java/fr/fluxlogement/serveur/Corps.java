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
 * La lecture bornée d'un corps de requête : au plus une taille donnée (413 au-delà), en un temps
 * donné (408 au-delà ; le délai d'inactivité de la connexion borne chaque attente), entier (400 si la
 * connexion se ferme avant la longueur annoncée) et en UTF-8 strict (400 sinon).
 *
 * <p>Un corps trop grand est lu et jeté jusqu'à {@value #FACTEUR_VIDANGE} fois la taille permise, pour
 * que le client, qui écrit encore, reçoive bien la réponse 413 ; au-delà (ou annoncé au-delà), la
 * réponse part aussitôt et la connexion se ferme : un client qui envoie {@code Expect: 100-continue}
 * la reçoit sans avoir rien envoyé.
 */
final class Corps {

  private static final int MORCEAU = 64 * 1024;

  /** Jusqu'à combien de fois la taille permise un corps trop grand est lu et jeté. */
  static final int FACTEUR_VIDANGE = 4;

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
    long limite = System.nanoTime() + delai.toNanos();
    if (longueurAnnoncee > tailleMaximale) {
      throw trop(tailleMaximale, longueurAnnoncee <= FACTEUR_VIDANGE * tailleMaximale && vider(entree, 0, longueurAnnoncee, limite));
    }
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
          throw trop(tailleMaximale, vider(entree, lu.size(), FACTEUR_VIDANGE * tailleMaximale, limite));
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

  /**
   * Lit et jette un corps que le service refuse sans le lire (jeton refusé), pour que le client, qui
   * l'écrit peut-être encore, reçoive bien la réponse : la connexion fermée sur des octets non lus
   * ferait perdre la réponse au client (remise à zéro TCP).
   *
   * @param entree le flux du corps
   * @param longueurAnnoncee la longueur de l'en-tête {@code Content-Length}, négative sans elle
   * @param tailleMaximale la taille maximale d'un corps, en octets
   * @param delai le temps maximal de réception
   * @return vrai si le corps a été lu jusqu'à sa fin (la connexion peut servir encore), faux s'il faut
   *     la fermer
   */
  static boolean jeter(InputStream entree, long longueurAnnoncee, long tailleMaximale, Duration delai) {
    if (longueurAnnoncee == 0) {
      return true;
    }
    return longueurAnnoncee <= FACTEUR_VIDANGE * tailleMaximale
        && vider(entree, 0, FACTEUR_VIDANGE * tailleMaximale, System.nanoTime() + delai.toNanos());
  }

  private static boolean isDelai(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lit et jette le reste d'un corps, jusqu'à sa fin, jusqu'à un total d'octets ou jusqu'au délai.
   *
   * @return vrai si le corps a été lu jusqu'à sa fin (la connexion peut servir encore)
   */
  private static boolean vider(InputStream entree, long dejaLus, long total, long limite) {
    byte[] tampon = new byte[MORCEAU];
    long lus = dejaLus;
    try {
      while (lus <= total && System.nanoTime() - limite < 0) {
        int n = entree.read(tampon);
        if (n < 0) {
          return true;
        }
        lus += n;
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  private static ErreurHttp trop(long tailleMaximale, boolean vide) {
    ErreurHttp e = ErreurHttp.of(CodeServeur.CORPS_TROP_GRAND, "", "corps de requête de plus de " + tailleMaximale + " octets : refusé");
    return vide ? e : e.withFermeture();
  }

  private static ErreurHttp lent(Duration delai) {
    return ErreurHttp.of(CodeServeur.DELAI_DEPASSE, "", "corps de requête non reçu en " + delai.toMillis() + " ms");
  }
}
