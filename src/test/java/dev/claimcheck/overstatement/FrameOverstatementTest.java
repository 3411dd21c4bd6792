package dev.claimcheck.overstatement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.check.ArticleChecker;
import dev.claimcheck.check.Category;
import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.check.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Each overstatement rule per claim frame, with cases on both sides (frame-judgements.csv). */
class FrameOverstatementTest {
  private static final ArticleChecker CHECKER = TestPipeline.checker(new OverstatedBenefitCheck(TestPipeline.db()));

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "/overstatement/frame-judgements.csv", delimiter = '|')
  void judges(String expected, String sentence) {
    List<Finding> found = CHECKER.check(TestPipeline.analyzer().analyze(ClaimExampleRunner.article(sentence))).stream()
        .filter(f -> f.category() == Category.OVERSTATEMENT).toList();
    String got = found.stream().map(f -> f.rule() + ": " + f.message()).collect(Collectors.joining("\n    "));
    if (expected.equals("none")) {
      assertTrue(found.isEmpty(), "expected no overstatement, got:\n    " + got);
    } else {
      assertTrue(found.stream().anyMatch(f -> f.rule().equals(expected)), "expected " + expected + ", got:\n    " + got);
    }
  }
}
