package dev.claimcheck.check;

import dev.claimcheck.match.ClaimMatcher;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.segment.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs claim matching once, then every check over the result, and returns the findings in
 * document order. Thread-safe when its checks are (they must be).
 */
public final class ArticleChecker {
  private final ClaimMatcher matcher;
  private final List<Check> checks;

  public ArticleChecker(ClaimMatcher matcher, List<Check> checks) {
    this.matcher = matcher;
    this.checks = List.copyOf(checks);
  }

  public List<Finding> check(AnalyzedArticle article) {
    MatchedArticle matched = matcher.match(article);
    List<Finding> findings = new ArrayList<>();
    for (Check check : checks) {
      findings.addAll(check.check(matched));
    }
    findings.sort(Comparator.comparingInt(Finding::start)
        .thenComparing(Finding::category)
        .thenComparing(Finding::rule));
    return findings;
  }
}
