package dev.claimcheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.TestPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-sentence analysis every check reads: tokens, lemmas, negation and hedge scopes. */
class TextAnalyzerTest {
  private static AnalyzedSentence only(String text) {
    List<AnalyzedSentence> sentences = TestPipeline.analyze(text).sentences();
    assertEquals(1, sentences.size(), "expected one sentence: " + text);
    return sentences.get(0);
  }

  private static int index(AnalyzedSentence s, String lower) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).lower().equals(lower)) {
        return i;
      }
    }
    throw new AssertionError("no token " + lower + " in " + s.tokens());
  }

  /** Regression (fuzzing): a "+" token's tag and lemma split into no parts and crashed analysis. */
  @Test
  void plusSignIsAnOrdinaryToken() {
    AnalyzedSentence s = only("Take vitamin C + zinc daily.");
    assertEquals("+", s.tokens().get(index(s, "+")).lemma());
  }

  @Test
  void aSentenceFinalPeriodIsNotPartOfTheLastWord() {
    List<String> lowers = only("Kratom is not approved by the FDA.").tokens().stream().map(Token::lower).toList();
    assertEquals(List.of("kratom", "is", "not", "approved", "by", "the", "fda", "."), lowers);
    List<String> quoted = only("He called it \"cleared by the FDA.\"").tokens().stream().map(Token::lower).toList();
    assertEquals(List.of("fda", ".", "\""), quoted.subList(quoted.size() - 3, quoted.size()));
    List<String> inside = only("It is grown in the U.S.").tokens().stream().map(Token::lower).toList();
    assertEquals("u.s.", inside.get(inside.size() - 1), "a period inside the word stays with it");
  }

  @Test
  void cliticsAreSplitAndLemmatised() {
    AnalyzedSentence s = only("Kratom's main alkaloid relieves cravings, and it doesn't cause dependency.");
    List<String> lowers = s.tokens().stream().map(Token::lower).toList();
    assertTrue(lowers.containsAll(List.of("kratom", "'s", "does", "n't")), lowers.toString());
    assertEquals("relieve", s.tokens().get(index(s, "relieves")).lemma());
    assertEquals("craving", s.tokens().get(index(s, "cravings")).lemma());
  }

  @Test
  void curlyApostrophesAreReadLikePlainOnes() {
    AnalyzedSentence s = only("It’s said that kratom’s alkaloids don’t cause dependency.");
    List<String> lowers = s.tokens().stream().map(Token::lower).toList();
    assertTrue(lowers.contains("kratom"), lowers.toString());
    assertTrue(lowers.contains("’s"), "the token keeps its text as written: " + lowers);
    assertTrue(s.isNegated(index(s, "dependency")));
  }

  @Test
  void negationScopeRunsToTheEndOfTheClause() {
    AnalyzedSentence s = only("It eases cravings without the risk of addiction, but it can cause nausea.");
    assertTrue(s.isNegated(index(s, "addiction")));
    assertFalse(s.isNegated(index(s, "cravings")));
    assertFalse(s.isNegated(index(s, "nausea")));
  }

  @Test
  void twoNegationsInARowCancel() {
    AnalyzedSentence s = only("Kratom is not without the risk of addiction.");
    assertFalse(s.isNegated(index(s, "addiction")));
  }

  @Test
  void wordsThatCarryTheirOwnNegation() {
    AnalyzedSentence s = only("Sellers call it a non-addictive herb.");
    assertTrue(s.isNegated(index(s, "non-addictive")));
  }

  @Test
  void hedgeDoesNotReachPastAClauseBreak() {
    AnalyzedSentence s = only("Studies suggest it may bind opioid receptors, helping to ease withdrawal.");
    assertTrue(s.isHedged(index(s, "receptors")));
    assertFalse(s.isHedged(index(s, "withdrawal")));
  }

  @Test
  void hyphenatedWordsAreOneToken() {
    AnalyzedSentence s = only("Habit-forming 7-OH products are sold as risk-free.");
    List<String> lowers = s.tokens().stream().map(Token::lower).toList();
    assertTrue(lowers.containsAll(List.of("habit-forming", "7-oh", "risk-free")), lowers.toString());
    assertTrue(s.isNegated(index(s, "risk-free")), "-free carries its own negation");
    AnalyzedSentence range = only("Take 1 - 3 grams.");
    assertTrue(range.tokens().stream().map(Token::lower).toList().contains("-"), "a spaced dash is not a hyphen");
  }

  @Test
  void notYetKeepsItsScope() {
    AnalyzedSentence s = only("Kratom is not yet approved by the FDA.");
    assertTrue(s.isNegated(index(s, "approved")));
  }

  @Test
  void headingsAndTitleCaseLinesAreTitles() {
    assertTrue(only("- Managing Withdrawal With Kratom Supplements").isTitleLike());
    assertFalse(only("Kratom eases withdrawal for some users.").isTitleLike());
  }

  @Test
  void databaseTermsGetTheWordsSentencesGet() {
    TextAnalyzer analyzer = TestPipeline.analyzer();
    List<String> terms = new java.util.ArrayList<>(List.of("7-OH", "Habit-forming", "kratom's", "because it's natural",
        "the plant’s", "non-addictive", "M. speciosa", "risk-free", "St. John's wort", "don't"));
    TestPipeline.db().concepts().values().forEach(c -> {
      terms.addAll(c.terms());
      terms.addAll(c.references());
    });
    for (String term : terms) {
      assertEquals(analyzer.tokenize(term).stream().map(Token::lower).toList(), analyzer.words(term), term);
    }
  }
}
