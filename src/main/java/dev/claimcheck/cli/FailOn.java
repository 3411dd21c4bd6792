package dev.claimcheck.cli;

import dev.claimcheck.config.FailLevel;

/** The values of {@code --fail-on}: the lowest severity that makes {@code check} exit 1, or none. */
enum FailOn {
  error(FailLevel.ERROR),
  warning(FailLevel.WARNING),
  info(FailLevel.INFO),
  none(FailLevel.NONE);

  private final FailLevel level;

  FailOn(FailLevel level) {
    this.level = level;
  }

  FailLevel level() {
    return level;
  }
}
