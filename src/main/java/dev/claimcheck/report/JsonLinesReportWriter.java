package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON Lines for pipelines: one compact JSON object per file, the same object as in the JSON
 * report's {@code files} array, written and flushed as soon as the file is checked. No summary
 * line: every line is a file.
 */
public final class JsonLinesReportWriter implements ReportWriter {
  private final FindingJson json = new FindingJson();

  @Override
  public ReportSession start(PrintWriter out) {
    return new ReportSession() {
      @Override
      public void file(FileResult result) {
        try (JsonGenerator g = json.mapper().getFactory().createGenerator(out)) {
          json.writeFile(g, result);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
      }

      @Override
      public void finish() {
        out.flush();
      }
    };
  }
}
