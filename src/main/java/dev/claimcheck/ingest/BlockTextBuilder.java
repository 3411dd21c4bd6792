package dev.claimcheck.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * Collects a block's text one char at a time, remembering for each char the source index it came
 * from. Not thread-safe: one builder per block.
 */
final class BlockTextBuilder {
  private final StringBuilder text = new StringBuilder();
  private int[] sourceIndices = new int[64];

  /** Appends {@code c}, which stands for the source char at {@code sourceIndex}. */
  void append(char c, int sourceIndex) {
    if (text.length() == sourceIndices.length) {
      sourceIndices = Arrays.copyOf(sourceIndices, sourceIndices.length * 2);
    }
    sourceIndices[text.length()] = sourceIndex;
    text.append(c);
  }

  /** Appends the source chars {@code [start, end)} unchanged. */
  void appendSource(String source, int start, int end) {
    for (int i = start; i < end; i++) {
      append(source.charAt(i), i);
    }
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  /** The source index of the last char appended; the builder must not be empty. */
  int lastSourceIndex() {
    return sourceIndices[text.length() - 1];
  }

  boolean isEmptyOrEndsWithWhitespace() {
    return text.length() == 0 || isWhitespace(text.charAt(text.length() - 1));
  }

  /** The block with surrounding whitespace trimmed, or empty when no text is left. */
  Optional<TextBlock> build(BlockKind kind) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return Optional.empty();
    }
    OffsetMap.Builder offsets = new OffsetMap.Builder();
    for (int i = start; i < end; i++) {
      offsets.append(sourceIndices[i], 1);
    }
    return Optional.of(new TextBlock(text.substring(start, end), kind, offsets.build()));
  }

  /** Whitespace including no-break spaces, which {@link Character#isWhitespace} leaves out. */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
