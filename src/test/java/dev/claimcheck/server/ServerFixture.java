package dev.claimcheck.server;

import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.claims.ClaimDatabaseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

/**
 * A real server on a free port of 127.0.0.1 with the real checker (loaded once per test JVM), and a
 * real HTTP client. Every request is bounded in time.
 */
final class ServerFixture implements AutoCloseable {
  private static ClaimChecker checker;

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final ClaimServer server;
  final StringWriter log = new StringWriter();

  ServerFixture(ServerSettings settings) {
    server = ClaimServer.start(checker(), settings.withPort(0), new PrintWriter(log, true));
  }

  static synchronized ClaimChecker checker() {
    if (checker == null) {
      try {
        checker = ClaimChecker.load();
      } catch (ClaimDatabaseException e) {
        throw new AssertionError(e);
      }
    }
    return checker;
  }

  static ServerSettings settings() {
    return ServerSettings.defaults("test");
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A gauge's value from /metrics, e.g. claimcheck_checks_running. */
  double gauge(String name) throws IOException, InterruptedException {
    for (String line : get("/metrics").body().split("\n")) {
      if (line.startsWith(name + " ")) {
        return Double.parseDouble(line.substring(name.length() + 1));
      }
    }
    throw new AssertionError("no " + name + " in /metrics");
  }

  /** Waits (at most 60 s) until the gauge reads {@code value}. */
  void awaitGauge(String name, double value) throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (gauge(name) != value) {
      if (System.nanoTime() > end) {
        throw new AssertionError(name + " never reached " + value);
      }
      Thread.sleep(5);
    }
  }

  /**
   * Text that takes the checker seconds: many distinct health sentences (every one is tagged anew;
   * only word-level memos are shared). About 1 s per 20 KB on one warm core.
   */
  static String slowText(int kilobytes) {
    String[] words = ("kratom powder anxiety sleep pain relief doctor capsules grams daily users report studies suggest "
        + "tea leaves energy mood withdrawal liver safety dose turmeric magnesium blood pressure heart").split(" ");
    Random random = new Random(kilobytes);
    StringBuilder text = new StringBuilder();
    while (text.length() < kilobytes * 1024) {
      StringBuilder sentence = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        sentence.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(". ");
    }
    return text.toString();
  }

  @Override
  public void close() {
    server.stop();
  }
}
