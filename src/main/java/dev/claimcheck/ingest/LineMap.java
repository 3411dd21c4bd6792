package dev.claimcheck.ingest;

import java.util.Arrays;

/**
 * Converts char indices of a text into code-point offsets and 1-based line and column numbers.
 * Columns count code points. Immutable and thread-safe.
 *
 * <p>It keeps only where lines start and where surrogate pairs are, not the text itself, so a batch
 * can keep the line maps of its reports without keeping every article alive.
 */
public final class LineMap {
  /** A position in the text: code-point offset, 1-based line and 1-based column. */
  public record Position(int offset, int line, int column) {}

  private final int length;
  private final int[] lineStarts; // char index where each line starts
  private final int[] pairEnds; // char index of the low surrogate of each surrogate pair, ascending

  public LineMap(String text) {
    this.length = text.length();
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    int[] pairs = new int[0];
    int p = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean newline = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
      if (newline) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      } else if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        if (p == pairs.length) {
          pairs = Arrays.copyOf(pairs, Math.max(8, p * 2));
        }
        pairs[p++] = i;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.pairEnds = Arrays.copyOf(pairs, p);
  }

  /** The position of char index {@code charIndex} (0 to text length inclusive). */
  public Position position(int charIndex) {
    int index = clamp(charIndex);
    int line = Arrays.binarySearch(lineStarts, index);
    if (line < 0) {
      line = -line - 2;
    }
    int lineStart = lineStarts[line];
    int column = codePointOffset(index) - codePointOffset(lineStart) + 1;
    return new Position(codePointOffset(index), line + 1, column);
  }

  /** The code-point offset of char index {@code charIndex}, as {@link String#codePointCount} counts. */
  public int codePointOffset(int charIndex) {
    int index = clamp(charIndex);
    // Each pair whose low surrogate lies before index was counted as two chars but is one code point.
    int pairsBefore = Arrays.binarySearch(pairEnds, index);
    if (pairsBefore < 0) {
      pairsBefore = -pairsBefore - 1;
    }
    return index - pairsBefore;
  }

  /** The number of lines (a final line break starts an empty last line). */
  public int lineCount() {
    return lineStarts.length;
  }

  private int clamp(int charIndex) {
    return Math.max(0, Math.min(charIndex, length));
  }
}
