package fr.fluxlogement.rendu.html;

import java.util.Objects;

/**
 * Un lien entre pages du même dossier.
 *
 * @param texte le texte du lien
 * @param href le chemin relatif
 */
public record Lien(String texte, String href) {

  /** Refuse les {@code null}. */
  public Lien {
    Objects.requireNonNull(texte, "texte");
    Objects.requireNonNull(href, "href");
  }
}
