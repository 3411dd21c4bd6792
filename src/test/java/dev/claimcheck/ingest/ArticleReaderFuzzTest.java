package dev.claimcheck.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the readers with arbitrary bytes: every input either becomes an article whose blocks map
 * back into the decoded text, or is refused with one line that starts with the path. Anything else
 * (another exception, a stack overflow, a block pointing outside the text) is a finding. Covers
 * plain text, Markdown and HTML.
 *
 * <p>{@code mvn verify} replays the inputs in {@code ArticleReaderFuzzTestInputs/<method>/}; {@code
 * JAZZER_FUZZ=1 mvn test -Dtest=ArticleReaderFuzzTest#markdown} fuzzes (see the README).
 */
class ArticleReaderFuzzTest {
  private static final String PATH = "fuzz input.md";

  // Small, so the fuzzer also exercises the size check.
  private static final ArticleReader READER = new ArticleReader(64 * 1024);

  @FuzzTest(maxDuration = "60s")
  void plainText(byte[] input) {
    check(input, ArticleFormat.TEXT);
  }

  @FuzzTest(maxDuration = "60s")
  void markdown(byte[] input) {
    check(input, ArticleFormat.MARKDOWN);
  }

  @FuzzTest(maxDuration = "60s")
  void html(byte[] input) {
    check(input, ArticleFormat.HTML);
  }

  private static void check(byte[] input, ArticleFormat format) {
    Article article;
    try {
      article = READER.read(PATH, new ByteArrayInputStream(input), format);
    } catch (InputException e) {
      String message = e.getMessage();
      if (!message.startsWith(PATH + ": ") || message.contains("\n") || message.contains("\r")) {
        throw new AssertionError("not one line naming the input: " + message);
      }
      return;
    }
    if (article.blocks().isEmpty()) {
      throw new AssertionError("an article without blocks was accepted");
    }
    String source = article.text();
    for (TextBlock block : article.blocks()) {
      checkBlock(source, block, format);
    }
  }

  /** Each block char maps into the source, in order; plain text maps each char to itself. */
  private static void checkBlock(String source, TextBlock block, ArticleFormat format) {
    String text = block.text();
    if (text.isEmpty() || text.isBlank()) {
      throw new AssertionError("empty block " + block);
    }
    int previous = -1;
    for (int i = 0; i < text.length(); i++) {
      int at = block.offsets().toSource(i);
      if (at < 0 || at >= source.length() || at < previous) {
        throw new AssertionError("block char " + i + " maps to " + at + " after " + previous
            + " (source length " + source.length() + ") in " + block);
      }
      char c = text.charAt(i);
      if (format == ArticleFormat.TEXT && c != source.charAt(at) && !(c == ' ' && isLineBreak(source.charAt(at)))) {
        throw new AssertionError("block char " + i + " '" + c + "' maps to '" + source.charAt(at) + "'");
      }
      previous = at;
    }
    int end = block.offsets().toSourceEnd(text.length());
    if (end < previous || end > source.length()) {
      throw new AssertionError("block end maps to " + end + " in " + block);
    }
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
