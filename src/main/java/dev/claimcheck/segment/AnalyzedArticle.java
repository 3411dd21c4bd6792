package dev.claimcheck.segment;

import dev.claimcheck.ingest.Article;
import java.util.List;
import java.util.Objects;

/** An article with every sentence analysed. Immutable. */
public record AnalyzedArticle(Article article, List<AnalyzedSentence> sentences) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
