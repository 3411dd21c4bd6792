package dev.claimcheck.cli;

import dev.claimcheck.check.Severity;
import java.util.Optional;

/** The lowest severity that makes {@code check} exit 1, or none. */
enum FailOn {
  error(Severity.ERROR),
  warning(Severity.WARNING),
  info(Severity.INFO),
  none(null);

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  Optional<Severity> threshold() {
    return Optional.ofNullable(threshold);
  }
}
