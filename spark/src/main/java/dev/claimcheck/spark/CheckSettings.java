package dev.claimcheck.spark;

import dev.claimcheck.api.CheckOptions;
import java.io.Serializable;

/**
 * What every executor needs to check an article: the size limit of one text (UTF-8 bytes) and
 * whether the articles' own {@code claimcheck-disable} comments count. Serialisable, since Spark
 * ships it to the executors with the task; immutable.
 */
public record CheckSettings(long maxTextBytes, boolean inlineSuppressions) implements Serializable {
  /** The CLI's default limit on one input, {@code --max-file-size}: 10 MB. */
  public static final long DEFAULT_MAX_TEXT_BYTES = 10L * 1024 * 1024;

  public CheckSettings {
    if (maxTextBytes <= 0) {
      throw new IllegalArgumentException("maxTextBytes must be positive: " + maxTextBytes);
    }
  }

  public static CheckSettings defaults() {
    return new CheckSettings(DEFAULT_MAX_TEXT_BYTES, true);
  }

  CheckOptions options() {
    return CheckOptions.defaults().withInlineSuppressions(inlineSuppressions);
  }
}
