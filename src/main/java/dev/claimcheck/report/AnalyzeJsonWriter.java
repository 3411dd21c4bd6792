package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.claimcheck.claims.EvidenceRow;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.match.FrameMatch;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.read.ClaimFrame;
import dev.claimcheck.segment.Sentence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reading of articles as JSON (docs/analyze-format.md): every sentence with its span, strength
 * and claim frames, and the rated row each frame found. Written by {@code claimcheck analyze} and by
 * the server's {@code /v1/analyze}. Text from articles is escaped as in every JSON report
 * ({@link JsonTextEscapes}). Stateless and thread-safe.
 */
public final class AnalyzeJsonWriter {
  /** One article's reading; {@code lines} maps its char offsets to code points, lines and columns. */
  public record AnalyzedFile(String path, LineMap lines, MatchedArticle matched) {}

  /** One {"files": [...]} document, pretty-printed, and a line break. */
  public void writeDocument(List<AnalyzedFile> files, PrintWriter out) {
    write(files, out, true);
  }

  /** Each file as one JSON object on a line of its own (JSON Lines). */
  public void writeLines(List<AnalyzedFile> files, PrintWriter out) {
    write(files, out, false);
  }

  private static void write(List<AnalyzedFile> files, PrintWriter out, boolean document) {
    try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      g.setCharacterEscapes(new JsonTextEscapes());
      if (document) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("files");
      } else {
        g.setPrettyPrinter(new MinimalPrettyPrinter(""));
      }
      for (AnalyzedFile a : files) {
        writeFile(g, a);
      }
      if (document) {
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private static void writeFile(JsonGenerator g, AnalyzedFile a) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", a.path());
    g.writeStringField("mainSubject", a.matched().mainSubstance().orElse(null));
    g.writeArrayFieldStart("sentences");
    for (MatchedSentence ms : a.matched().sentences()) {
      Sentence s = ms.sentence().sentence();
      g.writeStartObject();
      g.writeStringField("text", s.text());
      LineMap.Position at = a.lines().position(s.start());
      g.writeObjectFieldStart("span");
      g.writeNumberField("start", at.offset());
      g.writeNumberField("end", a.lines().codePointOffset(s.end()));
      g.writeNumberField("line", at.line());
      g.writeNumberField("column", at.column());
      g.writeEndObject();
      g.writeStringField("strength", ms.reading().strength().label());
      g.writeArrayFieldStart("frames");
      for (FrameMatch fm : ms.frames()) {
        writeFrame(g, fm);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFrame(JsonGenerator g, FrameMatch fm) throws IOException {
    ClaimFrame f = fm.frame();
    g.writeStartObject();
    g.writeStringField("subject", f.subject().orElse(null));
    g.writeStringField("subjectText", f.subjectText());
    g.writeStringField("relation", f.relation().label());
    g.writeStringField("outcome", f.outcome().orElse(null));
    g.writeStringField("outcomeText", f.outcomeText());
    g.writeStringField("polarity", f.polarity().label());
    g.writeStringField("attribution", f.attribution().label());
    g.writeStringField("strength", f.strength().label());
    g.writeArrayFieldStart("boosters");
    for (String b : f.boosters()) {
      g.writeString(b);
    }
    g.writeEndArray();
    g.writeStringField("cue", f.cue());
    if (fm.row().isPresent()) {
      EvidenceRow row = fm.row().get();
      g.writeObjectFieldStart("claim");
      g.writeStringField("id", row.claim().id().value());
      g.writeStringField("text", row.claim().text());
      g.writeStringField("rating", row.claim().rating().label());
      g.writeEndObject();
    } else {
      g.writeNullField("claim");
    }
    g.writeEndObject();
  }
}
