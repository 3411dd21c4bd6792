package dev.claimcheck.overstatement;

import dev.claimcheck.claims.Claim;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.vocabulary.ConceptHit;
import java.util.List;
import java.util.Objects;

/**
 * A benefit or safety claim a sentence names, and whether it asserts it: stated in some clause
 * without a hedge or frame of its own.
 *
 * @param match the claim match
 * @param asserted whether some clause states the claim outright
 * @param hits the concept hits of the clause that asserts it, or of the whole match when none does
 */
record ClaimAssertion(ClaimMatch match, boolean asserted, List<ConceptHit> hits) {
  ClaimAssertion {
    Objects.requireNonNull(match, "match");
    hits = List.copyOf(hits);
  }

  Claim claim() {
    return match.claim();
  }

  /** Whether any of the hits lies in the token range [from, to). */
  boolean touches(int from, int to) {
    return hits.stream().anyMatch(h -> h.start() < to && from < h.end());
  }
}
