package dev.claimcheck.report;

import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.LineMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one input: its findings, or the one-line error that kept it from being
 * checked. {@code lines} converts finding offsets to code points, lines and columns.
 */
public record FileResult(String path, Optional<String> error, LineMap lines, List<Finding> findings) {
  public FileResult {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(lines, "lines");
    findings = List.copyOf(findings);
  }

  public static FileResult failed(String path, String error) {
    return new FileResult(path, Optional.of(error), new LineMap(""), List.of());
  }
}
