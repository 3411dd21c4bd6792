package dev.claimcheck.claims;

import java.util.Locale;
import java.util.Optional;

/**
 * What a claim says a substance does to its outcome: the closed set of relations of the evidence
 * matrix (docs/registry-format.md). A claim frame and a database row share it.
 */
public enum Relation {
  TREATS, CURES, PREVENTS, IMPROVES, CAUSES, SAFE, INTERACTS, APPROVED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the relation states a benefit (efficacy or safety) rather than a risk. */
  public boolean isBenefit() {
    return this != CAUSES && this != INTERACTS;
  }

  /** Whether the relation says the substance acts on a disease (treats, cures, prevents it). */
  public boolean isTherapeutic() {
    return this == TREATS || this == CURES || this == PREVENTS;
  }

  public static Optional<Relation> parse(String text) {
    for (Relation r : values()) {
      if (r.label().equals(text)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
