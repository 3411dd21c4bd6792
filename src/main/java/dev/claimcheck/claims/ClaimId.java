package dev.claimcheck.claims;

import java.util.regex.Pattern;

/** A claim's stable identifier, UPPER_SNAKE like LanguageTool rule ids. Never changes once published. */
public record ClaimId(String value) implements Comparable<ClaimId> {
  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*");

  public ClaimId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("claim id must be UPPER_SNAKE: " + value);
    }
  }

  static boolean isValid(String value) {
    return value != null && FORM.matcher(value).matches();
  }

  @Override
  public int compareTo(ClaimId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
