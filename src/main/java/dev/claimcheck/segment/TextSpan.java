package dev.claimcheck.segment;

/**
 * A range of chars in some text: {@code start} inclusive, {@code end} exclusive, both 0-based char
 * (UTF-16) indices. Immutable.
 *
 * @param start index of the first char
 * @param end index just after the last char
 */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span: " + start + ".." + end);
    }
  }

  /** The number of chars covered. */
  public int length() {
    return end - start;
  }

  /** The covered part of {@code text}, which must be the text the span was computed on. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
