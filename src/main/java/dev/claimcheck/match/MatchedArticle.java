package dev.claimcheck.match;

import dev.claimcheck.segment.AnalyzedArticle;
import java.util.List;
import java.util.Optional;

/**
 * An analysed article with claim matches for every sentence and the article's main subject (the
 * substance concept it mentions most) and its main substance (the registry substance it names most,
 * which pronouns in claim frames stand for). This is what every check reads. Immutable.
 */
public record MatchedArticle(AnalyzedArticle analyzed, Optional<String> mainSubject, List<MatchedSentence> sentences,
    Optional<String> mainSubstance) {
  public MatchedArticle {
    sentences = List.copyOf(sentences);
    java.util.Objects.requireNonNull(mainSubstance, "mainSubstance");
  }

  public MatchedArticle(AnalyzedArticle analyzed, Optional<String> mainSubject, List<MatchedSentence> sentences) {
    this(analyzed, mainSubject, sentences, mainSubject);
  }
}
