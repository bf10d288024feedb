package fr.fluxlogement.examples.lecture;

import fr.fluxlogement.core.anomalie.Anomalie;
import fr.fluxlogement.core.anomalie.CodeAnomalie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Un fichier texte UTF-8 lu en entier, mais jamais au-delà d'une taille donnée : un fichier plus
 * gros (ou sans fin, comme {@code /dev/zero}) est refusé sans être chargé ; un octet qui n'est pas de
 * l'UTF-8 est signalé avec sa ligne.
 */
public final class TexteBorne {

  private TexteBorne() {}

  /** La taille maximale d'un dossier de cas ou d'un manifeste : 10 Mio. */
  public static final long TAILLE_MAXIMALE_YAML = 10L << 20;

  /**
   * Le texte lu, ou l'anomalie qui l'empêche.
   *
   * @param texte le texte, sans marque d'ordre
   * @param anomalie la raison du refus
   */
  public record Lu(Optional<String> texte, Optional<Anomalie> anomalie) {}

  /** Lit un fichier UTF-8 d'au plus {@code taille} octets. */
  public static Lu lire(Path fichier, long taille) {
    byte[] octets;
    try (InputStream in = Files.newInputStream(fichier)) {
      octets = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, taille + 1));
    } catch (IOException | RuntimeException e) {
      return refus(CodeAnomalie.FORMAT_INVALIDE, "fichier illisible (" + e.getClass().getSimpleName() + ")", 0);
    }
    if (octets.length > taille) {
      return refus(CodeAnomalie.DEBORDEMENT, "fichier de plus de " + (taille >> 20) + " Mio : refusé sans être lu", 0);
    }
    return decoder(octets);
  }

  /** Décode des octets UTF-8 (marque d'ordre ôtée), ou signale la ligne du premier octet invalide. */
  public static Lu decoder(byte[] octets) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(octets);
    CharBuffer out = CharBuffer.allocate(octets.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int position = in.position();
      long ligne = 1;
      for (int i = 0; i < position && i < octets.length; i++) {
        if (octets[i] == '\n') {
          ligne++;
        }
      }
      return refus(CodeAnomalie.FORMAT_INVALIDE, "fichier qui n'est pas en UTF-8 : octet invalide à la ligne " + ligne
          + " (enregistrez-le en UTF-8)", ligne);
    }
    out.flip();
    String s = out.toString();
    return new Lu(Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s), Optional.empty());
  }

  private static Lu refus(CodeAnomalie code, String message, long ligne) {
    Anomalie a = Anomalie.erreur(code, "", message);
    return new Lu(Optional.empty(), Optional.of(ligne > 0 ? a.aLaLigne(ligne) : a));
  }
}
