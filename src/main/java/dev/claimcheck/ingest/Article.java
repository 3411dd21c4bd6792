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
 * @param comments the HTML comments of a Markdown or HTML source in document order (where
 *     suppression directives live); none for plain text
 */
public record Article(String path, String text, ArticleFormat format, List<TextBlock> blocks, List<SourceComment> comments) {
  public Article {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    blocks = List.copyOf(blocks);
    comments = List.copyOf(comments);
  }

  /** An article without comments. */
  public Article(String path, String text, ArticleFormat format, List<TextBlock> blocks) {
    this(path, text, format, blocks, List.of());
  }
}
