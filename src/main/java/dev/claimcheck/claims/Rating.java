package dev.claimcheck.claims;

import java.util.Locale;
import java.util.Optional;

/** How well the evidence supports a claim. */
public enum Rating {
  SUPPORTED,
  CONTESTED,
  UNSUPPORTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether an article stating the claim as fact is a problem an editor must look at. */
  public boolean isProblem() {
    return this != SUPPORTED;
  }

  static Optional<Rating> parse(String text) {
    for (Rating r : values()) {
      if (r.label().equals(text)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
