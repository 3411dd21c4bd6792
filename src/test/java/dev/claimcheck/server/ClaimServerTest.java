package dev.claimcheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.cli.ClaimCheckCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every endpoint of a real server, called over HTTP, against what the CLI prints for the same text. */
@Timeout(300)
class ClaimServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = """
      # Kratom for everything

      Kratom cures anxiety and is 100% safe. Take 15 grams of kratom powder three times a day.

      <!-- claimcheck-disable dosing: the editor checked this dose -->
      Take 20 grams of kratom at night.

      Some users report that it helps them sleep.
      """;

  private static ServerFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new ServerFixture(ServerFixture.settings());
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void checkAnswersWhatCheckFormatJsonPrints(@TempDir Path dir) throws Exception {
    HttpResponse<String> response = fixture.post("/v1/check", "text/markdown", ARTICLE);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));

    Path file = dir.resolve("article.md");
    Files.writeString(file, ARTICLE);
    String cli = cli("check", "--format", "json", "--no-config", "--no-inline-suppressions", "--fail-on", "none", file.toString());
    ObjectNode expected = (ObjectNode) JSON.readTree(cli.replace(file.toString(), "-"));
    ObjectNode actual = (ObjectNode) JSON.readTree(response.body());
    ((ObjectNode) expected.get("tool")).put("version", "test");
    assertEquals(expected, actual);
    assertTrue(actual.at("/files/0/findings").size() > 0, response.body());
  }

  @Test
  void postedSuppressionCommentsAreIgnoredUnlessTheServerHonoursThem() throws Exception {
    JsonNode ignored = JSON.readTree(fixture.post("/v1/check", "text/markdown", ARTICLE).body());
    assertEquals(0, ignored.at("/files/0/suppressed").asInt());
    try (ServerFixture honouring = new ServerFixture(new ServerSettings("127.0.0.1", 0, 1 << 20,
        java.time.Duration.ofSeconds(30), 1, 4, java.util.Optional.empty(), java.util.Optional.empty(), true, "test"))) {
      JsonNode honoured = JSON.readTree(honouring.post("/v1/check", "text/markdown", ARTICLE).body());
      assertTrue(honoured.at("/files/0/suppressed").asInt() > 0, honoured.toString());
      assertTrue(honoured.at("/files/0/findings").size() < ignored.at("/files/0/findings").size());
    }
  }

  @Test
  void jsonBodyPicksTheFormatAndDisablesRules() throws Exception {
    String body = JSON.writeValueAsString(JSON.createObjectNode()
        .put("text", "<p>Kratom cures anxiety. Take 15 grams of kratom powder three times a day.</p>")
        .put("format", "html")
        .set("disable", JSON.createArrayNode().add("dosing")));
    JsonNode report = JSON.readTree(fixture.post("/v1/check", "application/json", body).body());
    List<String> categories = categories(report);
    assertTrue(categories.contains("claim"), categories.toString());
    assertFalse(categories.contains("dosing"), categories.toString());
    assertEquals(4, report.at("/files/0/findings/0/span/column").asInt(), "HTML offsets point into the posted source (after <p>)");

    JsonNode viaQuery = JSON.readTree(fixture.post("/v1/check?disable=claim", "text/plain", "Kratom cures anxiety. Take 15 grams of kratom three times a day.").body());
    assertFalse(categories(viaQuery).contains("claim"), viaQuery.toString());
    assertTrue(categories(viaQuery).contains("dosing"), viaQuery.toString());
  }

  @Test
  void analyzeAnswersWhatAnalyzeFormatJsonPrints(@TempDir Path dir) throws Exception {
    HttpResponse<String> response = fixture.post("/v1/analyze", "text/markdown", ARTICLE);
    assertEquals(200, response.statusCode(), response.body());
    Path file = dir.resolve("article.md");
    Files.writeString(file, ARTICLE);
    String cli = cli("analyze", "--format", "json", file.toString());
    assertEquals(JSON.readTree(cli.replace(file.toString(), "-")), JSON.readTree(response.body()));
    assertEquals("KRATOM", JSON.readTree(response.body()).at("/files/0/mainSubject").asText());
  }

  @Test
  void claimsListsTheDatabaseAndEachClaim() throws Exception {
    HttpResponse<String> list = fixture.get("/v1/claims");
    assertEquals(200, list.statusCode());
    JsonNode claims = JSON.readTree(list.body());
    long distinct = java.util.stream.Stream.concat(
            ServerFixture.checker().database().claims().stream().map(c -> c.id().value()),
            ServerFixture.checker().database().rows().stream().map(r -> r.claim().id().value()))
        .distinct().count();
    assertEquals(distinct, claims.get("count").asLong());
    assertEquals(distinct, claims.get("claims").size());
    JsonNode row = claims.get("claims").findParents("kind").stream().filter(c -> c.get("kind").asText().equals("row")).findFirst().orElseThrow();

    HttpResponse<String> one = fixture.get("/v1/claims/" + row.get("id").asText());
    assertEquals(200, one.statusCode());
    JsonNode claim = JSON.readTree(one.body());
    assertEquals(row.get("text"), claim.get("text"));
    assertFalse(claim.get("verdict").asText().isBlank());
    assertTrue(claim.get("sources").size() > 0, one.body());

    HttpResponse<String> unknown = fixture.get("/v1/claims/NO_SUCH_CLAIM");
    assertError(unknown, 404, "no claim with id");
  }

  @Test
  void healthAndMetrics() throws Exception {
    HttpResponse<String> health = fixture.get("/healthz");
    assertEquals(200, health.statusCode());
    assertEquals("ok", JSON.readTree(health.body()).get("status").asText());

    fixture.post("/v1/check", "text/plain", "Take 15 grams of kratom powder three times a day.");
    fixture.get("/nowhere");
    HttpResponse<String> metrics = fixture.get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    String text = metrics.body();
    assertTrue(text.contains("claimcheck_http_requests_total{method=\"POST\",route=\"/v1/check\",status=\"200\"}"), text);
    assertTrue(text.contains("claimcheck_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"}"), text);
    assertTrue(text.contains("claimcheck_http_request_duration_seconds_bucket{route=\"/v1/check\",le=\"0.1\"}"), text);
    assertTrue(text.contains("claimcheck_findings_total{category=\"dosing\",severity=\"error\"}"), text);
  }

  @Test
  void badRequestsGetJsonErrors() throws Exception {
    assertError(fixture.post("/v1/check", "application/json", "{\"text\": "), 400, "malformed JSON");
    assertError(fixture.post("/v1/check", "application/json", "[\"text\"]"), 400, "must be an object");
    assertError(fixture.post("/v1/check", "application/json", "{\"text\": \"x\", \"format\": \"pdf\"}"), 400, "unknown format");
    assertError(fixture.post("/v1/check", "application/json", "{\"text\": \"x\", \"disabel\": []}"), 400, "unknown field");
    assertError(fixture.post("/v1/check", "application/json", "{\"format\": \"text\"}"), 400, "no \\\"text\\\"");
    assertError(fixture.post("/v1/analyze", "application/json", "{\"text\": 3}"), 400, "must be a string");
    assertError(fixture.post("/v1/check", "application/pdf", "%PDF"), 415, "unsupported Content-Type");
    assertError(fixture.post("/v1/check", "text/plain; charset=iso-8859-1", "x"), 415, "UTF-8");
    assertError(fixture.post("/v1/check", "text/plain", "   \n  "), 400, "cannot be checked");
    HttpResponse<String> latin1 = ServerFixture.send(fixture.request("/v1/check").header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'})).build());
    assertError(latin1, 400, "not valid UTF-8 (at byte 3)");
    assertError(fixture.get("/v2/check"), 404, "no route GET /v2/check");
    assertError(fixture.get("/v1/check"), 405, "not allowed");
    assertError(ServerFixture.send(fixture.request("/v1/claims").DELETE().build()), 405, "not allowed");
  }

  @Test
  void bodiesOverTheLimitAre413() throws Exception {
    try (ServerFixture small = new ServerFixture(ServerFixture.settings().withLimits(1000, java.time.Duration.ofSeconds(30), 1, 4))) {
      String big = "Kratom cures anxiety. ".repeat(100);
      assertError(small.post("/v1/check", "text/plain", big), 413, "limit of 1000 bytes");
      // Without Content-Length (chunked), the body is cut off as soon as it passes the limit.
      HttpRequest chunked = small.request("/v1/check").header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes()))).build();
      assertError(ServerFixture.send(chunked), 413, "larger than");
      assertEquals(200, small.post("/v1/check", "text/plain", "Kratom cures anxiety.").statusCode());
    }
  }

  @Test
  void malformedHttpGetsAJsonErrorFromJettyToo() throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", fixture.server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
      assertTrue(answer.contains("Content-Type: application/json"), answer);
      assertTrue(answer.endsWith("{\"error\":\"bad request\",\"status\":400}\n"), answer);
    }
  }

  static List<String> categories(JsonNode report) {
    return report.at("/files/0/findings").findValuesAsText("category").stream().distinct().toList();
  }

  /** A JSON error with this status, a message containing {@code words}, and nothing of the server's insides. */
  static void assertError(HttpResponse<String> response, int status, String words) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""), response.body());
    JsonNode error = JSON.readTree(response.body());
    assertEquals(status, error.get("status").asInt(), response.body());
    assertTrue(response.body().contains(words), response.body());
    assertFalse(response.body().contains("Exception") || response.body().contains("\tat ") || response.body().contains(".java:"),
        response.body());
    assertEquals(2, error.size(), response.body());
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cmd = ClaimCheckCommand.newCommandLine(args);
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(new StringWriter()));
    int code = cmd.execute(args);
    assertTrue(code == 0 || code == 1, "exit " + code);
    return out.toString();
  }
}
