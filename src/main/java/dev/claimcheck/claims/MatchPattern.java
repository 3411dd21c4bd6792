package dev.claimcheck.claims;

import java.util.List;

/**
 * Which concepts a sentence must contain to name a claim (see docs/database-format.md).
 *
 * @param all concepts that must all be present and not negated
 * @param any concepts that raise the score when present
 * @param negated concepts that must be present inside a negation scope
 * @param none concepts that veto the match
 * @param some concepts of which at least one must be present and not negated (when not empty)
 */
public record MatchPattern(List<String> all, List<String> any, List<String> negated, List<String> none,
    List<String> some) {
  /** A pattern without {@code some}. */
  public MatchPattern(List<String> all, List<String> any, List<String> negated, List<String> none) {
    this(all, any, negated, none, List.of());
  }

  public MatchPattern {
    some = List.copyOf(some);
    all = List.copyOf(all);
    any = List.copyOf(any);
    negated = List.copyOf(negated);
    none = List.copyOf(none);
  }

  /** Every concept id the pattern mentions. */
  public List<String> concepts() {
    return java.util.stream.Stream.of(all, any, negated, none, some).flatMap(List::stream).toList();
  }
}
