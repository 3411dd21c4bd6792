package dev.claimcheck.config;

import dev.claimcheck.check.Severity;
import java.util.Locale;
import java.util.Optional;

/** The lowest severity that makes a run fail, or none: the {@code fail-on} setting. */
public enum FailLevel {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NONE(null);

  private final Severity threshold;

  FailLevel(Severity threshold) {
    this.threshold = threshold;
  }

  public Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
