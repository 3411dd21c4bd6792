package dev.claimcheck.cli;

import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.api.Engine;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.report.TerminalText;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.server.ClaimServer;
import dev.claimcheck.server.ServerSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck serve}: the HTTP service (docs/openapi.yaml). Loads the models and database
 * once, listens, and runs until SIGTERM or Ctrl-C, which stop it gracefully: requests in flight
 * still get their answers. Javalin and Jetty are loaded only here, so other commands start as fast
 * as before.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
    description = "Serve checks over HTTP: POST /v1/check, POST /v1/analyze, GET /v1/claims[/{id}], /healthz, /metrics (docs/openapi.yaml).",
    exitCodeList = {"0:stopped by SIGTERM or SIGINT after the requests in flight were answered (the JVM reports 143 or 130)",
        "2:usage error, invalid database or token file, or the address cannot be bound"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one, printed at start).")
  int port;

  @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "1MB", converter = InputOptions.SizeConverter.class,
      description = "Refuse larger request bodies with 413, in bytes or with KB, MB or GB (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "Answer 503 with Retry-After when a check takes longer, waiting included (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--workers", paramLabel = "N",
      description = "Threads that check (default: the number of cores).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64",
      description = "Requests that may wait for a worker; more are refused with 429 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Require 'Authorization: Bearer <token>', the token being this file's content, on every route but /healthz.")
  Path tokenFile;

  @Option(names = "--cors", paramLabel = "ORIGIN",
      description = "Allow browser pages from ORIGIN (e.g. https://cms.example.org, or *) to call the service; off by default.")
  String cors;

  @Option(names = "--inline-suppressions",
      description = "Honour claimcheck-disable comments in posted texts (off by default: posted texts are untrusted).")
  boolean inlineSuppressions;

  @Mixin DatabaseOptions database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> problem = problem();
    if (problem.isPresent()) {
      err.println("claimcheck serve: " + TerminalText.safe(problem.get()));
      err.flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
    Optional<String> token;
    try {
      token = token();
    } catch (IOException e) {
      err.println("claimcheck serve: cannot read the token file " + TerminalText.safe(tokenFile + ": " + e.getMessage()));
      err.flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
    if (tokenFile != null && token.isEmpty()) {
      err.println("claimcheck serve: the token file " + TerminalText.safe(tokenFile.toString()) + " is empty");
      err.flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
    NlpModels nlp = NlpModels.loadInBackground();
    Optional<ClaimDatabase> db = database.load(Optional.empty(), err);
    if (db.isEmpty()) {
      return ExitCodes.USAGE_OR_INPUT;
    }
    ClaimChecker checker = new ClaimChecker(new Engine(nlp, db.get()), new ArticleReader(maxBody));
    ServerSettings settings = new ServerSettings(host, port, maxBody, Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
        workers == null ? Runtime.getRuntime().availableProcessors() : workers, queue, token, Optional.ofNullable(cors),
        inlineSuppressions, Version.current());
    ClaimServer server;
    try {
      server = ClaimServer.start(checker, settings, err);
    } catch (RuntimeException e) { // JavalinBindException and the like: an address in use, a bad host
      err.println("claimcheck serve: cannot listen on " + TerminalText.safe(host + ":" + port + ": " + e.getMessage()));
      err.flush();
      return ExitCodes.USAGE_OR_INPUT;
    }
    // SIGTERM and Ctrl-C run the shutdown hooks: stop accepting, answer what is in flight, end.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      err.println("claimcheck serve: stopped");
      err.flush();
    }, "claimcheck-shutdown"));
    out.println("claimcheck serve: listening on http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
        + " (" + settings.workers() + " workers, queue " + queue + ", body limit " + maxBody + " bytes, timeout "
        + timeoutSeconds + " s" + (token.isPresent() ? ", token required" : "") + ")");
    out.flush();
    server.awaitStop();
    return ExitCodes.OK;
  }

  /** A bad option value, in one line. */
  private Optional<String> problem() {
    if (port < 0 || port > 65535) {
      return Optional.of("--port must be 0 to 65535, not " + port);
    }
    if (!(timeoutSeconds > 0) || timeoutSeconds > 3600) {
      return Optional.of("--timeout must be more than 0 and at most 3600 seconds");
    }
    if (workers != null && (workers < 1 || workers > 1024)) {
      return Optional.of("--workers must be 1 to 1024, not " + workers);
    }
    if (queue < 0 || queue > 100_000) {
      return Optional.of("--queue must be 0 to 100000, not " + queue);
    }
    if (cors != null && !cors.equals("*") && !isOrigin(cors)) {
      return Optional.of("--cors takes an origin such as https://cms.example.org (scheme, host, optional port) or *, not '" + cors + "'");
    }
    return Optional.empty();
  }

  private static boolean isOrigin(String value) {
    try {
      URI uri = new URI(value);
      return (uri.getScheme().equals("http") || uri.getScheme().equals("https")) && uri.getHost() != null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null && uri.getRawFragment() == null;
    } catch (Exception e) { // URISyntaxException, or no scheme at all
      return false;
    }
  }

  /** The token: the file's content without surrounding white space (editors add a final newline). */
  private Optional<String> token() throws IOException {
    if (tokenFile == null) {
      return Optional.empty();
    }
    String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
