package dev.claimcheck.ingest;

import java.util.Arrays;

/**
 * Converts char indices of a text into code-point offsets and 1-based line and column numbers.
 * Columns count code points. Immutable and thread-safe.
 */
public final class LineMap {
  /** A position in the text: code-point offset, 1-based line and 1-based column. */
  public record Position(int offset, int line, int column) {}

  private final String text;
  private final int[] lineStarts; // char index where each line starts

  public LineMap(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean newline = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (newline) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** The position of char index {@code charIndex} (0 to text length inclusive). */
  public Position position(int charIndex) {
    int index = Math.max(0, Math.min(charIndex, text.length()));
    int line = Arrays.binarySearch(lineStarts, index);
    if (line < 0) {
      line = -line - 2;
    }
    int lineStart = lineStarts[line];
    int column = text.codePointCount(lineStart, index) + 1;
    return new Position(codePointOffset(index), line + 1, column);
  }

  /** The code-point offset of char index {@code charIndex}. */
  public int codePointOffset(int charIndex) {
    return text.codePointCount(0, Math.max(0, Math.min(charIndex, text.length())));
  }
}
