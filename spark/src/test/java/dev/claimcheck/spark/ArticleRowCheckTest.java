package dev.claimcheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.api.ClaimChecker;
import dev.claimcheck.api.Engine;
import dev.claimcheck.check.Check;
import dev.claimcheck.check.Finding;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.ArticleReader;
import dev.claimcheck.match.MatchedArticle;
import dev.claimcheck.segment.NlpModels;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-row check without Spark: an exception inside the engine while checking one article
 * becomes that article's error row, and the next article is checked as usual.
 */
class ArticleRowCheckTest {
  private static ArticleRowCheck check;

  /** A real check, run by the real engine, that fails on one word: a bug that only some articles hit. */
  private static final class FailsOnMarker implements Check {
    @Override
    public String id() {
      return "fails-on-marker";
    }

    @Override
    public List<Finding> check(MatchedArticle article) {
      if (article.analyzed().article().text().contains("XYZZY")) {
        throw new IllegalStateException("cannot read XYZZY\nsecond line of the message");
      }
      return List.of();
    }
  }

  @BeforeAll
  static void engineWithAFailingCheck() throws Exception {
    Engine engine = new Engine(NlpModels.load(), new ClaimDatabaseLoader().load(List.of()), List.of(new FailsOnMarker()));
    check = new ArticleRowCheck(new ClaimChecker(engine, new ArticleReader()), CheckSettings.defaults());
  }

  private static Row input(String id, String text) {
    return RowFactory.create(id, text, null, "file:/in/articles.jsonl", null);
  }

  @Test
  void anExceptionWhileCheckingBecomesAnErrorRow() {
    List<Row> rows = check.check(input("x1", "Kratom is safe. XYZZY."));
    assertEquals(1, rows.size());
    Row error = rows.get(0);
    assertEquals("error", error.getAs("kind"));
    assertEquals("x1", error.getAs("id"));
    assertEquals("internal error while checking (IllegalStateException: cannot read XYZZY); please report it", error.getAs("reason"));
    assertEquals("file:/in/articles.jsonl", error.getAs("source"));
    assertEquals("Kratom is safe. XYZZY.", error.getAs("excerpt"));
  }

  @Test
  void theNextArticleIsCheckedAsUsual() {
    List<Row> rows = check.check(input("x2", "Kratom is a proven treatment for opioid withdrawal."));
    assertEquals("article", rows.get(0).getAs("kind"));
    assertTrue(rows.size() > 1, "the claim is a finding: " + rows);
    assertEquals("finding", rows.get(1).getAs("kind"));
    assertNull(rows.get(0).getAs("reason"));
  }

  @Test
  void formatNamesAreTheThreeOfTheCliInAnyCase() {
    assertEquals(ArticleFormat.TEXT, ArticleRowCheck.format(null));
    assertEquals(ArticleFormat.MARKDOWN, ArticleRowCheck.format(" Markdown "));
    assertEquals(ArticleFormat.HTML, ArticleRowCheck.format("HTML"));
    assertNull(ArticleRowCheck.format("md"));
    assertNull(ArticleRowCheck.format(""));
  }
}
