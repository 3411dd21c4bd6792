package dev.claimcheck.read;

import java.util.Locale;

/** Whose claim a frame is. */
public enum Attribution {
  /** The author states it. */
  AUTHOR,
  /** The author reports that others say it: users, a survey, marketing, tradition, a regulator's warning. */
  REPORTED,
  /** The author denies it: "there is no evidence that", "has not been shown to". */
  DENIED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
