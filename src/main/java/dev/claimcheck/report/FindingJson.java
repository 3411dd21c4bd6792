package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.FindingDetail;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.Source;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.match.ClaimMatch;
import java.io.IOException;

/**
 * Writes one file object of the JSON report contract (path, error, findings with spans, claims and
 * details, plus verdict, counts and suppressed), shared by the JSON and JSON Lines reports so that
 * both say exactly the same about a file. Thread-safe.
 */
final class FindingJson {
  private final ObjectMapper mapper = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  FindingJson() {
    // Every generator of the JSON and JSON Lines reports escapes hostile text (JsonTextEscapes).
    mapper.getFactory().setCharacterEscapes(new JsonTextEscapes());
  }

  ObjectMapper mapper() {
    return mapper;
  }

  void writeFile(JsonGenerator g, FileResult r) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", r.path());
    if (r.error().isPresent()) {
      g.writeStringField("error", r.error().get());
    }
    g.writeStringField("verdict", r.verdict().label());
    writeCounts(g, "counts", r.counts());
    g.writeNumberField("suppressed", r.suppressed());
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      writeFinding(g, f, r.lines());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeCounts(JsonGenerator g, String field, FileCounts c) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("error", c.errors());
    g.writeNumberField("warning", c.warnings());
    g.writeNumberField("info", c.infos());
    g.writeEndObject();
  }

  private void writeFinding(JsonGenerator g, Finding f, LineMap lines) throws IOException {
    g.writeStartObject();
    g.writeStringField("category", f.category().label());
    g.writeStringField("severity", f.severity().label());
    g.writeStringField("rule", f.rule());
    g.writeStringField("message", f.message());
    g.writeStringField("sentence", f.sentence());
    LineMap.Position start = lines.position(f.start());
    LineMap.Position end = lines.position(f.end());
    g.writeObjectFieldStart("span");
    g.writeNumberField("start", start.offset());
    g.writeNumberField("end", end.offset());
    g.writeNumberField("line", start.line());
    g.writeNumberField("column", start.column());
    g.writeNumberField("endLine", end.line());
    g.writeNumberField("endColumn", end.column());
    g.writeEndObject();
    if (f.claim().isPresent()) {
      writeClaim(g, f.claim().get());
    }
    for (FindingDetail d : f.details()) {
      g.writeFieldName(d.name());
      mapper.writeValue(g, d);
    }
    g.writeEndObject();
  }

  private static void writeClaim(JsonGenerator g, ClaimMatch m) throws IOException {
    Claim c = m.claim();
    g.writeObjectFieldStart("claim");
    g.writeStringField("id", c.id().value());
    g.writeStringField("text", c.text());
    g.writeStringField("rating", c.rating().label());
    g.writeNumberField("score", Math.round(m.score() * 100) / 100.0);
    g.writeStringField("verdict", c.verdict());
    g.writeArrayFieldStart("sources");
    for (Source s : c.sources()) {
      g.writeStartObject();
      g.writeStringField("title", s.title());
      g.writeStringField("url", s.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("terms");
    for (String t : m.terms()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
