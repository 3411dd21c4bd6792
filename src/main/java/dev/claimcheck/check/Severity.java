package dev.claimcheck.check;

import java.util.Locale;

/** How serious a finding is, in increasing order. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
