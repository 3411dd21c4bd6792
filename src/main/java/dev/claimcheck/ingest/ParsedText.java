package dev.claimcheck.ingest;

import java.util.List;

/** What a {@link BlockParser} found: the text blocks and the source comments, in document order. */
record ParsedText(List<TextBlock> blocks, List<SourceComment> comments) {
  ParsedText {
    blocks = List.copyOf(blocks);
    comments = List.copyOf(comments);
  }
}
