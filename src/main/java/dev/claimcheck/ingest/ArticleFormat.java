package dev.claimcheck.ingest;

import java.util.Locale;

/** The input formats claimcheck can read. */
public enum ArticleFormat {
  TEXT,
  MARKDOWN,
  HTML;

  /** Picks the format from a file name's extension; anything unknown is read as plain text. */
  public static ArticleFormat fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdown")) {
      return MARKDOWN;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    return TEXT;
  }
}
