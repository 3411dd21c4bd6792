package dev.claimcheck.overstatement;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.check.ArticleChecker;
import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseException;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.match.ClaimMatcher;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The real pipeline over the built-in database plus the fixture herb in
 * {@code src/test/resources/overstatement/db}, loaded once per test JVM. The built-in cue lists
 * are used as they are; the claims are the fixture's, so the tests do not move when the kratom
 * content does.
 */
final class FixturePipeline {
  private static ClaimDatabase db;
  private static ClaimMatcher matcher;

  private FixturePipeline() {}

  static synchronized ClaimDatabase db() {
    if (db == null) {
      try {
        Path dir = Path.of(FixturePipeline.class.getResource("/overstatement/db").toURI());
        db = new ClaimDatabaseLoader().load(List.of(dir));
      } catch (ClaimDatabaseException | URISyntaxException e) {
        throw new AssertionError("fixture database does not load:\n" + e.getMessage(), e);
      }
    }
    return db;
  }

  static TextAnalyzer analyzer() {
    return new TextAnalyzer(TestPipeline.models(), db().cues());
  }

  static synchronized ClaimMatcher matcher() {
    if (matcher == null) {
      TextAnalyzer terms = analyzer();
      matcher = new ClaimMatcher(db(), t -> terms.tokenize(t).stream().map(Token::lower).toList());
    }
    return matcher;
  }

  /** A text as a one-paragraph article, analysed and matched. */
  static MatchedArticle match(String text) {
    return matcher().match(analyzer().analyze(ClaimExampleRunner.article(text)));
  }

  /** The overstatement findings of a text. */
  static List<Finding> check(String text) {
    ArticleChecker checker = new ArticleChecker(matcher(), List.of(new OverstatedBenefitCheck(db())));
    return checker.check(analyzer().analyze(ClaimExampleRunner.article(text)));
  }
}
