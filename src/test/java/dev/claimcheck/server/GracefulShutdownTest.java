package dev.claimcheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a check is in flight: the server, a child JVM started as {@code claimcheck serve}
 * is, stops accepting, answers the check in full, and exits.
 */
@Timeout(300)
class GracefulShutdownTest {
  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

  @Test
  void sigtermLetsTheRequestInFlightFinish(@TempDir Path dir) throws Exception {
    Path stderr = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process server = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.claimcheck.Main",
        "serve", "--port", "0", "--workers", "1"))
        .redirectError(stderr.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    try {
      int port = port(server);
      ServerFixtureClient client = new ServerFixtureClient(port);
      CompletableFuture<HttpResponse<String>> inFlight = ServerFixture.CLIENT.sendAsync(
          client.request("/v1/check").header("Content-Type", "text/plain")
              .POST(HttpRequest.BodyPublishers.ofString(ServerFixture.slowText(150))).build(),
          HttpResponse.BodyHandlers.ofString());
      client.awaitRunning();

      server.destroy(); // SIGTERM
      HttpResponse<String> answer = inFlight.get(240, TimeUnit.SECONDS);
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(new ObjectMapper().readTree(answer.body()).at("/files/0/findings").size() > 0, answer.body());

      assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server did not exit after SIGTERM");
      assertEquals(143, server.exitValue(), Files.readString(stderr));
      assertTrue(Files.readString(stderr).contains("claimcheck serve: stopped"), Files.readString(stderr));
    } finally {
      server.destroyForcibly();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The port from the server's first line on stdout. */
  private static int port(Process server) throws Exception {
    CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            return Integer.parseInt(m.group(1));
          }
        }
        throw new IllegalStateException("the server ended without listening");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return port.get(120, TimeUnit.SECONDS);
  }

  /** HTTP calls to a server in another process. */
  private record ServerFixtureClient(int port) {
    HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(240));
    }

    void awaitRunning() throws Exception {
      long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < end) {
        String metrics = ServerFixture.send(request("/metrics").build()).body();
        if (metrics.contains("\nclaimcheck_checks_running 1.0")) {
          return;
        }
        Thread.sleep(5);
      }
      throw new AssertionError("the check never started");
    }
  }
}
