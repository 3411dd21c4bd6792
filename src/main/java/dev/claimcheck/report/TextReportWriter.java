package dev.claimcheck.report;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.ingest.LineMap;
import java.io.PrintWriter;
import java.util.List;

/**
 * Compiler-style text: one line per finding {@code path:line:col severity message [claim-id]},
 * then the rating and first source, grouped by file, and a summary. A run of several files ends
 * with the moderator summary: the files that need attention, riskiest first. Colour only when
 * asked (the caller decides: a terminal, and never with NO_COLOR).
 */
public final class TextReportWriter implements ReportWriter {
  private static final String RESET = "\u001b[0m";

  /** Files listed in the moderator summary; the rest are counted. */
  static final int SUMMARY_ROWS = 20;

  private final boolean colour;

  public TextReportWriter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public ReportSession start(PrintWriter out) {
    RunTally tally = new RunTally();
    return new ReportSession() {
      @Override
      public void file(FileResult result) {
        tally.add(result);
        if (result.error().isPresent()) {
          return; // errors already went to stderr, one line each
        }
        for (Finding f : result.findings()) {
          writeFinding(out, result, f);
        }
        out.flush();
      }

      @Override
      public void finish() {
        if (tally.files() > 1) {
          writeSummary(out, tally);
        }
        int checked = tally.checked();
        out.println(checked + (checked == 1 ? " file" : " files") + " checked: " + tally.totals().describe()
            + (tally.suppressed() > 0 ? " (" + tally.suppressed() + " suppressed)" : ""));
        out.flush();
      }
    };
  }

  private void writeFinding(PrintWriter out, FileResult result, Finding f) {
    LineMap.Position at = result.lines().position(f.start());
    String id = f.claim().map(m -> " [" + m.claim().id() + "]").orElse(" [" + f.rule() + "]");
    // Everything but the colour codes comes from articles, file names or --db files: made safe.
    out.println(TerminalText.safe(result.path() + ":" + at.line() + ":" + at.column() + ": ") + paint(f.severity())
        + TerminalText.safe(" " + f.message() + id));
    f.claim().ifPresent(m -> {
      Claim c = m.claim();
      String source = c.sources().isEmpty() ? "" : " | source: " + c.sources().get(0).title() + " <" + c.sources().get(0).url() + ">";
      out.println(TerminalText.safe("    rating: " + c.rating().label() + " | matched: " + String.join(", ", m.terms()) + source));
    });
  }

  private void writeSummary(PrintWriter out, RunTally tally) {
    out.println();
    out.println("Summary: " + tally.describeVerdicts());
    List<RunTally.Row> attention = tally.ranked().stream().filter(r -> r.verdict() != Verdict.PASS).toList();
    for (RunTally.Row row : attention.subList(0, Math.min(SUMMARY_ROWS, attention.size()))) {
      String counts = row.verdict() == Verdict.UNREADABLE ? "not checked" : row.counts().describe();
      out.printf("  %-10s %s  (%s)%n", paintVerdict(row.verdict()), TerminalText.safe(row.path()), counts);
    }
    if (attention.size() > SUMMARY_ROWS) {
      out.println("  ... and " + (attention.size() - SUMMARY_ROWS) + " more files to reject or revise");
    }
  }

  private String paint(Severity s) {
    if (!colour) {
      return s.label();
    }
    String code = switch (s) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      case INFO -> "\u001b[36m";
    };
    return code + s.label() + RESET;
  }

  private String paintVerdict(Verdict v) {
    String label = v.label();
    if (!colour) {
      return label;
    }
    String code = switch (v) {
      case REJECT, UNREADABLE -> "\u001b[1;31m";
      case REVISE -> "\u001b[1;33m";
      case PASS -> "\u001b[32m";
    };
    // Pad before colouring so that the columns line up.
    return code + label + RESET + " ".repeat(Math.max(0, 10 - label.length()));
  }
}
