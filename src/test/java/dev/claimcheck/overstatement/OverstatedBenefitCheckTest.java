package dev.claimcheck.overstatement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import dev.claimcheck.check.ArticleChecker;
import dev.claimcheck.check.Category;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.FindingDetail;
import dev.claimcheck.check.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * End to end: each judgement rule with examples and counterexamples (judgements.txt), then the
 * severity, message, cues and suggestion of a finding.
 */
class OverstatedBenefitCheckTest {
  @TestFactory
  Stream<DynamicTest> judgements() throws IOException {
    List<String> lines;
    try (InputStream in = getClass().getResourceAsStream("/overstatement/judgements.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
    return lines.stream().map(line -> {
      int bar = line.indexOf(" | ");
      String expected = line.substring(0, bar).strip();
      String text = line.substring(bar + 3).strip();
      return DynamicTest.dynamicTest(expected + ": " + text, () -> {
        List<String> rules = FixturePipeline.check(text).stream()
            .filter(f -> f.category() == Category.OVERSTATEMENT)
            .map(Finding::rule)
            .toList();
        assertEquals(expected.equals("none") ? List.of() : List.of(expected), rules, text);
      });
    });
  }

  @Test
  void severityFollowsTheGapBetweenWordingAndEvidence() {
    assertEquals(Severity.ERROR, only("Zorbleweed is completely safe.").severity(), "absolute safety, unsupported");
    assertEquals(Severity.WARNING, only("For people with stiff joints, zorbleweed offers hope.").severity(), "promotional, no claim");
    assertEquals(Severity.WARNING, only("Zorbleweed eases joint pain.").severity(), "plain, contested");
    assertEquals(Severity.WARNING, only("Zorbleweed users clearly report feeling calmer.").severity(), "booster, supported");
    assertEquals(Severity.WARNING, only("Research proves that zorbleweed cures insomnia.").severity(), "proof claimed, unsupported benefit");
    assertEquals(Severity.ERROR, only("Research proves that zorbleweed is safe.").severity(), "proof claimed, unsupported safety");
    assertEquals(Severity.INFO, only("Zorbleweed is a compelling option: users report feeling calm.").severity(), "promotional, supported");
  }

  @Test
  void messageSaysWhatIsOverstatedAndWhy() {
    Finding f = only("Zorbleweed eases joint pain.");
    assertEquals("unhedged-benefit", f.rule());
    assertEquals("States as established a benefit rated contested (\"Zorbleweed eases joint pain\"): "
        + "Two small open-label studies, no controlled trial.", f.message());
    assertEquals("ZORBLEWEED_EASES_JOINT_PAIN", f.claim().orElseThrow().claim().id().value());
  }

  @Test
  void contestedBenefitGetsAHedgedRewrite() {
    assertEquals(new Suggestion("Zorbleweed may ease joint pain.", "hedged-rewrite"),
        detail(only("Zorbleweed eases joint pain."), Suggestion.class));
    assertEquals("Small trials suggest zorbleweed may bind to cartilage receptors, potentially helping to relieve joint pain.",
        detail(only("Small trials suggest zorbleweed may bind to cartilage receptors, helping to relieve joint pain."), Suggestion.class).text());
  }

  @Test
  void theHedgeGoesOnTheVerbThatAssertsTheBenefit() {
    assertEquals("Zorbleweed may soothe stiff joints.",
        detail(only("Zorbleweed can soothe stiff joints."), Suggestion.class).text());
  }

  @Test
  void unsupportedClaimGetsTheClaimAsTheEvidenceAllows() {
    assertEquals(new Suggestion("There is no reliable evidence that zorbleweed is safe.", "calibrated-claim"),
        detail(only("Zorbleweed is completely safe."), Suggestion.class));
  }

  @Test
  void withoutAClaimTheSuggestionIsAdvice() {
    Suggestion s = detail(only("For people with stiff joints, zorbleweed offers hope."), Suggestion.class);
    assertEquals("advice", s.kind());
    assertTrue(s.text().contains("\"offers hope\""), s.text());
  }

  @Test
  void cuesListWhatTheSentenceSays() {
    CuesDetail cues = detail(only("Studies suggest it may help, and zorbleweed is a proven cure for insomnia."), CuesDetail.class);
    assertEquals(List.of("proven"), cues.triggers());
    assertEquals(List.of("may"), cues.hedges());
    assertEquals(List.of("proven", "cure"), cues.boosters());
    assertEquals(List.of("Studies suggest"), cues.evidential());
  }

  @Test
  void theBuiltInDatabaseDrivesTheCheck() {
    ArticleChecker checker = TestPipeline.checker(new OverstatedBenefitCheck(TestPipeline.db()));
    List<Finding> safe = checker.check(TestPipeline.analyze("Kratom is completely safe."));
    assertEquals(List.of("absolute-claim"), safe.stream().filter(f -> f.category() == Category.OVERSTATEMENT).map(Finding::rule).toList());
    List<Finding> hedged = checker.check(TestPipeline.analyze("Small surveys suggest that kratom may ease withdrawal symptoms."));
    assertTrue(hedged.stream().noneMatch(f -> f.category() == Category.OVERSTATEMENT), hedged.toString());
  }

  @Test
  void oneFindingPerSentenceAtMost() {
    List<Finding> findings = FixturePipeline.check(
        "Research proves that zorbleweed is a miracle cure, a compelling option that is completely safe.");
    assertEquals(1, findings.size(), findings.toString());
  }

  private static Finding only(String text) {
    List<Finding> findings = FixturePipeline.check(text);
    assertEquals(1, findings.size(), text + " -> " + findings);
    return findings.get(0);
  }

  private static <T extends FindingDetail> T detail(Finding f, Class<T> type) {
    return f.details().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }
}
