package dev.claimcheck.claims;

import java.util.List;

/**
 * A unit of meaning with the words and phrases that express it (dependence = dependency =
 * addiction). {@code references} are anaphors ("it", "the plant") that stand for the concept when
 * it is the article's main subject.
 */
public record Concept(String id, List<String> terms, List<String> references, Location location) {
  public Concept {
    terms = List.copyOf(terms);
    references = List.copyOf(references);
  }

  /** Whether the concept names a substance that an article can be about. */
  public boolean isSubstance() {
    return !references.isEmpty();
  }
}
