package dev.claimcheck.match;

import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.vocabulary.ConceptVocabulary;
import dev.claimcheck.read.SentenceReading;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with the concepts found in it, the pattern claims it names, its reading (claim frames),
 * the evidence rows its frames found, and the rows it names by mentioning a substance beside an
 * outcome without a relation. Immutable.
 */
public record MatchedSentence(AnalyzedSentence sentence, List<ConceptHit> concepts, List<ClaimMatch> claims,
    SentenceReading reading, List<FrameMatch> frames, List<dev.claimcheck.claims.EvidenceRow> mentioned) {
  public MatchedSentence {
    concepts = List.copyOf(concepts);
    claims = List.copyOf(claims);
    Objects.requireNonNull(reading, "reading");
    frames = List.copyOf(frames);
    mentioned = List.copyOf(mentioned);
  }

  public MatchedSentence(AnalyzedSentence sentence, List<ConceptHit> concepts, List<ClaimMatch> claims,
      SentenceReading reading, List<FrameMatch> frames) {
    this(sentence, concepts, claims, reading, frames, List.of());
  }

  /** A sentence matched by concept patterns only (no frames read). */
  public MatchedSentence(AnalyzedSentence sentence, List<ConceptHit> concepts, List<ClaimMatch> claims) {
    this(sentence, concepts, claims, new SentenceReading(sentence, List.of()), List.of(), List.of());
  }

  public boolean has(String concept) {
    return concepts.stream().anyMatch(h -> h.concept().equals(concept));
  }
}
