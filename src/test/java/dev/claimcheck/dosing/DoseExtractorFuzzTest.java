package dev.claimcheck.dosing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import dev.claimcheck.TestPipeline;
import dev.claimcheck.check.ClaimExampleRunner;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.TextAnalyzer;

/**
 * Fuzzes the dose reader with arbitrary text, analysed as a one-paragraph article: it never throws,
 * and every dose it reads points at tokens of its sentence.
 */
class DoseExtractorFuzzTest {
  private static final DoseExtractor EXTRACTOR = new DoseExtractor();
  private static TextAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = TestPipeline.analyzer();
  }

  @FuzzTest(maxDuration = "60s")
  void extract(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    if (text.isBlank()) {
      return;
    }
    for (AnalyzedSentence sentence : analyzer.analyze(ClaimExampleRunner.article(text)).sentences()) {
      for (DoseMention mention : EXTRACTOR.extract(sentence)) {
        if (mention.startToken() < 0 || mention.endToken() < mention.startToken()
            || mention.endToken() > sentence.tokens().size()) {
          throw new AssertionError("dose outside its sentence: " + mention + " in " + sentence.text());
        }
      }
    }
  }
}
