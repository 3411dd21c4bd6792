package dev.claimcheck.segment;

import dev.claimcheck.ingest.BlockKind;
import dev.claimcheck.ingest.TextBlock;
import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param text the sentence text (markup removed, not trimmed of inner white space)
 * @param block the block the sentence came from
 * @param blockStart char index in the block text where the sentence starts
 * @param blockEnd char index in the block text where it ends (exclusive)
 */
public record Sentence(String text, TextBlock block, int blockStart, int blockEnd) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(block, "block");
    if (blockStart < 0 || blockEnd < blockStart || blockEnd > block.text().length()) {
      throw new IllegalArgumentException("sentence span out of block: " + blockStart + ".." + blockEnd);
    }
  }

  public BlockKind kind() {
    return block.kind();
  }

  /** Char index in the article's decoded text where the sentence starts. */
  public int start() {
    return block.offsets().toSource(blockStart);
  }

  /** Char index in the article's decoded text where the sentence ends (exclusive). */
  public int end() {
    return block.offsets().toSourceEnd(blockEnd);
  }

  /** Maps a char index of {@link #text()} to a char index of the article's decoded text. */
  public int toSource(int sentenceIndex) {
    return block.offsets().toSource(blockStart + sentenceIndex);
  }

  /** End-exclusive counterpart of {@link #toSource(int)}. */
  public int toSourceEnd(int sentenceEnd) {
    return block.offsets().toSourceEnd(blockStart + sentenceEnd);
  }
}
