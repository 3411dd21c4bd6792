package dev.claimcheck.check;

import java.util.Locale;

/** The family of a finding, as named in the JSON report contract. */
public enum Category {
  CLAIM,
  DOSING,
  OVERSTATEMENT,
  /** A problem with an inline suppression comment (no reason given, unknown directive). */
  SUPPRESSION;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
