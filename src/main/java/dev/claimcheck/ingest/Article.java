package dev.claimcheck.ingest;

import java.util.List;
import java.util.Objects;

/**
 * An article read from a file or stdin.
 *
 * @param path the path as the user gave it ({@code -} for stdin)
 * @param text the decoded source text, BOM removed; every offset in claimcheck points into it
 * @param format how the source was parsed
 * @param blocks the text blocks in document order
 */
public record Article(String path, String text, ArticleFormat format, List<TextBlock> blocks) {
  public Article {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    blocks = List.copyOf(blocks);
  }
}
