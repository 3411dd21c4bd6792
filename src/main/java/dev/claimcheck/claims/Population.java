package dev.claimcheck.claims;

import java.util.Locale;
import java.util.Optional;

/** Who a dose limit applies to. */
public enum Population {
  ADULT,
  CHILD,
  PREGNANCY;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Population> parse(String text) {
    for (Population p : values()) {
      if (p.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
