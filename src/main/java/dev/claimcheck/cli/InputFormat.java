package dev.claimcheck.cli;

import dev.claimcheck.ingest.ArticleFormat;

/** The values of {@code --input-format}: how to read inputs whatever their names say. */
enum InputFormat {
  text(ArticleFormat.TEXT),
  markdown(ArticleFormat.MARKDOWN),
  html(ArticleFormat.HTML);

  private final ArticleFormat format;

  InputFormat(ArticleFormat format) {
    this.format = format;
  }

  ArticleFormat format() {
    return format;
  }
}
