package dev.claimcheck.report;

import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.ingest.LineMap;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Compiler-style text: one line per finding {@code path:line:col severity message [claim-id]},
 * then the rating and first source, grouped by file, and a summary. Colour only when asked (the
 * caller decides: a terminal, and never with NO_COLOR).
 */
public final class TextReportWriter implements ReportWriter {
  private static final String RESET = "\u001b[0m";
  private final boolean colour;

  public TextReportWriter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(List<FileResult> results, PrintWriter out) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    int checked = 0;
    for (FileResult result : results) {
      if (result.error().isPresent()) {
        continue; // errors already went to stderr, one line each
      }
      checked++;
      for (Finding f : result.findings()) {
        counts.merge(f.severity(), 1, Integer::sum);
        LineMap.Position at = result.lines().position(f.start());
        String id = f.claim().map(m -> " [" + m.claim().id() + "]").orElse(" [" + f.rule() + "]");
        out.println(result.path() + ":" + at.line() + ":" + at.column() + ": " + paint(f.severity()) + " " + f.message() + id);
        f.claim().ifPresent(m -> {
          Claim c = m.claim();
          String source = c.sources().isEmpty() ? "" : " | source: " + c.sources().get(0).title() + " <" + c.sources().get(0).url() + ">";
          out.println("    rating: " + c.rating().label() + " | matched: " + String.join(", ", m.terms()) + source);
        });
      }
    }
    int errors = counts.getOrDefault(Severity.ERROR, 0);
    int warnings = counts.getOrDefault(Severity.WARNING, 0);
    int infos = counts.getOrDefault(Severity.INFO, 0);
    out.println(checked + (checked == 1 ? " file" : " files") + " checked: "
        + errors + (errors == 1 ? " error, " : " errors, ")
        + warnings + (warnings == 1 ? " warning, " : " warnings, ")
        + infos + " info");
    out.flush();
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
}
