package fr.fluxlogement.serveur;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** La version du service, celle du projet (ressource {@code version.properties} filtrée à la construction). */
final class Version {

  private Version() {}

  /** La version, {@code inconnue} si la ressource manque. */
  static final String VALEUR = lire();

  private static String lire() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "inconnue";
    }
    return p.getProperty("version", "inconnue");
  }
}
