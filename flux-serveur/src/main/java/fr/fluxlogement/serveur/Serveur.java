package fr.fluxlogement.serveur;

import fr.fluxlogement.core.parametre.Parametres;
import fr.fluxlogement.core.reference.References;
import fr.fluxlogement.rendu.json.CatalogueJson;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Le service HTTP/JSON de flux, sur Javalin et Jetty ({@code docs/serveur.md}). Ses routes :
 *
 * <ul>
 *   <li>{@code GET /sante} et {@code GET /openapi.yaml} (sans jeton) ;
 *   <li>{@code POST /v1/exercice} : l'exercice annuel ({@code flux-exercice} → {@code flux-resultat}) ;
 *   <li>{@code POST /v1/cas} et {@code POST /v1/cas/verification} : un dossier de cas ;
 *   <li>{@code GET /v1/parametres} et {@code GET /v1/references} : les paramètres datés et les
 *       références ;
 *   <li>{@code GET /v1/dossier} et {@code GET /v1/dossier/<nom>} : les rapports du dossier servi.
 * </ul>
 *
 * <p>Chaque erreur répond en JSON {@code {"anomalies": [...]}}, jamais une trace de pile ; un
 * gestionnaire d'exceptions rattrape en dernier recours toute exception imprévue (500, sans détail).
 * Un même corps de requête donne toujours les mêmes octets de réponse.
 */
public final class Serveur implements AutoCloseable {

  /** Le type de média des réponses JSON. */
  static final String JSON = "application/json";

  private final Javalin app;
  private final Configuration configuration;
  private final int port;

  private Serveur(Javalin app, Configuration configuration, int port) {
    this.app = app;
    this.configuration = configuration;
    this.port = port;
  }

  /**
   * Démarre le service : calcule le dossier servi s'il y en a un, puis écoute.
   *
   * @param c la configuration
   * @return le service démarré
   * @throws IllegalStateException si la configuration refuse le démarrage (écoute hors de la
   *     boucle locale sans jeton) ou si l'exercice du dossier ne se calcule pas
   */
  public static Serveur demarrer(Configuration c) {
    return demarrer(c, r -> {});
  }

  /** Démarre le service avec des routes en plus (pour les tests du filet de dernier recours). */
  static Serveur demarrer(Configuration c, Consumer<RoutesConfig> enPlus) {
    Objects.requireNonNull(c, "configuration");
    List<String> refus = c.refus();
    if (!refus.isEmpty()) {
      throw new IllegalStateException(String.join(" ; ", refus));
    }
    Optional<Rapports> rapports = c.dossier().map(Rapports::of);
    byte[] parametres = octets(CatalogueJson.texte(CatalogueJson.parametres(Parametres.nationaux())));
    byte[] references = octets(CatalogueJson.texte(CatalogueJson.references(References.toutes())));
    byte[] openapi = ressource("openapi.yaml");
    byte[] sante = octets(CatalogueJson.texte(sante(rapports.isPresent())));
    Semaphore calculs = new Semaphore(c.calculsSimultanes(), true);
    Javalin app = Javalin.create(cfg -> {
      configurer(cfg, c);
      RoutesConfig r = cfg.routes;
      r.before(ctx -> avant(ctx, c));
      r.get("/sante", ctx -> repondre(ctx, 200, JSON, sante));
      r.get("/openapi.yaml", ctx -> repondre(ctx, 200, "application/yaml", openapi));
      r.post("/v1/exercice", ctx -> calculer(ctx, c, calculs, RouteExercice::calculer));
      r.post("/v1/cas", ctx -> calculer(ctx, c, calculs, RouteCas::figures));
      r.post("/v1/cas/verification", ctx -> calculer(ctx, c, calculs, RouteCas::verification));
      r.get("/v1/parametres", ctx -> repondre(ctx, 200, JSON, parametres));
      r.get("/v1/references", ctx -> repondre(ctx, 200, JSON, references));
      r.get("/v1/dossier", ctx -> repondre(ctx, 200, JSON, octets(servi(rapports).index())));
      r.get("/v1/dossier/<nom>", ctx -> {
        Rapports.Fichier f = servi(rapports).fichier(ctx.pathParam("nom"))
            .orElseThrow(() -> ErreurHttp.of(CodeServeur.RESSOURCE_INCONNUE, "nom", "aucun rapport de ce nom (voir GET /v1/dossier)"));
        if (f.type().startsWith("text/html")) {
          // pages sans script ni ressource extérieure : styles et graphiques SVG en ligne
          ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        }
        repondre(ctx, 200, f.type(), f.contenu());
      });
      enPlus.accept(r);
      r.exception(ErreurHttp.class, (e, ctx) -> repondre(ctx, e));
      r.exception(HttpResponseException.class,
          (e, ctx) -> repondre(ctx, new ErreurHttp(e.getStatus() >= 400 ? e.getStatus() : 500, List.of(Reponses.anomalieDeStatut(e.getStatus())))));
      // le filet de dernier recours : toute exception imprévue, sans rien en dire au client
      r.exception(Exception.class, (e, ctx) -> repondre(ctx, ErreurHttp.of(CodeServeur.ERREUR_INTERNE, "",
          "erreur interne du service (" + e.getClass().getSimpleName() + ") ; la requête n'a pas été traitée")));
    });
    app.start();
    int port = ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    return new Serveur(app, c, port);
  }

  private static void configurer(JavalinConfig cfg, Configuration c) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = c.tailleMaximale();
    cfg.http.prefer405over404 = true;
    cfg.http.generateEtags = false;
    QueuedThreadPool fils = new QueuedThreadPool(c.fils(), Math.min(4, c.fils()));
    fils.setName("flux-serveur");
    cfg.jetty.threadPool = fils;
    cfg.jetty.modifyServer(s -> s.setErrorHandler(new ErreursJetty()));
    cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new ErreursJetty()));
    cfg.jetty.modifyHttpConfiguration(h -> {
      h.setSendServerVersion(false);
      h.setSendXPoweredBy(false);
      h.setRequestHeaderSize(16 * 1024);
    });
    cfg.jetty.addConnector((s, h) -> {
      ServerConnector connecteur = new ServerConnector(s, new HttpConnectionFactory(h));
      connecteur.setHost(c.hote());
      connecteur.setPort(c.port());
      connecteur.setIdleTimeout(c.delaiInactivite().toMillis());
      return connecteur;
    });
    cfg.router.javaLangErrorHandler((res, erreur) -> {
      try {
        res.setStatus(500);
        res.setContentType(JSON);
        res.getOutputStream().write(octets(ErreurHttp.of(CodeServeur.ERREUR_INTERNE, "",
            "erreur interne du service (" + erreur.getClass().getSimpleName() + ") ; la requête n'a pas été traitée").corps()));
      } catch (IOException | RuntimeException e) {
        // la connexion est perdue : rien de plus à dire au client
      }
    });
    cfg.requestLogger.http((ctx, ms) -> c.journal().noter(ligneDeJournal(ctx, ms)));
  }

  /** La ligne du journal d'un accès : méthode, route (non le chemin reçu), statut, octets, durée. */
  private static String ligneDeJournal(Context ctx, Float ms) {
    String route = "(hors route)";
    try {
      io.javalin.router.Endpoint e = ctx.endpoints().matchedHttpEndpoint();
      if (e != null) {
        route = e.path;
      }
    } catch (RuntimeException e) {
      // aucune route ne correspond : la ligne le dit sans reprendre le chemin reçu
    }
    String octets = ctx.res().getHeader("Content-Length");
    return ctx.method().name() + " " + route + " " + ctx.status().getCode() + " " + (octets == null ? "-" : octets) + " octets "
        + Math.round(ms == null ? 0 : ms) + " ms";
  }

  private static void avant(Context ctx, Configuration c) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    if (c.jeton().isPresent() && ctx.path().startsWith("/v1") && !c.jeton().get().isPresentePar(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"flux\"");
      ErreurHttp refus = ErreurHttp.of(CodeServeur.JETON_REFUSE, "", "jeton d'accès absent ou invalide (en-tête Authorization: Bearer …)");
      throw corpsJete(ctx, c) ? refus : refus.withFermeture();
    }
  }

  /** Lit et jette le corps d'une requête refusée avant sa lecture ; vrai si la connexion peut servir encore. */
  private static boolean corpsJete(Context ctx, Configuration c) {
    try {
      return Corps.jeter(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), c.tailleMaximale(), c.delaiLecture());
    } catch (IOException e) {
      return false;
    }
  }

  private static Rapports servi(Optional<Rapports> rapports) {
    return rapports.orElseThrow(() -> ErreurHttp.of(CodeServeur.RESSOURCE_INCONNUE, "",
        "aucun dossier servi : le service a été démarré sans --dossier"));
  }

  private static void calculer(Context ctx, Configuration c, Semaphore calculs, UnaryOperator<String> calcul) throws InterruptedException {
    String corps;
    try {
      corps = Corps.lire(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), c.tailleMaximale(), c.delaiLecture());
    } catch (IOException e) {
      throw ErreurHttp.of(CodeServeur.CORPS_TRONQUE, "", "corps de requête illisible");
    }
    calculs.acquire();
    String reponse;
    try {
      reponse = calcul.apply(corps);
    } finally {
      calculs.release();
    }
    repondre(ctx, 200, JSON, octets(reponse));
  }

  private static void repondre(Context ctx, int statut, String type, byte[] corps) {
    ctx.status(statut);
    ctx.contentType(type);
    ctx.header("Content-Length", Integer.toString(corps.length));
    ctx.result(corps);
  }

  private static void repondre(Context ctx, ErreurHttp e) {
    if (e.isFermeture()) {
      ctx.header("Connection", "close");
    }
    repondre(ctx, e.statut(), JSON, octets(e.corps()));
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode sante(boolean dossier) {
    com.fasterxml.jackson.databind.node.ObjectNode o = CatalogueJson.objet();
    o.put("statut", "disponible");
    o.put("version", Version.VALEUR);
    o.put("dossier", dossier);
    return o;
  }

  private static byte[] octets(String texte) {
    return texte.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ressource(String nom) {
    try (InputStream in = Serveur.class.getResourceAsStream(nom)) {
      if (in == null) {
        throw new IllegalStateException("ressource absente : " + nom);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Le port d'écoute effectif (celui choisi par le système si la configuration disait 0).
   *
   * @return le port
   */
  public int port() {
    return port;
  }

  /**
   * L'adresse de base du service, {@code http://hote:port}.
   *
   * @return l'adresse
   */
  public URI adresse() {
    String h = configuration.hote().contains(":") ? "[" + configuration.hote() + "]" : configuration.hote();
    return URI.create("http://" + h + ":" + port);
  }

  /**
   * La configuration du service.
   *
   * @return la configuration
   */
  public Configuration configuration() {
    return configuration;
  }

  /** Arrête le service. */
  @Override
  public void close() {
    app.stop();
  }
}
