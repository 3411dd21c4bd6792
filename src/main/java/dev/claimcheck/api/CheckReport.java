package dev.claimcheck.api;

import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.Article;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.report.FileCounts;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.report.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one check found in one article: the findings in document order, how many were held back
 * by suppressions or the policy, and the article itself (for line numbers and reports that quote
 * it). Immutable.
 */
public record CheckReport(Article article, List<Finding> findings, int suppressed) {
  public CheckReport {
    Objects.requireNonNull(article, "article");
    findings = List.copyOf(findings);
  }

  public String path() {
    return article.path();
  }

  public FileCounts counts() {
    return FileCounts.of(findings);
  }

  public Verdict verdict() {
    return Verdict.of(counts());
  }

  /** The report as the report writers take it; {@code keepArticle} for formats that quote the text. */
  public FileResult toFileResult(boolean keepArticle) {
    return new FileResult(article.path(), Optional.empty(), new LineMap(article.text()), findings, suppressed,
        keepArticle ? Optional.of(article) : Optional.empty());
  }
}
