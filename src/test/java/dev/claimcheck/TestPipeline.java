package dev.claimcheck;

import dev.claimcheck.check.ArticleChecker;
import dev.claimcheck.check.Check;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseException;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.match.ClaimMatcher;
import dev.claimcheck.segment.AnalyzedArticle;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.check.ClaimExampleRunner;
import java.util.List;

/**
 * The real pipeline for tests: the OpenNLP models and the built-in database, loaded once per test
 * JVM (they take a second or two). Analyzers are made per call because they are not thread-safe.
 */
public final class TestPipeline {
  private static NlpModels models;
  private static ClaimDatabase db;
  private static ClaimMatcher matcher;

  private TestPipeline() {}

  public static synchronized NlpModels models() {
    if (models == null) {
      models = NlpModels.load();
    }
    return models;
  }

  public static synchronized ClaimDatabase db() {
    if (db == null) {
      try {
        db = new ClaimDatabaseLoader().load(List.of());
      } catch (ClaimDatabaseException e) {
        throw new AssertionError("built-in database does not load:\n" + e.getMessage(), e);
      }
    }
    return db;
  }

  public static TextAnalyzer analyzer() {
    return new TextAnalyzer(models(), db().cues());
  }

  public static synchronized ClaimMatcher matcher() {
    if (matcher == null) {
      TextAnalyzer terms = analyzer();
      matcher = new ClaimMatcher(db(), terms::words);
    }
    return matcher;
  }

  /** Analyses a text as a one-paragraph article. */
  public static AnalyzedArticle analyze(String text) {
    return analyzer().analyze(ClaimExampleRunner.article(text));
  }

  /** A checker running the given checks with the real matcher. */
  public static ArticleChecker checker(Check... checks) {
    return new ArticleChecker(matcher(), List.of(checks));
  }
}
