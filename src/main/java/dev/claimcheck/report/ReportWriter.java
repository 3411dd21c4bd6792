package dev.claimcheck.report;

import java.io.PrintWriter;
import java.util.List;

/** Writes the results of a run in one format. Implementations are stateless. */
public interface ReportWriter {
  void write(List<FileResult> results, PrintWriter out);
}
