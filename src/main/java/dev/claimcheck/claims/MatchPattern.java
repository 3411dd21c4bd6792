package dev.claimcheck.claims;

import java.util.List;

/**
 * Which concepts a sentence must contain to name a claim (see docs/database-format.md).
 *
 * @param all concepts that must all be present and not negated
 * @param any concepts that raise the score when present
 * @param negated concepts that must be present inside a negation scope
 * @param none concepts that veto the match
 */
public record MatchPattern(List<String> all, List<String> any, List<String> negated, List<String> none) {
  public MatchPattern {
    all = List.copyOf(all);
    any = List.copyOf(any);
    negated = List.copyOf(negated);
    none = List.copyOf(none);
  }

  /** Every concept id the pattern mentions. */
  public List<String> concepts() {
    return java.util.stream.Stream.of(all, any, negated, none).flatMap(List::stream).toList();
  }
}
