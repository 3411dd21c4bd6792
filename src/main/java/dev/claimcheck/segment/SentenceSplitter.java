package dev.claimcheck.segment;

import java.util.List;
import java.util.Objects;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits one text block into sentences: OpenNLP's statistical sentence detector decides the
 * ordinary cases, and rules correct what it gets wrong (abbreviations, initials, a.m./p.m., inline
 * list markers, ellipses, punctuation inside quotes and parentheses).
 *
 * <p>Every white-space gap between two tokens is a possible boundary. Gaps not preceded by {@code
 * . ! ? …} never split (except before an inline list marker or at a blank line); for the others a
 * rule decides when it can, and the model's verdict is used when no rule applies. The only cuts
 * without white space are run-on sentences such as "the brain.Kratom is".
 *
 * <p>Not thread-safe: it wraps a {@link SentenceDetectorME}, so use one instance per thread. {@link
 * #split(String)} never throws and runs in time linear in the length of the block.
 */
public final class SentenceSplitter {
  /**
   * The longest sentence, in chars. Tagging costs grow with the square of a sentence's length, and
   * a finding quotes its sentence, so a run of text with no boundary (a pasted table, a 5 MB line
   * without punctuation) is cut into pieces of at most this size rather than analysed whole. Real
   * sentences stay far below it: the longest in the seed articles has under 300 chars.
   */
  public static final int MAX_SENTENCE_CHARS = 1_000;

  private final SentenceDetectorME detector;

  public SentenceSplitter(SentenceModel model) {
    this.detector = new SentenceDetectorME(Objects.requireNonNull(model, "model"));
  }

  /**
   * The sentences of one text block, as char spans of {@code blockText}: in order, never
   * overlapping, never empty, each trimmed of surrounding white space and at most {@link
   * #MAX_SENTENCE_CHARS} long. A null, empty or blank block has no sentences.
   */
  public List<TextSpan> split(String blockText) {
    if (blockText == null || blockText.isEmpty()) {
      return List.of();
    }
    List<TextSpan> sentences;
    try {
      sentences = new BlockSplit(blockText, detector).sentences();
    } catch (RuntimeException e) {
      // A bug in the rules or in OpenNLP must not lose the text: fall back to one sentence.
      sentences = wholeBlock(blockText);
    }
    return LongSentenceCutter.cut(blockText, sentences, MAX_SENTENCE_CHARS);
  }

  private static List<TextSpan> wholeBlock(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && SplitText.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && SplitText.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == end ? List.of() : List.of(new TextSpan(start, end));
  }
}
