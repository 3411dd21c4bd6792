package dev.claimcheck.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than a cap into pieces, so that no single sentence can make analysis or a
 * report grow without bound. A piece ends, in order of preference, after a clause mark ({@code , ;
 * : )}) in the second half of the window, at the last white space in the window, or (for a run of
 * text with no white space at all) at the cap itself, never inside a surrogate pair. Stateless.
 */
final class LongSentenceCutter {
  private LongSentenceCutter() {}

  /**
   * The spans with every span longer than {@code max} chars cut into pieces of at most {@code max}
   * chars; spans must be trimmed, in order and non-overlapping, and so are the pieces. Time is
   * linear in the length of the text.
   */
  static List<TextSpan> cut(String text, List<TextSpan> spans, int max) {
    if (spans.stream().allMatch(span -> span.length() <= max)) {
      return spans;
    }
    List<TextSpan> out = new ArrayList<>();
    for (TextSpan span : spans) {
      int start = span.start();
      int end = span.end();
      while (end - start > max) {
        int cut = cutPoint(text, start, start + max);
        int pieceEnd = cut;
        while (pieceEnd > start && isSpace(text.charAt(pieceEnd - 1))) {
          pieceEnd--;
        }
        out.add(new TextSpan(start, pieceEnd));
        start = cut;
        while (start < end && isSpace(text.charAt(start))) {
          start++;
        }
      }
      if (start < end) {
        out.add(new TextSpan(start, end));
      }
    }
    return out;
  }

  /** Where the piece starting at non-space {@code start} ends; in (start, limit]. */
  private static int cutPoint(String text, int start, int limit) {
    int half = start + (limit - start) / 2;
    for (int i = limit; i > half; i--) {
      if (isGap(text, i) && ",;:)".indexOf(text.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    for (int i = limit; i > start; i--) {
      if (isGap(text, i)) {
        return i;
      }
    }
    boolean splitsPair = Character.isHighSurrogate(text.charAt(limit - 1))
        && limit < text.length() && Character.isLowSurrogate(text.charAt(limit));
    return splitsPair ? limit - 1 : limit;
  }

  /** White space at {@code i} right after a non-space char: the end of a word. */
  private static boolean isGap(String text, int i) {
    return i < text.length() && isSpace(text.charAt(i)) && !isSpace(text.charAt(i - 1));
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
