package fr.fluxlogement.serveur;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * La configuration du service : l'adresse d'écoute, le dossier d'exercice servi, le jeton d'accès et
 * les limites (taille des corps, délais, fils et calculs simultanés). Les valeurs par défaut sont
 * celles de {@code docs/serveur.md}.
 *
 * @param hote l'adresse d'écoute ({@value #HOTE_DEFAUT} par défaut)
 * @param port le port (0 : un port libre choisi par le système)
 * @param dossier le dossier d'exercice dont servir les rapports, s'il y en a un
 * @param jeton le jeton exigé de chaque requête (sauf {@code /sante}), s'il y en a un
 * @param tailleMaximale la taille maximale d'un corps de requête, en octets
 * @param delaiLecture le temps maximal de réception d'un corps entier
 * @param delaiInactivite le temps maximal sans octet reçu sur une connexion
 * @param fils le nombre maximal de fils du serveur
 * @param calculsSimultanes le nombre maximal de calculs menés en même temps (les autres attendent)
 * @param journal le journal des accès
 */
public record Configuration(
    String hote,
    int port,
    Optional<Path> dossier,
    Optional<Jeton> jeton,
    long tailleMaximale,
    Duration delaiLecture,
    Duration delaiInactivite,
    int fils,
    int calculsSimultanes,
    Journal journal) {

  /** L'adresse d'écoute par défaut : la boucle locale. */
  public static final String HOTE_DEFAUT = "127.0.0.1";

  /** Le port par défaut. */
  public static final int PORT_DEFAUT = 8080;

  /** La taille maximale par défaut d'un corps de requête : 10 Mio. */
  public static final long TAILLE_MAXIMALE_DEFAUT = 10L << 20;

  /** Le temps maximal par défaut de réception d'un corps. */
  public static final Duration DELAI_LECTURE_DEFAUT = Duration.ofSeconds(30);

  /** Le temps maximal par défaut sans octet reçu. */
  public static final Duration DELAI_INACTIVITE_DEFAUT = Duration.ofSeconds(10);

  /** Le nombre de fils par défaut. */
  public static final int FILS_DEFAUT = 32;

  /** Valide les bornes ; refuse les {@code null}. */
  public Configuration {
    Objects.requireNonNull(hote, "hote");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(jeton, "jeton");
    Objects.requireNonNull(delaiLecture, "delaiLecture");
    Objects.requireNonNull(delaiInactivite, "delaiInactivite");
    Objects.requireNonNull(journal, "journal");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port hors de 0-65535 : " + port);
    }
    if (tailleMaximale < 1) {
      throw new IllegalArgumentException("taille maximale non positive");
    }
    if (delaiLecture.isNegative() || delaiLecture.isZero() || delaiInactivite.isNegative() || delaiInactivite.isZero()) {
      throw new IllegalArgumentException("délai non positif");
    }
    if (fils < 8 || calculsSimultanes < 1) {
      throw new IllegalArgumentException("8 fils et 1 calcul au moins");
    }
  }

  /**
   * La configuration par défaut : boucle locale, port {@value #PORT_DEFAUT}, sans dossier ni jeton,
   * limites par défaut, un calcul simultané par processeur (deux au moins), journal sur SLF4J.
   *
   * @return la configuration
   */
  public static Configuration of() {
    return new Configuration(HOTE_DEFAUT, PORT_DEFAUT, Optional.empty(), Optional.empty(), TAILLE_MAXIMALE_DEFAUT, DELAI_LECTURE_DEFAUT,
        DELAI_INACTIVITE_DEFAUT, FILS_DEFAUT, Math.max(2, Runtime.getRuntime().availableProcessors()), Journal.slf4j());
  }

  /**
   * Avec une autre adresse d'écoute.
   *
   * @param h l'adresse
   * @return la configuration
   */
  public Configuration withHote(String h) {
    return new Configuration(h, port, dossier, jeton, tailleMaximale, delaiLecture, delaiInactivite, fils, calculsSimultanes, journal);
  }

  /**
   * Avec un autre port.
   *
   * @param p le port (0 : un port libre)
   * @return la configuration
   */
  public Configuration withPort(int p) {
    return new Configuration(hote, p, dossier, jeton, tailleMaximale, delaiLecture, delaiInactivite, fils, calculsSimultanes, journal);
  }

  /**
   * Avec un dossier d'exercice à servir.
   *
   * @param d le dossier
   * @return la configuration
   */
  public Configuration withDossier(Path d) {
    return new Configuration(hote, port, Optional.of(d), jeton, tailleMaximale, delaiLecture, delaiInactivite, fils, calculsSimultanes, journal);
  }

  /**
   * Avec un jeton d'accès exigé.
   *
   * @param j le jeton
   * @return la configuration
   */
  public Configuration withJeton(Jeton j) {
    return new Configuration(hote, port, dossier, Optional.of(j), tailleMaximale, delaiLecture, delaiInactivite, fils, calculsSimultanes, journal);
  }

  /**
   * Avec une autre taille maximale de corps.
   *
   * @param octets la taille, en octets
   * @return la configuration
   */
  public Configuration withTailleMaximale(long octets) {
    return new Configuration(hote, port, dossier, jeton, octets, delaiLecture, delaiInactivite, fils, calculsSimultanes, journal);
  }

  /**
   * Avec d'autres délais.
   *
   * @param lecture le temps maximal de réception d'un corps
   * @param inactivite le temps maximal sans octet reçu
   * @return la configuration
   */
  public Configuration withDelais(Duration lecture, Duration inactivite) {
    return new Configuration(hote, port, dossier, jeton, tailleMaximale, lecture, inactivite, fils, calculsSimultanes, journal);
  }

  /**
   * Avec un autre journal des accès.
   *
   * @param j le journal
   * @return la configuration
   */
  public Configuration withJournal(Journal j) {
    return new Configuration(hote, port, dossier, jeton, tailleMaximale, delaiLecture, delaiInactivite, fils, calculsSimultanes, j);
  }

  /**
   * Vrai si l'adresse d'écoute est celle de la boucle locale ({@code 127.0.0.1}, {@code ::1},
   * {@code localhost}) ; une adresse qui ne se résout pas n'en est pas une.
   *
   * @return vrai pour la boucle locale
   */
  public boolean isBoucleLocale() {
    try {
      InetAddress[] toutes = InetAddress.getAllByName(hote);
      for (InetAddress a : toutes) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return toutes.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Les raisons de refuser de démarrer : une écoute hors de la boucle locale sans jeton.
   *
   * @return les messages français, vide si le démarrage est permis
   */
  public List<String> refus() {
    List<String> r = new ArrayList<>();
    if (jeton.isEmpty() && !isBoucleLocale()) {
      r.add("écoute sur " + hote + " (hors de la boucle locale) sans jeton d'accès : donnez --jeton-fichier FICHIER ou la variable "
          + Jeton.VARIABLE);
    }
    return r;
  }
}
