package dev.claimcheck.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.lexicon.CueLexicon;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.NlpModels;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The dose-phrase table: each phrase with the amount range, unit, times a day and daily total it
 * must read as (src/test/resources/dosing/dose-phrases.csv).
 */
class DoseExtractorTest {
  private static TextAnalyzer analyzer;
  private final DoseExtractor extractor = new DoseExtractor();

  @BeforeAll
  static void loadModels() {
    analyzer = new TextAnalyzer(NlpModels.load(), CueLexicon.empty());
  }

  static AnalyzedSentence sentence(String text) {
    return analyzer.analyze(dev.claimcheck.check.ClaimExampleRunner.article(text)).sentences().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/dosing/dose-phrases.csv", delimiter = '|')
  void readsTheDose(String phrase, String amountMin, String amountMax, String unit, String timesMin, String timesMax,
      String dailyMin, String dailyMax) {
    AnalyzedSentence s = sentence(phrase);
    List<DoseMention> mentions = extractor.extract(s);
    String context = "\n  phrase: " + phrase + "\n  read: " + mentions + "\n  tokens: "
        + s.tokens().stream().map(t -> t.text() + "/" + t.tag()).collect(Collectors.joining(" "));
    assertFalse(mentions.isEmpty(), "no dose read" + context);
    DoseMention m = mentions.stream().filter(x -> x.amount().isPresent()).findFirst().orElse(mentions.get(0));
    if (amountMin == null) {
      assertTrue(m.amount().isEmpty(), "expected no amount" + context);
    } else {
      Quantity q = m.amount().orElseThrow(() -> new AssertionError("no amount" + context));
      assertNumber(amountMin, q.min(), "amount min" + context);
      assertNumber(amountMax, q.max(), "amount max" + context);
      assertEquals(unit, q.unit().symbol(), "unit" + context);
    }
    if (timesMin == null) {
      assertTrue(m.frequency().isEmpty(), "expected no frequency" + context);
    } else {
      Frequency f = m.frequency().orElseThrow(() -> new AssertionError("no frequency" + context));
      assertNumber(timesMin, f.minPerDay(), "times a day min" + context);
      assertNumber(timesMax, f.maxPerDay(), "times a day max" + context);
    }
    Optional<Quantity> daily = m.dailyTotal();
    if (dailyMin == null) {
      assertTrue(daily.isEmpty(), "expected no daily total" + context);
    } else {
      Quantity d = daily.orElseThrow(() -> new AssertionError("no daily total" + context));
      assertNumber(dailyMin, d.min(), "daily min" + context);
      assertNumber(dailyMax, d.max(), "daily max" + context);
    }
  }

  private static void assertNumber(String expected, BigDecimal actual, String what) {
    BigDecimal e = new BigDecimal(expected).setScale(2, RoundingMode.HALF_UP);
    BigDecimal a = actual.setScale(2, RoundingMode.HALF_UP);
    assertEquals(0, e.compareTo(a), what + ": expected " + expected + " but was " + actual);
  }

  @Test
  void tokenizerKeepsTheShapesTheLexerRelieson() {
    // Pins the OpenNLP UD tokenizer behaviour the lexer was written against.
    List<String> words = sentence("Take 1-3 g or 2 mg/kg b.i.d. and ½ tsp.").tokens().stream().map(Token::text).toList();
    assertTrue(words.contains("1-3"), words.toString());
    assertTrue(words.contains("mg/kg"), words.toString());
  }

  @Test
  void readsEveryDoseOfASentenceInOrder() {
    List<DoseMention> m = extractor.extract(sentence("Start with 1 g and work up to 4 g twice a day."));
    assertEquals(2, m.size(), m.toString());
    assertEquals("1 g", m.get(0).amount().orElseThrow().toString());
    assertEquals("up to 4 g", m.get(1).amount().orElseThrow().toString());
    assertEquals(DoseMention.Bound.UP_TO, m.get(1).bound());
  }

  @Test
  void readsRouteDurationAndServing() {
    DoseMention m = extractor.extract(sentence("Take 2-6 grams orally per serving for two weeks.")).get(0);
    assertEquals(Optional.of("oral"), m.route());
    assertEquals(Optional.of("2 weeks"), m.duration());
    assertTrue(m.perServing());
    DoseMention sub = extractor.extract(sentence("Dissolve 8 mg under the tongue.")).get(0);
    assertEquals(Optional.of("sublingual"), sub.route());
  }

  @Test
  void marksThresholdsAndPerKg() {
    assertEquals(DoseMention.Bound.AT_LEAST, extractor.extract(sentence("Doses above 15 g cause sedation.")).get(0).bound());
    assertTrue(extractor.extract(sentence("Give 2 mg/kg.")).get(0).perKg());
  }

  @Test
  void readsNothingWithoutAUnit() {
    assertTrue(extractor.extract(sentence("In 2019, 3 of 5 users said they felt better.")).isEmpty());
    assertTrue(extractor.extract(sentence("The 7-hydroxymitragynine content was high.")).isEmpty());
    assertTrue(extractor.extract(sentence("It works 24/7 for some people.")).isEmpty());
  }
}
