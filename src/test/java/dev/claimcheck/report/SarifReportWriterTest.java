package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
  private final JsonNode sarif = parse(ReportFixtures.write(new SarifReportWriter("1.2.3", "https://claimcheck.dev")));

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  @Test
  void validatesAgainstTheSarif210Schema() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
      Set<ValidationMessage> problems = schema.validate(sarif);
      assertTrue(problems.isEmpty(), "SARIF does not validate: " + problems + "\n" + sarif.toPrettyString());
    }
  }

  @Test
  void hasWhatCodeScanningNeeds() {
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode run = sarif.get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("claimcheck", driver.get("name").asText());
    assertEquals("1.2.3", driver.get("version").asText());
    assertEquals("https://claimcheck.dev", driver.get("informationUri").asText());
    JsonNode rules = driver.get("rules");
    assertEquals(2, rules.size());
    assertEquals("unsupported-claim/ZORB_CURES", rules.get(0).get("id").asText());
    assertTrue(rules.get(0).get("help").get("text").asText().contains("No study supports it."));
    assertTrue(rules.get(0).get("help").get("markdown").asText().contains("(<https://example.org/a?b=1&c=2>)"));
    assertFalse(rules.get(0).get("help").get("markdown").asText().contains("(<javascript:"), "only http(s) links");
    assertEquals("https://example.org/a?b=1&c=2", rules.get(0).get("helpUri").asText());
    assertFalse(rules.get(1).get("help").get("text").asText().isBlank());

    JsonNode results = run.get("results");
    assertEquals(2, results.size());
    JsonNode claim = results.get(0);
    assertEquals("warning", claim.get("level").asText());
    assertEquals(0, claim.get("ruleIndex").asInt());
    JsonNode location = claim.get("locations").get(0).get("physicalLocation");
    assertEquals("drafts/%3Cb%3Eevil%3C/b%3E.md", location.get("artifactLocation").get("uri").asText());
    assertEquals(3, location.get("region").get("startLine").asInt());
    assertEquals(1, location.get("region").get("startColumn").asInt());
    assertEquals(ReportFixtures.HOSTILE_CLAIM.length() + 1, location.get("region").get("endColumn").asInt());
    assertEquals("error", results.get(1).get("level").asText());
    assertFalse(claim.get("partialFingerprints").get("claimcheckFinding/v1").asText().isEmpty());

    JsonNode notifications = run.get("invocations").get(0).get("toolExecutionNotifications");
    assertEquals("missing.md: no such file", notifications.get(0).get("message").get("text").asText());
    assertFalse(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
  }
}
