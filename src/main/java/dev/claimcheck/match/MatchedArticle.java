package dev.claimcheck.match;

import dev.claimcheck.segment.AnalyzedArticle;
import java.util.List;
import java.util.Optional;

/**
 * An analysed article with claim matches for every sentence and the article's main subject (the
 * substance concept it mentions most). This is what every check reads. Immutable.
 */
public record MatchedArticle(AnalyzedArticle analyzed, Optional<String> mainSubject, List<MatchedSentence> sentences) {
  public MatchedArticle {
    sentences = List.copyOf(sentences);
  }
}
