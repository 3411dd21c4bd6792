package dev.claimcheck.match;

import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.vocabulary.ConceptVocabulary;
import dev.claimcheck.claims.Claim;
import java.util.List;
import java.util.Objects;

/**
 * A claim named by a sentence, with the score and the concept hits that made the match, so a
 * person can see why.
 *
 * @param claim the matched claim
 * @param score share of the pattern's concepts found (0..1]
 * @param hits the concept hits that satisfied the pattern, in sentence order
 */
public record ClaimMatch(Claim claim, double score, List<ConceptHit> hits) {
  public ClaimMatch {
    Objects.requireNonNull(claim, "claim");
    hits = List.copyOf(hits);
  }

  /** The words that made the match, e.g. {@code ["kratom", "eases", "withdrawal"]}. */
  public List<String> terms() {
    return hits.stream().map(ConceptHit::text).distinct().toList();
  }
}
