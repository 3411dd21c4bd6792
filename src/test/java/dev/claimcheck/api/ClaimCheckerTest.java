package dev.claimcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.Finding;
import dev.claimcheck.ingest.ArticleFormat;
import dev.claimcheck.ingest.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {
  private static final String ARTICLE = """
      # Kratom for everything

      Kratom cures anxiety and is 100% safe. Take 15 grams of kratom powder three times a day.

      Some users report that it helps them sleep.
      """;

  private static ClaimChecker checker;

  @BeforeAll
  static void load() throws Exception {
    checker = ClaimChecker.load();
  }

  @Test
  void findsWhatTheCliFinds() throws InputException {
    CheckReport report = checker.check("a.md", ARTICLE, ArticleFormat.MARKDOWN, CheckOptions.defaults());
    List<String> categories = report.findings().stream().map(f -> f.category().name()).distinct().toList();
    assertTrue(categories.containsAll(List.of("CLAIM", "DOSING", "OVERSTATEMENT")), categories.toString());
    assertEquals("a.md", report.path());
  }

  @Test
  void disabledCategoriesAreLeftOut() throws InputException {
    CheckReport report = checker.check("a.md", ARTICLE, ArticleFormat.MARKDOWN, CheckOptions.disabling(List.of("dosing")));
    assertFalse(report.findings().stream().anyMatch(f -> f.category().name().equals("DOSING")));
  }

  @Test
  void manyThreadsGetTheSameFindingsAsOne() throws Exception {
    List<String> expected = render(checker.check(ARTICLE, ArticleFormat.MARKDOWN).findings());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> render(checker.check(ARTICLE, ArticleFormat.MARKDOWN).findings())));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void unreadableInputIsAnInputError() {
    ClaimChecker small = new ClaimChecker(checker.engine(), new dev.claimcheck.ingest.ArticleReader(10));
    assertThrows(InputException.class, () -> small.check("this text is longer than ten bytes", ArticleFormat.TEXT));
  }

  private static List<String> render(List<Finding> findings) {
    return findings.stream().map(f -> f.start() + ":" + f.rule() + ":" + f.message()).toList();
  }
}
