package dev.claimcheck.claims;

import java.util.Locale;
import java.util.Optional;

/** What a claim is about; the overstatement check cares about benefits and safety. */
public enum ClaimKind {
  BENEFIT,
  SAFETY,
  MECHANISM,
  HARM,
  REGULATORY,
  DOSE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ClaimKind> parse(String text) {
    for (ClaimKind k : values()) {
      if (k.label().equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
