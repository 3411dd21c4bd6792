package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The JSON report of docs/report-format.md (the contract in the design doc). Spans are code-point
 * offsets into the decoded file text with 1-based line and column. Fields may be added, never
 * renamed or removed. Files are written as they arrive; the run's summary comes last.
 */
public final class JsonReportWriter implements ReportWriter {
  private final String version;
  private final FindingJson json = new FindingJson();

  public JsonReportWriter(String version) {
    this.version = version;
  }

  @Override
  public ReportSession start(PrintWriter out) {
    RunTally tally = new RunTally();
    JsonGenerator g;
    try {
      g = json.mapper().getFactory().createGenerator(out);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "claimcheck");
      g.writeStringField("version", version);
      g.writeEndObject();
      g.writeArrayFieldStart("files");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportSession() {
      @Override
      public void file(FileResult result) {
        tally.add(result);
        try {
          json.writeFile(g, result);
          g.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void finish() {
        try {
          g.writeEndArray();
          writeSummary(g, tally);
          g.writeEndObject();
          g.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
      }
    };
  }

  private static void writeSummary(JsonGenerator g, RunTally tally) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("files", tally.files());
    g.writeNumberField("checked", tally.checked());
    g.writeObjectFieldStart("verdicts");
    for (Verdict v : Verdict.values()) {
      g.writeNumberField(v.label(), tally.count(v));
    }
    g.writeEndObject();
    FindingJson.writeCounts(g, "findings", tally.totals());
    g.writeNumberField("suppressed", tally.suppressed());
    g.writeArrayFieldStart("ranking");
    for (RunTally.Row row : tally.ranked()) {
      g.writeStartObject();
      g.writeStringField("path", row.path());
      g.writeStringField("verdict", row.verdict().label());
      FindingJson.writeCounts(g, "counts", row.counts());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
