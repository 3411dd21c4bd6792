package dev.claimcheck.overstatement;

import dev.claimcheck.check.FindingDetail;
import java.util.Objects;

/**
 * Calibrated wording for an overstated sentence, like a linter's suggested fix; the JSON report
 * writes it as {@code "suggestion"}. Immutable.
 *
 * @param text the suggested wording
 * @param kind {@code hedged-rewrite} (the sentence with its benefit hedged), {@code calibrated-claim}
 *     (the claim stated as strongly as its evidence allows) or {@code advice} (what to change, when
 *     no claim is known)
 */
public record Suggestion(String text, String kind) implements FindingDetail {
  public Suggestion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String name() {
    return "suggestion";
  }
}
