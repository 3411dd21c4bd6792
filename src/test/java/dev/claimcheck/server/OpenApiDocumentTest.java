package dev.claimcheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** docs/openapi.yaml describes exactly the routes the server registers, each with its answers. */
@Timeout(120)
class OpenApiDocumentTest {
  @Test
  void everyRegisteredRouteIsDocumentedAndNoOther() throws Exception {
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/openapi.yaml").toFile());
    assertTrue(doc.get("openapi").asText().startsWith("3."), "an OpenAPI 3 document");
    List<String> documented = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
        String method = methods.next();
        JsonNode operation = path.getValue().get(method);
        assertTrue(operation.has("responses") && operation.get("responses").has("200"), path.getKey() + " " + method);
        documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }
    List<String> registered;
    try (ServerFixture f = new ServerFixture(ServerFixture.settings())) {
      registered = f.server.routes();
    }
    assertFalse(registered.isEmpty());
    assertEquals(registered.stream().sorted().toList(), documented.stream().sorted().toList());
  }

  @Test
  void everyReferenceResolves() throws Exception {
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/openapi.yaml").toFile());
    List<String> broken = new ArrayList<>();
    for (JsonNode ref : doc.findValues("$ref")) {
      String pointer = ref.asText().substring(1); // "#/components/..." -> "/components/..."
      if (doc.at(pointer).isMissingNode()) {
        broken.add(ref.asText());
      }
    }
    assertTrue(broken.isEmpty(), "unresolved: " + broken);
  }
}
