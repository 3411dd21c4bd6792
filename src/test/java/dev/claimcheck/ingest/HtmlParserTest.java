package dev.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
  private final HtmlParser parser = new HtmlParser();

  @Test
  void blockElementsBecomeBlocksOfTheirKind() {
    String source = """
        <html><body>
        <h1>Sleep and <em>Chamomile</em></h1>
        <p>First paragraph.</p>
        <div>Loose text in a div<p>and a nested paragraph.</p>tail of the div</div>
        <ul><li>One item</li><li><p>Item with a paragraph</p></li></ul>
        <blockquote><p>Quoted words.</p></blockquote>
        <table><tr><td>A cell</td></tr></table>
        </body></html>
        """;

    assertEquals(List.of(
        "HEADING|Sleep and Chamomile",
        "PARAGRAPH|First paragraph.",
        "PARAGRAPH|Loose text in a div",
        "PARAGRAPH|and a nested paragraph.",
        "PARAGRAPH|tail of the div",
        "LIST_ITEM|One item",
        "LIST_ITEM|Item with a paragraph",
        "QUOTE|Quoted words.",
        "PARAGRAPH|A cell"), describe(parse(source)));
  }

  @Test
  void pageFurnitureScriptsAndHiddenTextAreDropped() {
    String source = """
        <head><title>Title text</title><style>p{}</style></head>
        <body><header>Site header</header><nav>Menu</nav>
        <script>document.write("scripted")</script><noscript>No script</noscript>
        <p>Kept.</p><aside>Aside</aside><pre><code>code()</code></pre>
        <p hidden>Hidden</p><p style="display: none">Invisible</p><template><p>Template</p></template>
        <p>Also <img src="x.png" alt="alt text">kept.</p>
        <footer>Footer</footer></body>
        """;

    assertEquals(List.of("PARAGRAPH|Kept.", "PARAGRAPH|Also kept."), describe(parse(source)));
  }

  @Test
  void entitiesMapToTheirAmpersandAndWhiteSpaceCollapses() {
    String source = "<p>Salt &amp;\r\n   pepper&nbsp;&#x41;&copy x</p>";

    TextBlock block = parse(source).get(0);

    assertEquals("Salt & pepper\u00a0A\u00a9 x", block.text());
    assertEquals(source.indexOf("&amp;"), block.offsets().toSource(block.text().indexOf('&')));
    assertEquals(source.indexOf("pepper"), block.offsets().toSource(block.text().indexOf("pepper")));
    assertEquals(source.indexOf("&#x41;"), block.offsets().toSource(block.text().indexOf('A')));
    assertEquals(source.indexOf("&copy"), block.offsets().toSource(block.text().indexOf('\u00a9')));
    assertEquals(source.indexOf(" x</p>") + 2, block.offsets().toSourceEnd(block.text().length()));
  }

  @Test
  void inlineMarkupKeepsItsTextAndBreaksBecomeNewlines() {
    String source = "<p>Kra<b>tom</b> is <a href=\"https://x.example\">not approved</a>.<br>Next line.</p>";

    TextBlock block = parse(source).get(0);

    assertEquals("Kratom is not approved.\nNext line.", block.text());
    assertEquals(source.indexOf("tom"), block.offsets().toSource(3));
  }

  @Test
  void commentsAreCollectedWithTheirSpans() {
    String source = "<p>One.</p>\n<!-- claimcheck-disable-next-line X: why -->\n<p>Two.</p>";

    ParsedText parsed = parser.read(source);

    assertEquals(1, parsed.comments().size());
    SourceComment c = parsed.comments().get(0);
    assertEquals(" claimcheck-disable-next-line X: why ", c.text());
    assertEquals(source.indexOf("<!--"), c.start());
    assertEquals(source.indexOf("-->") + 3, c.end());
  }

  @Test
  void malformedHtmlStillGivesTheText() {
    List<TextBlock> blocks = parse("<p>Unclosed <b>bold <i>both</p><p>Next &bogus; & done");

    assertEquals(List.of("PARAGRAPH|Unclosed bold both", "PARAGRAPH|Next &bogus; & done"), describe(blocks));
  }

  @Test
  void emptyAndMarkupOnlyDocumentsHaveNoBlocks() {
    assertTrue(parse("").isEmpty());
    assertTrue(parse("<html><body>  <!-- c --> <script>x()</script></body></html>").isEmpty());
  }

  /** Parses and checks that every block char maps to the same char, a white space, or an entity's {@code &}. */
  private List<TextBlock> parse(String source) {
    List<TextBlock> blocks = parser.parse(source);
    for (TextBlock block : blocks) {
      for (int i = 0; i < block.text().length(); i++) {
        char blockChar = block.text().charAt(i);
        char sourceChar = source.charAt(block.offsets().toSource(i));
        boolean space = Character.isWhitespace(blockChar) || blockChar == '\u00a0';
        boolean br = blockChar == '\n' && sourceChar == '<';
        if (blockChar != sourceChar && !space && !br && sourceChar != '&') {
          fail("block '" + block.text() + "' char " + i + " '" + blockChar + "' maps to '" + sourceChar + "'");
        }
      }
    }
    return blocks;
  }

  private static List<String> describe(List<TextBlock> blocks) {
    return blocks.stream().map(b -> b.kind() + "|" + b.text()).toList();
  }
}
