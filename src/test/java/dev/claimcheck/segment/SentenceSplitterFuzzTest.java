package dev.claimcheck.segment;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import dev.claimcheck.TestPipeline;
import java.util.List;

/**
 * Fuzzes the sentence splitter with arbitrary text: spans in order, never overlapping, never
 * empty, trimmed, within the block and at most {@link SentenceSplitter#MAX_SENTENCE_CHARS} long;
 * sentences exactly when the block has non-blank text; never an exception.
 */
class SentenceSplitterFuzzTest {
  private static SentenceSplitter splitter;

  @BeforeAll
  static void loadModel() {
    splitter = new SentenceSplitter(TestPipeline.models().sentences());
  }

  @FuzzTest(maxDuration = "60s")
  void split(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    List<TextSpan> spans = splitter.split(text);
    int previousEnd = 0;
    for (TextSpan span : spans) {
      if (span.start() < previousEnd || span.end() <= span.start() || span.end() > text.length()) {
        throw new AssertionError("bad span " + span + " in " + spans);
      }
      if (isSpace(text.charAt(span.start())) || isSpace(text.charAt(span.end() - 1))) {
        throw new AssertionError("untrimmed span " + span);
      }
      if (span.length() > SentenceSplitter.MAX_SENTENCE_CHARS) {
        throw new AssertionError("sentence over the cap: " + span);
      }
      previousEnd = span.end();
    }
    boolean blank = text.chars().allMatch(c -> isSpace((char) c));
    if (blank != spans.isEmpty()) {
      throw new AssertionError("blank=" + blank + " but " + spans.size() + " sentences");
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
