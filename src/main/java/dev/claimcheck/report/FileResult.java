package dev.claimcheck.report;

import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.LineMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one input: its findings, or the one-line error that kept it from being
 * checked. {@code lines} converts finding offsets to code points, lines and columns. Immutable.
 *
 * @param path the path as reports show it
 * @param error why the input could not be checked, if it could not
 * @param lines the line map of the article's decoded text
 * @param findings the findings to report, in document order
 * @param suppressed how many findings were held back (suppression comments, configuration,
 *     baseline)
 * @param article the article itself, kept only for reports that show it ({@link
 *     ReportWriter#needsArticles()}), so that a batch does not keep every article's text alive
 */
public record FileResult(String path, Optional<String> error, LineMap lines, List<Finding> findings, int suppressed,
    Optional<Article> article) {
  public FileResult {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(lines, "lines");
    findings = List.copyOf(findings);
    Objects.requireNonNull(article, "article");
  }

  /** A checked file with nothing suppressed and no article kept. */
  public FileResult(String path, Optional<String> error, LineMap lines, List<Finding> findings) {
    this(path, error, lines, findings, 0, Optional.empty());
  }

  public static FileResult failed(String path, String error) {
    return new FileResult(path, Optional.of(error), new LineMap(""), List.of());
  }

  public FileCounts counts() {
    return FileCounts.of(findings);
  }

  public Verdict verdict() {
    return error.isPresent() ? Verdict.UNREADABLE : Verdict.of(counts());
  }
}
