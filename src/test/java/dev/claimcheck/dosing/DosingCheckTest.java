package dev.claimcheck.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.ArticleChecker;
import dev.claimcheck.check.Category;
import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.check.Finding;
import dev.claimcheck.check.Severity;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.ClaimDatabaseLoader;
import dev.claimcheck.match.ClaimMatcher;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * End to end through the real pipeline (models, built-in database, matcher, dosing check): each
 * judgement rule with examples and counterexamples (src/test/resources/dosing/judgements.csv).
 */
class DosingCheckTest {
  /** A sentence before the one under test that makes its substance the article's subject. */
  private static final Map<String, String> SUBJECTS = Map.of(
      "kratom", "Kratom is a tree from Southeast Asia whose leaves are sold as a powder. ",
      "buprenorphine", "Buprenorphine is a medication for opioid use disorder; buprenorphine comes as a film or tablet. ",
      "vitamin-d", "Vitamin D keeps bones strong. ",
      "rhodiola", "Rhodiola rosea is an herb sold as capsules and tinctures. ",
      "none", "");

  private static ArticleChecker checker;
  private static TextAnalyzer analyzer;

  @BeforeAll
  static synchronized void pipeline() throws Exception {
    if (checker != null) {
      return;
    }
    NlpModels models = NlpModels.load();
    ClaimDatabase db = new ClaimDatabaseLoader().load(List.of());
    analyzer = new TextAnalyzer(models, db.cues());
    TextAnalyzer terms = new TextAnalyzer(models, db.cues());
    ClaimMatcher matcher = new ClaimMatcher(db, t -> terms.tokenize(t).stream().map(Token::lower).toList());
    checker = new ArticleChecker(matcher, List.of(new DosingCheck(db)));
  }

  static ArticleChecker checker() {
    return checker;
  }

  static TextAnalyzer analyzer() {
    return analyzer;
  }

  static List<Finding> dosing(String text) {
    return checker.check(analyzer.analyze(ClaimExampleRunner.article(text))).stream()
        .filter(f -> f.category() == Category.DOSING).toList();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvFileSource(resources = "/dosing/judgements.csv", delimiter = '|')
  void judges(String expected, String subject, String sentence) {
    String prefix = SUBJECTS.get(subject);
    List<Finding> found = dosing(prefix + sentence).stream().filter(f -> f.start() >= prefix.length()).toList();
    String got = found.stream().map(f -> f.rule() + ": " + f.message()).collect(Collectors.joining("\n    "));
    if (expected.equals("none")) {
      assertTrue(found.isEmpty(), "expected no dosing finding, got:\n    " + got);
    } else {
      assertTrue(found.stream().anyMatch(f -> f.rule().equals(expected)), "expected " + expected + ", got:\n    " + got);
    }
  }

  @Test
  void explainsTheArithmetic() {
    Finding f = dosing("Kratom powder is sold online. Take 1-3 grams per serving, up to three times daily.").get(0);
    assertEquals("dose-no-approved-use", f.rule());
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().contains("1-3 g per dose, up to 3 times a day = up to 9 g a day"), f.message());
    DoseDetail d = (DoseDetail) f.details().get(0);
    assertEquals("kratom", d.substance());
    assertEquals(new DoseDetail.Amount(1, 3, "g"), d.amount());
    assertEquals(new DoseDetail.Interval(1, 3), d.timesPerDay());
    assertEquals(new DoseDetail.Amount(1, 9, "g"), d.dailyTotal());
  }

  @Test
  void convertsHouseholdMeasuresThroughTheSubstanceData() {
    Finding f = dosing("Kratom is a tree. Take a teaspoon of the powder three times a day.").get(0);
    assertTrue(f.message().contains("1 tsp (about 2 g), 3 times a day = 6 g a day"), f.message());
    assertEquals(new DoseDetail.Amount(6, 6, "g"), ((DoseDetail) f.details().get(0)).dailyTotal());
  }

  @Test
  void aDoseOfAnotherSubstanceBelongsToIt() {
    String article = "Kratom is popular. Kratom is sold as powder. Some people use kratom for withdrawal. "
        + "Under a prescriber, patients take 16 mg of buprenorphine daily.";
    assertTrue(dosing(article).isEmpty(), dosing(article).toString());
  }

  @Test
  void checksTheLimitOfThePopulation() {
    Finding f = dosing("Vitamin D matters. Give children 3,000 IU of vitamin D daily.").get(0);
    assertEquals("dose-above-limit", f.rule());
    assertTrue(f.message().contains("child limit of 2500 IU a day"), f.message());
  }

  @Test
  void countsPiecesOfAStatedStrength() {
    Finding f = dosing("Zinc is a mineral. Take 2 capsules of 25 mg zinc three times a day.").get(0);
    assertEquals("dose-above-limit", f.rule());
    assertTrue(f.message().contains("2 capsules × 25 mg = 50 mg, 3 times a day = 150 mg a day of zinc is above the adult limit of 40 mg"),
        f.message());
    Finding tablets = dosing("Zinc is a mineral. Take three 50 mg zinc tablets a day.").get(0);
    assertTrue(tablets.message().contains("3 × 50 mg = 150 mg"), tablets.message());
  }

  @Test
  void showsTheDoseInTheUnitOfTheLimit() {
    Finding f = dosing("Vitamin A matters in pregnancy. During pregnancy, take 12,000 IU of vitamin A a day.").get(0);
    assertEquals("dose-above-limit", f.rule());
    assertTrue(f.message().contains("12000 IU a day (3600 mcg) of vitamin A is above the pregnancy limit of 3000 mcg"), f.message());
  }
}
