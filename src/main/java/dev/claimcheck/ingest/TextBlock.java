package dev.claimcheck.ingest;

import java.util.Objects;

/**
 * A run of article text that sentences never cross (a paragraph, heading, list item or quote).
 *
 * @param text the block's text with markup removed (what the sentence splitter sees)
 * @param kind the structural role of the block
 * @param offsets maps each char index of {@code text} to a char index of {@link Article#text()}
 */
public record TextBlock(String text, BlockKind kind, OffsetMap offsets) {
  public TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(offsets, "offsets");
  }
}
