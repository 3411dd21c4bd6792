package dev.claimcheck.suppress;

import dev.claimcheck.check.Finding;
import java.util.List;

/**
 * The findings left to report after one filter, and how many it held back. Immutable.
 *
 * @param kept the findings to report, in their original order
 * @param suppressed how many findings the filter held back
 */
public record Outcome(List<Finding> kept, int suppressed) {
  public Outcome {
    kept = List.copyOf(kept);
    if (suppressed < 0) {
      throw new IllegalArgumentException("negative count " + suppressed);
    }
  }
}
