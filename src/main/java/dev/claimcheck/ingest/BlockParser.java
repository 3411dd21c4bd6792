package dev.claimcheck.ingest;

import java.util.List;

/** Splits decoded article text into text blocks. Implementations are stateless and thread-safe. */
interface BlockParser {
  /** The blocks of {@code text} in document order; offsets point into {@code text}. */
  List<TextBlock> parse(String text);

  /** The blocks and the comments of {@code text}; formats without comments find none. */
  default ParsedText read(String text) {
    return new ParsedText(parse(text), List.of());
  }
}
