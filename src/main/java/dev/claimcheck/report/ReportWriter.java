package dev.claimcheck.report;

import java.io.PrintWriter;
import java.util.List;

/** Writes the results of a run in one format. Implementations are stateless; sessions are not. */
public interface ReportWriter {
  /** Starts a report on {@code out}; the files follow through the session. */
  ReportSession start(PrintWriter out);

  /** Whether the report shows the article text, so each {@link FileResult} must carry its article. */
  default boolean needsArticles() {
    return false;
  }

  /** Writes a whole run at once. */
  default void write(List<FileResult> results, PrintWriter out) {
    ReportSession session = start(out);
    results.forEach(session::file);
    session.finish();
  }
}
