package dev.claimcheck.server;

import dev.claimcheck.api.ClaimChecker;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * claimcheck's HTTP service (Javalin on Jetty), modelled on LanguageTool's server: texts are checked
 * through one shared {@link ClaimChecker} on a {@link CheckPool}, and every refusal is a JSON error
 * (docs/openapi.yaml lists the routes and answers). {@link #stop()} is graceful: new connections are
 * refused, requests in flight get their answers. Thread-safe.
 */
public final class ClaimServer {
  private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "QUERY");
  private static final String TIMING = "claimcheck.started";

  private final Javalin app;
  private final CheckPool pool;
  private final ServerSettings settings;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private ClaimServer(Javalin app, CheckPool pool, ServerSettings settings) {
    this.app = app;
    this.pool = pool;
    this.settings = settings;
  }

  /**
   * Starts listening; returns once the port is bound. The checker is loaded before, so the first
   * request is checked as fast as any.
   *
   * @param log where internal errors are reported, one line each
   * @throws io.javalin.util.JavalinBindException when the address cannot be bound
   */
  public static ClaimServer start(ClaimChecker checker, ServerSettings settings, PrintWriter log) {
    CheckPool pool = new CheckPool(settings.workers(), settings.queue(), settings.timeout());
    ServerMetrics metrics = new ServerMetrics(pool);
    ArticleEndpoints articles = new ArticleEndpoints(checker, pool, metrics, settings, log);
    ClaimsJson claims = new ClaimsJson(checker.database());
    BearerToken auth = new BearerToken(settings.token());
    Javalin app = Javalin.create(config -> {
      configure(config, settings);
      config.routes.before(ctx -> {
        ctx.attribute(TIMING, System.nanoTime());
        auth.require(ctx);
      });
      config.routes.post("/v1/check", articles::check);
      config.routes.post("/v1/analyze", articles::analyze);
      config.routes.get("/v1/claims", ctx -> json(ctx, claims.list()));
      config.routes.get("/v1/claims/{id}", ctx -> json(ctx, claims.one(ctx.pathParam("id"))
          .orElseThrow(() -> new ApiError(404, "no claim with id '" + ctx.pathParam("id") + "'"))));
      config.routes.get("/healthz", ctx -> json(ctx, "{\"status\": \"ok\"}\n"));
      config.routes.get("/metrics", ctx -> ctx.contentType(metrics.contentType()).result(metrics.scrape()));
      config.routes.exception(ApiError.class, (e, ctx) -> ErrorJson.answer(ctx, e));
      // Javalin's own refusals (no such route, wrong method, ...) in the same JSON shape.
      config.routes.exception(HttpResponseException.class, (e, ctx) -> ErrorJson.answer(ctx, e.getStatus(), message(e, ctx)));
      config.routes.exception(Exception.class, (e, ctx) -> ErrorJson.internal(ctx, e, log));
      config.routes.after(ctx -> {
        Long started = ctx.attribute(TIMING);
        metrics.request(route(ctx), ctx.method().name(), ctx.statusCode(), started == null ? 0 : System.nanoTime() - started);
      });
    });
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) { // the address is in use, the host unknown: nothing to serve with the workers
      pool.close();
      throw e;
    }
    return new ClaimServer(app, pool, settings);
  }

  private static void configure(JavalinConfig config, ServerSettings settings) {
    config.startup.showJavalinBanner = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.router.ignoreTrailingSlashes = false;
    config.jetty.modifyServer(server -> {
      // Graceful stop: Jetty stops accepting, then waits for the requests in flight, which the
      // time limit bounds; a little more for writing the answers.
      server.setHandler(new GracefulHandler());
      server.setStopTimeout(settings.timeout().plusSeconds(5).toMillis());
      server.setErrorHandler(new JettyErrorJson());
    });
    settings.corsOrigin().ifPresent(origin -> config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
      if (origin.equals("*")) {
        rule.anyHost();
      } else {
        rule.allowHost(origin);
      }
      rule.exposeHeader("Retry-After");
    })));
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json").result(body);
  }

  /** The route's path template, so that /v1/claims/{id} is one label however many ids are asked for. */
  private static String route(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    return matched == null ? "unmatched" : matched.path;
  }

  private static String message(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 -> "no route " + ctx.method() + " " + ctx.path() + "; see docs/openapi.yaml";
      case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
      case 413 -> "the body is larger than the server's limit";
      default -> e.getMessage();
    };
  }

  /** The port listened on (the one chosen when the settings said 0). */
  public int port() {
    return app.port();
  }

  /**
   * The routes registered, as "METHOD /path/{param}" (filters and CORS preflights left out):
   * docs/openapi.yaml must describe each (OpenApiDocumentTest).
   */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> p.endpoint)
        .filter(e -> HTTP_METHODS.contains(e.method.name()))
        .map(e -> e.method.name() + " " + e.path)
        .distinct()
        .toList();
  }

  public ServerSettings settings() {
    return settings;
  }

  /**
   * Stops gracefully: no new connections, requests in flight answered (each within the time limit),
   * then the workers end. Safe to call more than once and from a shutdown hook.
   */
  public void stop() {
    synchronized (this) {
      if (stopped.getCount() == 0) {
        return;
      }
      app.stop();
      pool.close(Duration.ofSeconds(5));
      stopped.countDown();
    }
  }

  /** Blocks until {@link #stop()} has finished. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  static boolean isPreflight(Context ctx) {
    return ctx.method() == HandlerType.OPTIONS;
  }
}
