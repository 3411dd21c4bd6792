package dev.claimcheck.ingest;

import java.util.List;

/** Splits decoded article text into text blocks. Implementations are stateless and thread-safe. */
interface BlockParser {
  /** The blocks of {@code text} in document order; offsets point into {@code text}. */
  List<TextBlock> parse(String text);
}
