package dev.claimcheck.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.claims.Source;
import dev.claimcheck.report.JsonTextEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The claims database as {@code GET /v1/claims} and {@code /v1/claims/{id}} show it: the list has
 * what {@code claimcheck db list} prints (id, rating, kind or relation, claim text), one claim adds
 * its verdict, sources and examples. The database is immutable, so the list is written once.
 * Thread-safe.
 */
final class ClaimsJson {
  private static final JsonFactory JSON = new JsonFactory();

  /** A pattern claim, or a row of the evidence matrix with the claim it carries. */
  private record Entry(Claim claim, Optional<EvidenceRow> row) {}

  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final String list;

  ClaimsJson(ClaimDatabase db) {
    for (Claim c : db.claims()) {
      byId.putIfAbsent(c.id().value(), new Entry(c, Optional.empty()));
    }
    for (EvidenceRow r : db.rows()) {
      byId.putIfAbsent(r.claim().id().value(), new Entry(r.claim(), Optional.of(r)));
    }
    list = write(g -> {
      g.writeStartObject();
      g.writeNumberField("count", byId.size());
      g.writeArrayFieldStart("claims");
      for (Entry e : byId.values()) {
        g.writeStartObject();
        writeSummary(g, e);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  String list() {
    return list;
  }

  /** The claim or row with this id, in full; empty when there is none. */
  Optional<String> one(String id) {
    Entry e = byId.get(id);
    if (e == null) {
      return Optional.empty();
    }
    Claim c = e.claim();
    return Optional.of(write(g -> {
      g.writeStartObject();
      writeSummary(g, e);
      g.writeStringField("topic", c.topic());
      g.writeStringField("verdict", c.verdict());
      g.writeArrayFieldStart("sources");
      for (Source s : c.sources()) {
        g.writeStartObject();
        g.writeStringField("title", s.title());
        g.writeStringField("url", s.url());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("examples");
      for (String s : c.examples()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("counterexamples");
      for (String s : c.counterexamples()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }));
  }

  /** The fields of a {@code db list} line: a row says substance, relation and outcome instead of a kind. */
  private static void writeSummary(JsonGenerator g, Entry e) throws IOException {
    Claim c = e.claim();
    g.writeStringField("id", c.id().value());
    g.writeStringField("rating", c.rating().label());
    if (e.row().isPresent()) {
      EvidenceRow r = e.row().get();
      g.writeStringField("kind", "row");
      g.writeStringField("substance", r.substance());
      g.writeStringField("relation", r.relation().label());
      g.writeStringField("outcome", r.outcome().orElse(null));
    } else {
      g.writeStringField("kind", c.kind().label());
    }
    g.writeStringField("text", c.text());
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setCharacterEscapes(new JsonTextEscapes());
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
