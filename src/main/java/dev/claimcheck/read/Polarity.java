package dev.claimcheck.read;

import java.util.Locale;

/** Whether the relation is stated or negated ("does not cure"). */
public enum Polarity {
  AFFIRMED, NEGATED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
