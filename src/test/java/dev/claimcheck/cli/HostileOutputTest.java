package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.cli.CheckCommandTest.Run;
import dev.claimcheck.ingest.LineMap;
import dev.claimcheck.report.FileResult;
import dev.claimcheck.report.JsonReportWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from articles and file names is hostile: quotes, backslashes, control characters, terminal
 * escape sequences, {@code </script>}, U+2028, bidi overrides. The JSON report must stay valid JSON
 * that means exactly that text, with the dangerous characters escaped; no report format (JSON, JSON
 * Lines, SARIF, HTML, Markdown, text) and not stderr may pass a raw control character or the
 * article's markup through. HtmlReportInBrowserTest opens a hostile HTML report in a browser.
 */
class HostileOutputTest {
  /**
   * Clears the screen, rings the bell, retitles the window, reverses the line and breaks it for
   * JavaScript; none of it ends the sentence it sits in.
   */
  private static final String HOSTILE = "\"q\" \\b\\ \u001b[2J\u0007\u001b]0;owned\u0007 </script><script>alert(1)</script>"
      + " \u2028\u202e\u0085\u007f\u0008";

  @TempDir Path dir;
  private Path db;
  private Path article;

  @BeforeEach
  void hostileArticleWithAHostileName() throws Exception {
    db = HerbDatabase.write(dir);
    String name = "evil \u001b[31mred\u0007 \u202e<script>\".txt";
    article = Files.writeString(dir.resolve(name), "Zorbleweed can cure everything " + HOSTILE + " today.\n");
  }

  @Test
  void jsonEscapesEverythingDangerousAndKeepsTheText() throws Exception {
    Run r = CheckCommandTest.run("check", "--format", "json", "--db", db.toString(), article.toString());
    assertEquals(0, r.code(), r.err());
    assertNoRawDanger(r.out());
    assertFalse(r.out().contains("<") || r.out().contains(">") || r.out().contains("&"), r.out());
    JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
    assertEquals(article.toString(), file.get("path").asText(), "the path round-trips exactly");
    JsonNode finding = file.get("findings").get(0);
    assertTrue(finding.get("sentence").asText().contains(HOSTILE), "the sentence round-trips exactly");
  }

  @Test
  void textReportAndStderrShowControlCharactersAsEscapes() throws Exception {
    Path missing = dir.resolve("gone \u001b]52;c;cm0gLXJm\u0007.txt"); // OSC 52 would write the clipboard
    Run r = CheckCommandTest.run("check", "--no-color", "--db", db.toString(), article.toString(), missing.toString());
    assertEquals(2, r.code());
    assertNoRawDanger(r.out());
    assertNoRawDanger(r.err());
    assertTrue(r.out().contains("red\\x07 \\u202e<script>"), r.out());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.errLines().get(0).contains("gone \\x1b]52;c;cm0gLXJm\\x07.txt: no such file"), r.err());
    Run sentences = CheckCommandTest.run("sentences", article.toString());
    assertNoRawDanger(sentences.out());
    assertTrue(sentences.out().contains("\\x1b[2J\\x07\\x1b]0;owned\\x07"), sentences.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "sarif", "html", "markdown", "text"})
  void noFormatPassesHostileTextThroughRaw(String format) throws Exception {
    Run r = CheckCommandTest.run("check", "--format", format, "--no-color", "--db", db.toString(), article.toString());
    assertEquals(0, r.code(), r.err());
    assertNoRawDanger(r.out());
    if (!format.equals("text")) {
      assertFalse(r.out().contains("<script>alert"), format + " lets article markup through:\n" + r.out());
    }
    if (format.equals("json") || format.equals("sarif")) {
      assertTrue(new ObjectMapper().readTree(r.out()).isObject(), "valid JSON");
    }
    if (format.equals("jsonl")) {
      for (String line : r.out().split("\n")) {
        assertTrue(new ObjectMapper().readTree(line).isObject(), "valid JSON line: " + line);
      }
    }
  }

  @Test
  void loneSurrogatesBecomeEscapesNotQuestionMarks() throws Exception {
    StringWriter out = new StringWriter();
    FileResult result = new FileResult("half \uD800 pair \uDC00.txt", Optional.of("x \uD83D"), new LineMap(""), List.of());
    new JsonReportWriter("test").write(List.of(result), new PrintWriter(out));
    assertTrue(out.toString().contains("half \\ud800 pair \\udc00.txt"), out.toString());
    assertEquals("half \uD800 pair \uDC00.txt", new ObjectMapper().readTree(out.toString()).get("files").get(0).get("path").asText());
  }

  /** No C0 control but the line feed, no DEL or C1 control, no line separator, bidi override or lone surrogate. */
  private static void assertNoRawDanger(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < output.length() && Character.isLowSurrogate(output.charAt(i + 1));
      if (pair) {
        i++; // an emoji of the report's own, say
        continue;
      }
      boolean danger = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
          || (c >= '\u202a' && c <= '\u202e') || Character.isSurrogate(c);
      assertFalse(danger, String.format("raw U+%04X at %d in: %s", (int) c, i, output.replace('\u001b', '~')));
    }
  }
}
