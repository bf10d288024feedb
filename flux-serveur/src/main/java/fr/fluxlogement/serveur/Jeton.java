package fr.fluxlogement.serveur;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * Le jeton d'accès du service (en-tête {@code Authorization: Bearer <jeton>}). Il se donne au
 * démarrage par un fichier ou par la variable d'environnement {@link #VARIABLE}, jamais sur la ligne
 * de commande (elle se lit dans la liste des processus). Seule son empreinte SHA-256 est gardée ; un
 * jeton présenté se compare à elle en temps constant ({@link MessageDigest#isEqual}), ce qui ne dit
 * rien ni de la longueur ni du préfixe du jeton attendu.
 */
public final class Jeton {

  /** La variable d'environnement qui peut donner le jeton. */
  public static final String VARIABLE = "FLUX_JETON";

  /** La longueur minimale d'un jeton, en caractères. */
  public static final int LONGUEUR_MINIMALE = 16;

  /** La taille maximale d'un fichier de jeton, en octets. */
  public static final int TAILLE_MAXIMALE_FICHIER = 4096;

  private final byte[] empreinte;

  private Jeton(byte[] empreinte) {
    this.empreinte = empreinte;
  }

  /**
   * Un jeton de texte donné, débarrassé de ses blancs de début et de fin.
   *
   * @param texte le jeton
   * @return le jeton
   * @throws IllegalArgumentException s'il a moins de {@link #LONGUEUR_MINIMALE} caractères ou des
   *     caractères hors de l'ASCII visible
   */
  public static Jeton of(String texte) {
    String t = Objects.requireNonNull(texte, "jeton").strip();
    if (t.length() < LONGUEUR_MINIMALE) {
      throw new IllegalArgumentException("jeton trop court : " + LONGUEUR_MINIMALE + " caractères au moins");
    }
    if (!t.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("jeton invalide : caractères ASCII visibles seulement");
    }
    return new Jeton(empreinte(t));
  }

  /**
   * Le jeton d'un fichier (sa première ligne).
   *
   * @param fichier le fichier
   * @return le jeton
   * @throws IOException si le fichier ne se lit pas
   * @throws IllegalArgumentException si le fichier est trop gros ou le jeton invalide
   */
  public static Jeton lire(Path fichier) throws IOException {
    if (Files.size(fichier) > TAILLE_MAXIMALE_FICHIER) {
      throw new IllegalArgumentException("fichier de jeton trop gros : " + TAILLE_MAXIMALE_FICHIER + " octets au plus");
    }
    String texte = Files.readString(fichier, StandardCharsets.UTF_8);
    int fin = texte.indexOf('\n');
    return of(fin < 0 ? texte : texte.substring(0, fin));
  }

  /**
   * Le jeton de la variable d'environnement {@link #VARIABLE}, s'il y en a un.
   *
   * @return le jeton, vide si la variable est absente ou vide
   * @throws IllegalArgumentException si le jeton est invalide
   */
  public static Optional<Jeton> ofEnvironnement() {
    String v = System.getenv(VARIABLE);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(of(v));
  }

  /**
   * Vrai si l'en-tête {@code Authorization} présente ce jeton ({@code Bearer <jeton>}).
   *
   * @param entete l'en-tête, {@code null} s'il manque
   * @return vrai si le jeton présenté est celui-ci
   */
  public boolean isPresentePar(String entete) {
    if (entete == null || entete.length() < 7 || !entete.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(empreinte, empreinte(entete.substring(7).strip()));
  }

  private static byte[] empreinte(String t) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 indisponible", e);
    }
  }

  /** Ne dit rien du jeton. */
  @Override
  public String toString() {
    return "Jeton[***]";
  }
}
