package dev.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextParserTest {
  private final PlainTextParser parser = new PlainTextParser();

  @Test
  void seedLikeArticleGivesOneBlockPerLine() {
    String text =
        "Chamomile tea is often drunk before bed. Some people say it helps them relax.\n"
            + "This guide looks at what chamomile contains and how it is prepared.\n"
            + "- What Chamomile Contains\n"
            + "- Preparing Chamomile Tea at Home\n"
            + "What Chamomile Contains\n"
            + "The flowers contain apigenin, a flavonoid studied in the laboratory.\n";

    List<TextBlock> blocks = parse(text);

    assertEquals(
        List.of(
            "PARAGRAPH|Chamomile tea is often drunk before bed. Some people say it helps them"
                + " relax.",
            "PARAGRAPH|This guide looks at what chamomile contains and how it is prepared.",
            "LIST_ITEM|- What Chamomile Contains",
            "LIST_ITEM|- Preparing Chamomile Tea at Home",
            "HEADING|What Chamomile Contains",
            "PARAGRAPH|The flowers contain apigenin, a flavonoid studied in the laboratory."),
        describe(blocks));
  }

  @Test
  void softWrapJoinsLinesWithASpaceMappedToTheLineBreak() {
    String text = "Ginger has been used for nausea for\nmany centuries in several cultures.\nNext.";

    List<TextBlock> blocks = parse(text);

    assertEquals(
        List.of(
            "PARAGRAPH|Ginger has been used for nausea for many centuries in several cultures.",
            "PARAGRAPH|Next."),
        describe(blocks));
    TextBlock joined = blocks.get(0);
    int space = joined.text().indexOf(" many");
    assertEquals('\n', text.charAt(joined.offsets().toSource(space)));
    assertEquals(
        "for\nmany",
        text.substring(
            joined.offsets().toSource(space - 3), joined.offsets().toSourceEnd(space + 5)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ends with a full stop.\\nand starts lowercase     | 2
          no punctuation here\\nSo an uppercase start      | 2
          no punctuation here\\nand a lowercase start      | 1
          a quote ends it: "like this."\\nand continues    | 2
          a colon ends it:\\nand the next line             | 2
          a comma does not,\\nso this continues            | 1
          """)
  void lineBreakIsHardUnlessSoftWrap(String escaped, int expectedBlocks) {
    assertEquals(expectedBlocks, parse(escaped.replace("\\n", "\n")).size());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          - dash item                 | LIST_ITEM
          * star item                 | LIST_ITEM
          \u2022 bullet item          | LIST_ITEM
          1. numbered item            | LIST_ITEM
          12) numbered item           | LIST_ITEM
          -dash without space         | HEADING
          2024 was a busy year.       | PARAGRAPH
          Short Heading Words         | HEADING
          Is Chamomile Safe?          | PARAGRAPH
          Safety: What We Know        | HEADING
          """)
  void classifiesSingleLines(String line, BlockKind expected) {
    List<TextBlock> blocks = parse(line);
    assertEquals(1, blocks.size());
    assertEquals(expected, blocks.get(0).kind());
    assertEquals(line, blocks.get(0).text());
  }

  @Test
  void headingHasAWordLimit() {
    String fifteen = "one two three four five six seven eight nine ten eleven twelve 13 14 15";
    assertEquals(BlockKind.HEADING, parse(fifteen).get(0).kind());
    assertEquals(BlockKind.PARAGRAPH, parse(fifteen + " 16").get(0).kind());
  }

  @Test
  void listItemKeepsItsMarkerAndAbsorbsItsSoftWrap() {
    String text = "- an item that wraps onto\n  the next line\n- second item\n";

    assertEquals(
        List.of("LIST_ITEM|- an item that wraps onto the next line", "LIST_ITEM|- second item"),
        describe(parse(text)));
  }

  @Test
  void blankAndDecorationLinesSeparateBlocks() {
    String text = "first part of a paragraph\n\n  \t\nsecond part\n-----\n* * *\nthird part\n";

    assertEquals(
        List.of("HEADING|first part of a paragraph", "HEADING|second part", "HEADING|third part"),
        describe(parse(text)));
  }

  @Test
  void trimsLineWhitespaceWithExactOffsets() {
    String text = "  \tIndented sentence here.\u00a0 \n";

    TextBlock block = parse(text).get(0);

    assertEquals("Indented sentence here.", block.text());
    assertEquals(3, block.offsets().toSource(0));
  }

  @ParameterizedTest(name = "[{index}] line ending {0}")
  @CsvSource({"LF", "CRLF", "CR"})
  void handlesAllLineEndings(String name) {
    String eol =
        switch (name) {
          case "CRLF" -> "\r\n";
          case "CR" -> "\r";
          default -> "\n";
        };
    String text =
        "Heading Line"
            + eol
            + "A sentence that wraps"
            + eol
            + "onto a second line."
            + eol
            + eol
            + "- item"
            + eol;

    List<TextBlock> blocks = parse(text);

    assertEquals(
        List.of(
            "HEADING|Heading Line",
            "PARAGRAPH|A sentence that wraps onto a second line.",
            "LIST_ITEM|- item"),
        describe(blocks));
    TextBlock wrapped = blocks.get(1);
    int space = wrapped.text().indexOf(" onto");
    assertEquals(eol.charAt(0), text.charAt(wrapped.offsets().toSource(space)));
  }

  @Test
  void emptyAndWhitespaceOnlyTextHasNoBlocks() {
    assertTrue(parse("").isEmpty());
    assertTrue(parse(" \n\t\r\n  ").isEmpty());
  }

  static Stream<Path> seeds() throws IOException {
    Path dir = Path.of(System.getProperty("shared.dir", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(dir), "seed articles not available");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  /** The seeds have one paragraph, heading or bullet per line and no soft wraps. */
  @ParameterizedTest
  @MethodSource("seeds")
  void seedArticlesGiveOneContiguousBlockPerLine(Path seed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    long lines = text.lines().filter(l -> !l.isBlank()).count();

    List<TextBlock> blocks = parse(text);

    assertEquals(lines, blocks.size());
    for (TextBlock block : blocks) {
      assertEquals(1, block.offsets().runs().size(), block.text());
      int start = block.offsets().toSource(0);
      assertEquals(
          block.text(), text.substring(start, block.offsets().toSourceEnd(block.text().length())));
    }
    assertTrue(blocks.stream().anyMatch(b -> b.kind() == BlockKind.LIST_ITEM));
    assertTrue(blocks.stream().anyMatch(b -> b.kind() == BlockKind.HEADING));
  }

  /**
   * Parses and checks that every block char maps to the same char (or a line break) in the source.
   */
  private List<TextBlock> parse(String text) {
    List<TextBlock> blocks = parser.parse(text);
    for (TextBlock block : blocks) {
      for (int i = 0; i < block.text().length(); i++) {
        char blockChar = block.text().charAt(i);
        char sourceChar = text.charAt(block.offsets().toSource(i));
        boolean joinedLineBreak = blockChar == ' ' && (sourceChar == '\n' || sourceChar == '\r');
        assertTrue(
            blockChar == sourceChar || joinedLineBreak,
            "block char " + i + " of '" + block.text() + "' maps to '" + sourceChar + "'");
      }
    }
    return blocks;
  }

  private static List<String> describe(List<TextBlock> blocks) {
    return blocks.stream().map(b -> b.kind() + "|" + b.text()).toList();
  }
}
