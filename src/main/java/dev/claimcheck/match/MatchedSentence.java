package dev.claimcheck.match;

import dev.claimcheck.segment.AnalyzedSentence;
import java.util.List;

/** A sentence with the concepts found in it and the claims it names. Immutable. */
public record MatchedSentence(AnalyzedSentence sentence, List<ConceptHit> concepts, List<ClaimMatch> claims) {
  public MatchedSentence {
    concepts = List.copyOf(concepts);
    claims = List.copyOf(claims);
  }

  public boolean has(String concept) {
    return concepts.stream().anyMatch(h -> h.concept().equals(concept));
  }
}
