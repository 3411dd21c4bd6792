package dev.claimcheck.check;

import dev.claimcheck.claims.Rating;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports every sentence that states or presupposes a known claim, with the claim's rating,
 * verdict and sources. Titles and questions are skipped: they name a topic without asserting it.
 * Stateless and thread-safe.
 */
public final class ClaimCheck implements Check {
  @Override
  public String id() {
    return "claims";
  }

  @Override
  public List<Finding> check(MatchedArticle article) {
    List<Finding> findings = new ArrayList<>();
    for (MatchedSentence ms : article.sentences()) {
      AnalyzedSentence s = ms.sentence();
      if (s.isTitleLike() || s.isQuestion()) {
        continue;
      }
      for (ClaimMatch match : ms.claims()) {
        findings.add(finding(s, match));
      }
    }
    return findings;
  }

  private static Finding finding(AnalyzedSentence s, ClaimMatch match) {
    Rating rating = match.claim().rating();
    Severity severity = switch (rating) {
      case UNSUPPORTED -> Severity.WARNING;
      case CONTESTED, SUPPORTED -> Severity.INFO;
    };
    String message = switch (rating) {
      case UNSUPPORTED -> "States a claim the evidence does not support: ";
      case CONTESTED -> "States a contested claim: ";
      case SUPPORTED -> "Names a supported claim: ";
    } + match.claim().text() + " " + match.claim().verdict();
    return new Finding(Category.CLAIM, severity, rating.label() + "-claim", message, s.text(),
        s.sentence().start(), s.sentence().end(), Optional.of(match), List.of());
  }
}
