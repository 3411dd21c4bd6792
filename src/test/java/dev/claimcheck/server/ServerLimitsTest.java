package dev.claimcheck.server;

import static dev.claimcheck.server.ClaimServerTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The limits that protect the server (time, queue), the token and CORS, over real HTTP. */
@Timeout(300)
class ServerLimitsTest {
  @Test
  void aCheckOverTheTimeLimitIs503WithRetryAfter() throws Exception {
    try (ServerFixture f = new ServerFixture(ServerFixture.settings().withLimits(1 << 20, Duration.ofMillis(200), 1, 4))) {
      HttpResponse<String> slow = f.post("/v1/check", "text/plain", ServerFixture.slowText(100));
      assertError(slow, 503, "longer than the server");
      assertEquals("1", slow.headers().firstValue("Retry-After").orElse(""));
      assertTrue(f.get("/metrics").body().contains("route=\"/v1/check\",status=\"503\""));
    }
  }

  @Test
  void aFullQueueIs429() throws Exception {
    try (ServerFixture f = new ServerFixture(ServerFixture.settings().withLimits(1 << 20, Duration.ofSeconds(120), 1, 1))) {
      // One slow check on the only worker, one short check waiting: the queue of one is full.
      CompletableFuture<HttpResponse<String>> running = async(f, ServerFixture.slowText(100));
      f.awaitGauge("claimcheck_checks_running", 1);
      CompletableFuture<HttpResponse<String>> waiting = async(f, "Kratom cures anxiety.");
      f.awaitGauge("claimcheck_checks_waiting", 1);
      HttpResponse<String> refused = f.post("/v1/check", "text/plain", "Kratom cures anxiety.");
      assertError(refused, 429, "busy");
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
      // The refused request cost nothing: the other two are answered.
      assertEquals(200, running.get(120, TimeUnit.SECONDS).statusCode());
      assertEquals(200, waiting.get(120, TimeUnit.SECONDS).statusCode());
    }
  }

  @Test
  void aTokenGuardsEveryRouteButHealth() throws Exception {
    try (ServerFixture f = new ServerFixture(ServerFixture.settings().withAccess(Optional.of("s3cret-token"), Optional.empty()))) {
      HttpResponse<String> none = f.get("/v1/claims");
      assertError(none, 401, "wants a token");
      assertEquals("Bearer realm=\"claimcheck\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
      assertError(ServerFixture.send(f.request("/v1/claims").header("Authorization", "Bearer s3cret-tokem").build()), 401, "wrong");
      assertError(ServerFixture.send(f.request("/metrics").header("Authorization", "Basic czNjcmV0").build()), 401, "wrong");
      assertError(f.post("/v1/check", "text/plain", "Kratom cures anxiety."), 401, "token");
      assertError(f.get("/nowhere"), 401, "token"); // nothing about the routes without a token
      assertEquals(200, ServerFixture.send(f.request("/v1/claims").header("Authorization", "Bearer s3cret-token").build()).statusCode());
      assertEquals(200, ServerFixture.send(f.request("/v1/check").header("Authorization", "bearer s3cret-token")
          .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Kratom cures anxiety.")).build()).statusCode());
      assertEquals(200, f.get("/healthz").statusCode());
    }
  }

  @Test
  void corsIsOffUnlessAnOriginIsGiven() throws Exception {
    String origin = "https://cms.example.org";
    try (ServerFixture off = new ServerFixture(ServerFixture.settings())) {
      HttpResponse<String> plain = ServerFixture.send(off.request("/v1/claims").header("Origin", origin).build());
      assertEquals(200, plain.statusCode());
      assertTrue(plain.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), plain.headers().toString());
    }
    try (ServerFixture on = new ServerFixture(ServerFixture.settings().withAccess(Optional.of("t0ken"), Optional.of(origin)))) {
      // A browser's preflight carries no credentials; it must still be answered.
      HttpResponse<String> preflight = ServerFixture.send(on.request("/v1/check").header("Origin", origin)
          .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization,content-type")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
      assertTrue(preflight.statusCode() < 300, preflight.statusCode() + " " + preflight.body());
      assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""), preflight.headers().toString());
      HttpResponse<String> check = ServerFixture.send(on.request("/v1/check").header("Origin", origin)
          .header("Authorization", "Bearer t0ken").header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString("Kratom cures anxiety.", StandardCharsets.UTF_8)).build());
      assertEquals(200, check.statusCode());
      assertEquals(origin, check.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> other = ServerFixture.send(on.request("/healthz").header("Origin", "https://evil.example.com").build());
      assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").orElse("").contains("evil"), other.headers().toString());
    }
  }

  private static CompletableFuture<HttpResponse<String>> async(ServerFixture f, String text) {
    return ServerFixture.CLIENT.sendAsync(f.request("/v1/check").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
