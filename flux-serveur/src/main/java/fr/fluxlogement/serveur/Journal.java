package fr.fluxlogement.serveur;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Le journal des accès : une ligne par requête, avec la méthode, le chemin, le statut, la taille de
 * la réponse et la durée. Jamais le corps de la requête ni celui de la réponse, ni la chaîne de
 * requête, ni l'en-tête {@code Authorization} : un exercice porte les ressources des ménages et leurs
 * numéros uniques, qui n'ont rien à faire dans un journal.
 */
@FunctionalInterface
public interface Journal {

  /**
   * Note un accès.
   *
   * @param ligne la ligne, déjà composée
   */
  void noter(String ligne);

  /**
   * Le journal sur SLF4J (journal {@code fr.fluxlogement.serveur.acces}, niveau INFO).
   *
   * @return le journal
   */
  static Journal slf4j() {
    Logger l = LoggerFactory.getLogger("fr.fluxlogement.serveur.acces");
    return l::info;
  }
}
