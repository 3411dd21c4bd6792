package dev.claimcheck;

import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimId;
import dev.claimcheck.claims.ClaimKind;
import dev.claimcheck.claims.Location;
import dev.claimcheck.claims.MatchPattern;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.claims.Source;
import dev.claimcheck.match.ClaimMatch;
import java.util.List;
import java.util.Optional;

/** Hand-made findings for tests of what happens after the checks (suppression, reports). */
public final class TestFindings {
  private TestFindings() {}

  /** A claim about a made-up herb, so tests do not depend on the real database. */
  public static Claim claim(String id, Rating rating, String... sourceUrls) {
    List<Source> sources = java.util.Arrays.stream(sourceUrls).map(u -> new Source("Source at " + u, u)).toList();
    return new Claim(new ClaimId(id), "zorbleweed", "Zorbleweed cures every disease.", rating, ClaimKind.BENEFIT,
        "No study supports it.", sources, new MatchPattern(List.of("ZORBLEWEED"), List.of(), List.of(), List.of()),
        List.of(), List.of(), new Location("zorbleweed.yaml", 1, 1));
  }

  /** A claim finding for the sentence at {@code start} in {@code text}. */
  public static Finding claimFinding(String text, String sentence, Claim claim) {
    int start = text.indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("sentence not in text: " + sentence);
    }
    Severity severity = claim.rating() == Rating.UNSUPPORTED ? Severity.WARNING : Severity.INFO;
    return new Finding(Category.CLAIM, severity, claim.rating().label() + "-claim", "States a claim: " + claim.text(),
        sentence, start, start + sentence.length(), Optional.of(new ClaimMatch(claim, 1.0, List.of())), List.of());
  }

  /** A finding of any rule without a claim. */
  public static Finding finding(String text, String sentence, Category category, Severity severity, String rule) {
    int start = text.indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("sentence not in text: " + sentence);
    }
    return new Finding(category, severity, rule, "Message for " + rule, sentence, start, start + sentence.length(),
        Optional.empty(), List.of());
  }
}
