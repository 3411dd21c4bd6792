package dev.claimcheck.claims;

import java.util.List;
import java.util.Objects;

/**
 * One known health claim with its rating, the evidence behind it, the concepts that express it and
 * the example sentences that pin its behaviour. Immutable.
 */
public record Claim(
    ClaimId id,
    String topic,
    String text,
    Rating rating,
    ClaimKind kind,
    String verdict,
    List<Source> sources,
    MatchPattern match,
    List<String> examples,
    List<String> counterexamples,
    Location location) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(location, "location");
    sources = List.copyOf(sources);
    examples = List.copyOf(examples);
    counterexamples = List.copyOf(counterexamples);
  }
}
