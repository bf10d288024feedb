package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Un client HTTP des tests : le client du JDK, et une socket brute pour les requêtes que ce client refuse d'écrire. */
final class Client {

  private final URI base;
  private final HttpClient http;
  private final Contrat contrat;

  Client(Serveur s) {
    this.base = s.adresse();
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    this.contrat = Contrat.of();
  }

  /** Une réponse : statut, type, corps. */
  record Reponse(int statut, String type, byte[] octets) {
    String texte() {
      return new String(octets, StandardCharsets.UTF_8);
    }
  }

  Reponse get(String chemin) {
    return envoyer(HttpRequest.newBuilder(URI.create(base + chemin)).GET());
  }

  Reponse get(String chemin, String jeton) {
    return envoyer(HttpRequest.newBuilder(URI.create(base + chemin)).header("Authorization", "Bearer " + jeton).GET());
  }

  Reponse post(String chemin, String corps) {
    return post(chemin, corps.getBytes(StandardCharsets.UTF_8));
  }

  Reponse post(String chemin, byte[] corps) {
    return envoyer(HttpRequest.newBuilder(URI.create(base + chemin)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(corps)));
  }

  Reponse envoyer(HttpRequest.Builder b) {
    try {
      HttpResponse<byte[]> r = http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reponse(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Vérifie la réponse contre le document OpenAPI (opération, statut, type, schéma) et la rend. */
  Reponse conforme(String methode, String gabarit, Reponse r) {
    contrat.verifier(methode, gabarit, r);
    return r;
  }

  /**
   * Écrit des octets bruts sur une socket, puis lit toute la réponse (jusqu'à la fermeture ou au délai).
   *
   * @param octets la requête
   * @param fermerEcriture vrai pour fermer le sens d'écriture après l'envoi (corps tronqué)
   * @param attente le délai de lecture
   */
  String brut(byte[] octets, boolean fermerEcriture, Duration attente) throws IOException {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout((int) attente.toMillis());
      OutputStream out = s.getOutputStream();
      out.write(octets);
      out.flush();
      if (fermerEcriture) {
        s.shutdownOutput();
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream lu = new ByteArrayOutputStream();
      byte[] t = new byte[8192];
      try {
        int n;
        while ((n = in.read(t)) >= 0) {
          lu.write(t, 0, n);
          if (complete(lu.toString(StandardCharsets.UTF_8))) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // la réponse lue jusque-là
      }
      return lu.toString(StandardCharsets.UTF_8);
    }
  }

  /** Vrai si la réponse lue a ses en-têtes et tout son corps (Content-Length). */
  private static boolean complete(String r) {
    int fin = r.indexOf("\r\n\r\n");
    if (fin < 0) {
      return false;
    }
    for (String l : r.substring(0, fin).split("\r\n")) {
      if (l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        int n = Integer.parseInt(l.substring(15).strip());
        return r.getBytes(StandardCharsets.UTF_8).length >= fin + 4 + n;
      }
    }
    return false;
  }

  /** Le statut d'une réponse brute. */
  static int statut(String brute) {
    assertThat(brute).startsWith("HTTP/1.1 ");
    return Integer.parseInt(brute.substring(9, 12));
  }

  /** Le corps d'une réponse brute. */
  static String corps(String brute) {
    int fin = brute.indexOf("\r\n\r\n");
    return fin < 0 ? "" : brute.substring(fin + 4);
  }
}
