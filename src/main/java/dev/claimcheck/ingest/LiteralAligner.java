package dev.claimcheck.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.SourceSpan;

/**
 * Pairs each char of a commonmark text or code literal with the source char it was parsed from.
 *
 * <p>The literal differs from its source in known ways: delimiters and stripped spaces are in the
 * source only ({@code `} around code, trailing spaces before a line break), backslash escapes
 * ({@code \*}) lose their backslash, entities ({@code &amp;}) are decoded, and a code span turns
 * its line breaks into spaces. An escaped char maps to itself (the {@code *} of {@code \*}), so its
 * source char equals the block char; a decoded entity has no such char and maps to its {@code &}.
 * Anything unforeseen maps to the last source char instead of failing. Not thread-safe.
 */
final class LiteralAligner {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** The node's source chars, span after span, with '\n' standing for the break between spans. */
  private final String nodeSource;

  /** The source index of each char of {@link #nodeSource}. */
  private final int[] sourceIndices;

  private final boolean decodesEscapes;
  private final int fallbackIndex;

  /**
   * @param decodesEscapes true for text nodes; false for code spans, whose backslashes and entities
   *     are literal and whose leading backtick run is a delimiter
   * @param fallbackIndex the source index for literal chars that cannot be placed
   */
  LiteralAligner(String source, List<SourceSpan> spans, boolean decodesEscapes, int fallbackIndex) {
    StringBuilder chars = new StringBuilder();
    int total = spans.stream().mapToInt(SourceSpan::getLength).sum() + spans.size();
    int[] indices = new int[total];
    for (SourceSpan span : spans) {
      if (chars.length() > 0) {
        // The span before ended at its line's end: the break between spans is the line break.
        indices[chars.length()] = indices[chars.length() - 1] + 1;
        chars.append('\n');
      }
      int start = span.getInputIndex();
      for (int i = start; i < start + span.getLength() && i < source.length(); i++) {
        indices[chars.length()] = i;
        chars.append(source.charAt(i));
      }
    }
    this.nodeSource = chars.toString();
    this.sourceIndices = indices;
    this.decodesEscapes = decodesEscapes;
    this.fallbackIndex = fallbackIndex;
  }

  /** Appends {@code literal} to {@code block}, each char with the source index it came from. */
  void alignTo(String literal, BlockTextBuilder block) {
    int n = nodeSource.length();
    int j = decodesEscapes ? 0 : openingBackticks();
    int i = 0;
    while (i < literal.length()) {
      char c = literal.charAt(i);
      if (j >= n) {
        block.append(c, n == 0 ? fallbackIndex : sourceIndices[n - 1]);
        i++;
        continue;
      }
      char s = nodeSource.charAt(j);
      if (decodesEscapes
          && s == '\\'
          && j + 1 < n
          && isEscapable(nodeSource.charAt(j + 1))
          && c == nodeSource.charAt(j + 1)) {
        block.append(c, sourceIndices[j + 1]);
        i++;
        j += 2;
        continue;
      }
      int entityLength = decodesEscapes && s == '&' ? decodedEntityLength(j, literal, i) : 0;
      if (entityLength > 0) {
        int decoded = decodedChars(literal, i, j + entityLength);
        for (int k = 0; k < decoded; k++) {
          block.append(literal.charAt(i + k), sourceIndices[j]);
        }
        i += decoded;
        j += entityLength;
        continue;
      }
      if (s == c || (s == '\n' && c == ' ')) {
        block.append(c, sourceIndices[j]);
        i++;
      }
      // Either matched, or a source-only char (delimiter, stripped space): move on.
      j++;
    }
  }

  private int openingBackticks() {
    int j = 0;
    while (j < nodeSource.length() && nodeSource.charAt(j) == '`') {
      j++;
    }
    return j;
  }

  /**
   * The length of the entity at source position {@code j} if the literal holds its decoded form,
   * else 0. Unknown names such as {@code &foo;} stay in the literal as written.
   */
  private int decodedEntityLength(int j, String literal, int i) {
    Matcher m = ENTITY.matcher(nodeSource).region(j, nodeSource.length());
    if (!m.lookingAt() || literal.startsWith(m.group(), i)) {
      return 0;
    }
    return m.end() - j;
  }

  /**
   * How many literal chars starting at {@code i} an entity decoded to: one code point, or two when
   * the literal does not line up with the source after one (a few named entities such as {@code
   * &NotEqualTilde;} decode to two).
   */
  private int decodedChars(String literal, int i, int sourceAfter) {
    int end = i + Character.charCount(literal.codePointAt(i));
    if (end == literal.length() || sourceAfter >= nodeSource.length()) {
      return end - i;
    }
    char next = nodeSource.charAt(sourceAfter);
    boolean linesUp = literal.charAt(end) == next || next == '\\' || next == '&';
    if (!linesUp) {
      end += Character.charCount(literal.codePointAt(end));
    }
    return end - i;
  }

  private static boolean isEscapable(char c) {
    return ASCII_PUNCTUATION.indexOf(c) >= 0;
  }
}
