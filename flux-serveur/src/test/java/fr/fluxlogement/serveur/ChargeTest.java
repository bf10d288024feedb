package fr.fluxlogement.serveur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fluxlogement.examples.cas.DossierCas;
import fr.fluxlogement.examples.ornex.DonneesOrnex;
import fr.fluxlogement.rendu.json.ResultatJson;
import fr.fluxlogement.rules.exercice.CalculExercice;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * L'essai de charge : N clients concurrents (le client HTTP du JDK), un mélange de requêtes valides et
 * invalides, borné en nombre et en temps. Il n'affirme que l'absence de 5xx et l'exactitude des
 * réponses ; le débit, les latences et le tas sont imprimés ({@code docs/PERFORMANCE.md}).
 * {@code -Dflux.charge.requetes=N -Dflux.charge.clients=C} pour un essai plus long.
 */
@DisplayName("Service HTTP : essai de charge, clients concurrents, requêtes mêlées, aucun 5xx, réponses exactes")
class ChargeTest {

  private static final int REQUETES = Integer.getInteger("flux.charge.requetes", 400);
  private static final int CLIENTS = Integer.getInteger("flux.charge.clients", 8);
  private static final Duration BORNE = Duration.ofSeconds(Long.getLong("flux.charge.secondes", 40));

  /** Une sorte de requête : son envoi et la réponse exacte attendue. */
  private record Sorte(String nom, String methode, String chemin, byte[] corps, int statut, byte[] attendu) {}

  @Test
  @DisplayName("aucune réponse 5xx et chaque réponse exacte, sous charge bornée")
  void charge() throws Exception {
    byte[] ornex = Fixtures.ornex().getBytes(StandardCharsets.UTF_8);
    byte[] resultat = ResultatJson.ecrire(CalculExercice.calculer(DonneesOrnex.exercice()).valeurOuLever()).getBytes(StandardCharsets.UTF_8);
    String cas = Fixtures.lire(Fixtures.cas().resolve("annexe-ornex.yaml"));
    assertThat(DossierCas.differences(DossierCas.calculer(cas))).isEmpty();
    byte[] faux = Fixtures.ornex().replaceFirst("\"annee\" : 2025", "\"annee\" : \"x\"").getBytes(StandardCharsets.UTF_8);
    byte[] gros = new byte[(int) (Configuration.TAILLE_MAXIMALE_DEFAUT + 1)];
    Arrays.fill(gros, (byte) ' ');
    try (Serveur s = Serveur.demarrer(Fixtures.configuration())) {
      Client c = new Client(s);
      byte[] parametres = c.get("/v1/parametres").octets();
      List<Sorte> sortes = List.of(
          new Sorte("exercice", "POST", "/v1/exercice", ornex, 200, resultat),
          new Sorte("exercice", "POST", "/v1/exercice", ornex, 200, resultat),
          new Sorte("exercice faux", "POST", "/v1/exercice", faux, 400, null),
          new Sorte("JSON mal formé", "POST", "/v1/exercice", "{\"a\":,}".getBytes(StandardCharsets.UTF_8), 400, null),
          new Sorte("cas", "POST", "/v1/cas/verification", cas.getBytes(StandardCharsets.UTF_8), 200, null),
          new Sorte("paramètres", "GET", "/v1/parametres", null, 200, parametres),
          new Sorte("santé", "GET", "/sante", null, 200, null),
          new Sorte("inconnue", "GET", "/v1/inconnue", null, 404, null),
          new Sorte("trop grand", "POST", "/v1/cas", gros, 413, null),
          new Sorte("exercice", "POST", "/v1/exercice", ornex, 200, resultat));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long tasAvant = rt.totalMemory() - rt.freeMemory();
      AtomicInteger suivante = new AtomicInteger();
      AtomicInteger cinqCents = new AtomicInteger();
      List<String> inexactes = Collections.synchronizedList(new ArrayList<>());
      List<Long> latences = Collections.synchronizedList(new ArrayList<>());
      long fin = System.nanoTime() + BORNE.toNanos();
      long debut = System.nanoTime();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> taches = new ArrayList<>();
      for (int k = 0; k < CLIENTS; k++) {
        taches.add(clients.submit(() -> {
          int i;
          while ((i = suivante.getAndIncrement()) < REQUETES && System.nanoTime() < fin) {
            Sorte so = sortes.get(i % sortes.size());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.adresse() + so.chemin())).timeout(Duration.ofSeconds(30));
            b = so.corps() == null ? b.GET() : b.POST(HttpRequest.BodyPublishers.ofByteArray(so.corps()));
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r;
            try {
              r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.io.IOException e) {
              inexactes.add(so.nom() + " : " + e);
              continue;
            }
            latences.add(System.nanoTime() - t0);
            if (r.statusCode() >= 500) {
              cinqCents.incrementAndGet();
            }
            if (r.statusCode() != so.statut() || (so.attendu() != null && !Arrays.equals(r.body(), so.attendu()))) {
              inexactes.add(so.nom() + " : " + r.statusCode());
            }
          }
          return null;
        }));
      }
      for (Future<?> t : taches) {
        t.get();
      }
      clients.shutdown();
      double secondes = (System.nanoTime() - debut) / 1e9;
      System.gc();
      long tasApres = rt.totalMemory() - rt.freeMemory();
      List<Long> triees = new ArrayList<>(latences);
      Collections.sort(triees);
      assertThat(cinqCents.get()).isZero();
      assertThat(inexactes).isEmpty();
      assertThat(triees).isNotEmpty();
      System.out.printf(Locale.ROOT, "charge : %d requêtes, %d clients, %.1f s, %.1f requêtes/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
              + "0 réponse 5xx, tas %d Mio avant, %d Mio après (max %d Mio), %d processeurs%n",
          triees.size(), CLIENTS, secondes, triees.size() / secondes, centile(triees, 50) / 1e6, centile(triees, 99) / 1e6,
          triees.get(triees.size() - 1) / 1e6, tasAvant >> 20, tasApres >> 20, rt.maxMemory() >> 20, rt.availableProcessors());
      System.out.println("charge : JVM " + ManagementFactory.getRuntimeMXBean().getVmVersion());
    }
  }

  private static long centile(List<Long> triees, int p) {
    return triees.get(Math.min(triees.size() - 1, (int) Math.ceil(p / 100.0 * triees.size()) - 1));
  }
}
