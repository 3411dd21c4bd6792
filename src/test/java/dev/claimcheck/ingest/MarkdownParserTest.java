package dev.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownParserTest {
  private final MarkdownParser parser = new MarkdownParser();

  @Test
  void articleFixtureGivesProseBlocksWithExactOffsets() throws IOException {
    String source = resource("/ingest/article.md");

    List<TextBlock> blocks = parse(source);

    assertEquals(
        List.of(
            "HEADING|Chamomile and Sleep",
            "PARAGRAPH|Chamomile tea is a popular bedtime drink. Small trials suggest it may"
                + " improve sleep quality in older adults, see the review for details.",
            "HEADING|How People Take It",
            "LIST_ITEM|As a tea, steeped for five minutes",
            "LIST_ITEM|As an extract in capsules with a standardized dose",
            "LIST_ITEM|As a rinse & compress",
            "LIST_ITEM|Ask a pharmacist about interactions.",
            "LIST_ITEM|Stop if you notice an allergic reaction.",
            "QUOTE|Chamomile is generally safe as a tea, but it can interact with blood thinners.",
            "HEADING|Setext Heading",
            "PARAGRAPH|Inline code spans stay, escaped *stars* too, and inline HTML is dropped.\n"
                + "A hard break precedes this line."),
        describe(blocks));
  }

  @Test
  void inlineMarkupIsRemovedAndEveryCharMapsBack() {
    String source = "Kratom is **not** [approved](https://www.fda.gov \"FDA\") for _any_ use.";

    TextBlock block = parse(source).get(0);

    assertEquals("Kratom is not approved for any use.", block.text());
    assertEquals(source.indexOf("not"), block.offsets().toSource(block.text().indexOf("not")));
    assertEquals(
        source.indexOf("approved"), block.offsets().toSource(block.text().indexOf("approved")));
    assertEquals(source.indexOf(" for"), block.offsets().toSource(block.text().indexOf(" for")));
    assertEquals(source.length(), block.offsets().toSourceEnd(block.text().length()));
    // Runs break where markup was removed: "Kratom is ", "not", " ", "approved", ...
    assertEquals(7, block.offsets().runs().size());
  }

  @Test
  void headingsOfBothStylesAreHeadings() {
    String source = "# Title #\n\nSub Title\n=========\n\n###### Small\n\n#\n";

    assertEquals(
        List.of("HEADING|Title", "HEADING|Sub Title", "HEADING|Small"), describe(parse(source)));
  }

  @Test
  void eachListItemIsOneBlockWithoutItsMarker() {
    String source =
        "- first item\n"
            + "- second item\n"
            + "  - nested item\n"
            + "-\tTabbed item\n"
            + "\n"
            + "3) ordered item\n"
            + "4) loose item\n"
            + "\n"
            + "   second paragraph of the loose item\n";

    assertEquals(
        List.of(
            "LIST_ITEM|first item",
            "LIST_ITEM|second item",
            "LIST_ITEM|nested item",
            "LIST_ITEM|Tabbed item",
            "LIST_ITEM|ordered item",
            "LIST_ITEM|loose item",
            "LIST_ITEM|second paragraph of the loose item"),
        describe(parse(source)));
  }

  @Test
  void quotesAreQuotesUnlessInsideAList() {
    String source =
        "> quoted paragraph\n>\n> second one\n> - listed in quote\n\n- > quoted in list\n";

    assertEquals(
        List.of(
            "QUOTE|quoted paragraph",
            "QUOTE|second one",
            "LIST_ITEM|listed in quote",
            "QUOTE|quoted in list"),
        describe(parse(source)));
  }

  @ParameterizedTest(name = "[{index}] line ending {0}")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void lineBreaksMapToTheLineBreak(String eol) {
    String source = "one *two*" + eol + "three  " + eol + "four\\" + eol + "five" + eol;

    TextBlock block = parse(source).get(0);

    assertEquals("one two three\nfour\nfive", block.text());
    String text = block.text();
    assertEquals(eol.charAt(0), source.charAt(block.offsets().toSource(text.indexOf(' ', 4))));
    assertEquals(eol.charAt(0), source.charAt(block.offsets().toSource(text.indexOf('\n'))));
    assertEquals(eol.charAt(0), source.charAt(block.offsets().toSource(text.lastIndexOf('\n'))));
  }

  @Test
  void escapedCharsMapToThemselves() {
    String source = "2 \\* 3 is \\_not\\_ \\\\ a \\link";

    TextBlock block = parse(source).get(0);

    assertEquals("2 * 3 is _not_ \\ a \\link", block.text());
    assertEquals(source.indexOf('*'), block.offsets().toSource(2));
    assertEquals(source.length(), block.offsets().toSourceEnd(block.text().length()));
  }

  @Test
  void decodedEntitiesMapToTheirAmpersand() {
    String source = "Fish &amp; chips &eacute;t&eacute; &#128512; &#x41;&foo; end";

    TextBlock block = parse(source).get(0);

    assertEquals("Fish & chips \u00e9t\u00e9 \ud83d\ude00 A&foo; end", block.text());
    String text = block.text();
    assertEquals(source.indexOf("&amp;"), block.offsets().toSource(text.indexOf('&')));
    assertEquals(source.indexOf("t&eacute;"), block.offsets().toSource(text.indexOf("t\u00e9")));
    int emoji = text.indexOf('\ud83d');
    assertEquals(source.indexOf("&#128512;"), block.offsets().toSource(emoji));
    assertEquals(source.indexOf("&#128512;"), block.offsets().toSource(emoji + 1));
    assertEquals(source.indexOf("&foo;"), block.offsets().toSource(text.indexOf("&foo;")));
    assertEquals(source.indexOf(" end"), block.offsets().toSource(text.indexOf(" end")));
  }

  @Test
  void entityDecodingToTwoCodePointsMapsBothToItsAmpersand() {
    String source = "a &NotEqualTilde; b";

    TextBlock block = parse(source).get(0);

    assertEquals("a \u2242\u0338 b", block.text());
    assertEquals(2, block.offsets().toSource(2));
    assertEquals(2, block.offsets().toSource(3));
    assertEquals(source.indexOf(" b"), block.offsets().toSource(4));
  }

  @Test
  void codeSpansKeepTheirContentAsWritten() {
    String source = "Use ``a `tick` &amp; \\*`` or `multi\nline` code.";

    TextBlock block = parse(source).get(0);

    assertEquals("Use a `tick` &amp; \\* or multi line code.", block.text());
    int line = block.text().indexOf("multi ") + 5;
    assertEquals('\n', source.charAt(block.offsets().toSource(line)));
  }

  @Test
  void nonProseIsSkipped() {
    String source =
        "---\ntitle: Front matter text\n---\n"
            + "Kept paragraph.\n\n"
            + "```\nfenced code\n```\n\n"
            + "~~~\nmore fenced code\n~~~\n\n"
            + "    indented code\n\n"
            + "<div>\nhtml block\n</div>\n\n"
            + "<!-- a comment\nover lines -->\n\n"
            + "Text <!-- inline comment --> with <b>tags</b> ![alt text](x.png) kept.\n\n"
            + "---\n\n"
            + "[ref]: https://example.org\n";

    assertEquals(
        List.of("PARAGRAPH|Kept paragraph.", "PARAGRAPH|Text with tags kept."),
        describe(parse(source)));
  }

  @Test
  void autolinksKeepTheirVisibleText() {
    assertEquals(
        List.of("PARAGRAPH|See https://example.org now."),
        describe(parse("See <https://example.org> now.")));
  }

  @Test
  void commentsAreCollectedButNotFromCode() {
    String source = "<!-- block comment -->\n\nText <!-- inline --> here.\n\n```\n<!-- in code -->\n```\n\n"
        + "    <!-- indented code -->\n\n`<!-- code span -->`\n";

    ParsedText parsed = parser.read(source);

    assertEquals(List.of(" block comment ", " inline "), parsed.comments().stream().map(SourceComment::text).toList());
    SourceComment inline = parsed.comments().get(1);
    assertEquals(source.indexOf("<!-- inline"), inline.start());
    assertEquals(source.indexOf("here") - 1, inline.end());
  }

  @Test
  void codeFrontMatterAndCommentsAreNotProse() {
    String source = "---\ntitle: Kratom is safe\n---\n\nProse.\n\n```\nfenced code\n```\n\n    indented code\n\n"
        + "<!--\nA comment\nover lines\n-->\n\n<div>\nhtml block\n</div>\n";

    assertEquals(List.of("PARAGRAPH|Prose."), describe(parse(source)));
  }

  @Test
  void emptyAndBlankDocumentsHaveNoBlocks() {
    assertTrue(parse("").isEmpty());
    assertTrue(parse("  \n\n\t\n").isEmpty());
    assertTrue(parse("<!-- only a comment -->\n").isEmpty());
  }

  /**
   * Parses and checks that each offset run's source text equals the block text, except where the
   * block has a space or newline for a line break, or a char decoded from an entity.
   */
  private List<TextBlock> parse(String source) {
    List<TextBlock> blocks = parser.parse(source);
    for (TextBlock block : blocks) {
      for (OffsetMap.Run run : block.offsets().runs()) {
        for (int k = 0; k < run.length(); k++) {
          char blockChar = block.text().charAt(run.blockStart() + k);
          char sourceChar = source.charAt(run.sourceStart() + k);
          boolean lineBreak =
              (blockChar == ' ' || blockChar == '\n') && (sourceChar == '\n' || sourceChar == '\r');
          boolean entity = sourceChar == '&';
          if (blockChar != sourceChar && !lineBreak && !entity) {
            fail(
                "block '"
                    + block.text()
                    + "' char "
                    + (run.blockStart() + k)
                    + " '"
                    + blockChar
                    + "' maps to source char "
                    + (run.sourceStart() + k)
                    + " '"
                    + sourceChar
                    + "'");
          }
        }
      }
    }
    return blocks;
  }

  private static List<String> describe(List<TextBlock> blocks) {
    return blocks.stream().map(b -> b.kind() + "|" + b.text()).toList();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MarkdownParserTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
