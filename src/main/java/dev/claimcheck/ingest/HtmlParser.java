package dev.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits an HTML page into blocks with jsoup: the visible prose of the body, as a reader sees it.
 *
 * <p>Page furniture and non-prose are dropped with everything inside: script, style, nav, header,
 * footer, aside, template, noscript, forms' buttons and selects, embedded media, {@code pre} (code
 * listings, skipped like Markdown code blocks) and elements marked {@code hidden}. Block elements
 * are hard boundaries: h1-h6 become {@link BlockKind#HEADING}, li/dt/dd {@link BlockKind#LIST_ITEM},
 * text inside blockquote {@link BlockKind#QUOTE}, and p, div, table cells and other text {@link
 * BlockKind#PARAGRAPH} (the innermost of these decides; p inherits). Inline markup (links, emphasis, spans,
 * inline code) keeps its text; images are dropped like Markdown images. White space collapses as a
 * browser shows it.
 *
 * <p>jsoup tracks where each node was in the source, so every char of a block maps back to the
 * original HTML: entity references such as {@code &amp;} map to their {@code &}. Comments are
 * collected as {@link SourceComment}s. Stateless and thread-safe (each call makes its own parser).
 */
final class HtmlParser implements BlockParser {
  private static final Set<String> DROPPED = Set.of(
      "head", "script", "style", "nav", "header", "footer", "aside", "template", "noscript",
      "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "button", "select",
      "option", "textarea", "pre", "img", "picture", "map");

  /** Elements whose start and end are block boundaries (a browser lays them out as blocks). */
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4",
      "h5", "h6", "hgroup", "hr", "legend", "li", "main", "menu", "ol", "p", "section", "summary",
      "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

  @Override
  public List<TextBlock> parse(String text) {
    return read(text).blocks();
  }

  @Override
  public ParsedText read(String text) {
    // A parser per call: jsoup's Parser keeps state while parsing.
    Document document = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
    Collector collector = new Collector(text);
    NodeTraversor.filter(collector, document.body());
    collector.flush();
    return new ParsedText(collector.blocks, comments(document));
  }

  private static List<SourceComment> comments(Document document) {
    List<SourceComment> comments = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Comment comment && comment.sourceRange().isTracked()) {
        Range r = comment.sourceRange();
        comments.add(new SourceComment(comment.getData(), r.startPos(), r.endPos()));
      }
    }, document);
    return comments;
  }

  /** Walks the body, building one block at a time. Not thread-safe: one per parse. */
  private static final class Collector implements NodeFilter {
    private final String source;
    private final List<TextBlock> blocks = new ArrayList<>();
    private BlockTextBuilder block = new BlockTextBuilder();
    private BlockKind kind = BlockKind.PARAGRAPH;

    /** Source index of the last char appended, for nodes whose position jsoup did not track. */
    private int lastSource;

    Collector(String source) {
      this.source = source;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (isDropped(element, name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(name)) {
          flush();
        } else if (name.equals("br")) {
          appendBreak(element);
        }
      } else if (node instanceof TextNode text) {
        append(text);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    private static boolean isDropped(Element element, String name) {
      if (DROPPED.contains(name) || element.hasAttr("hidden")
          || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
        return true;
      }
      String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      return style.contains("display:none") || style.contains("visibility:hidden");
    }

    void flush() {
      block.build(kind).ifPresent(blocks::add);
      block = new BlockTextBuilder();
    }

    private void appendBreak(Element br) {
      if (!block.isEmptyOrEndsWithWhitespace()) {
        Range r = br.sourceRange();
        block.append('\n', r.isTracked() ? r.startPos() : lastSource);
      }
    }

    private void append(TextNode node) {
      String decoded = node.getWholeText();
      if (decoded.isEmpty()) {
        return;
      }
      if (block.isEmptyOrEndsWithWhitespace() && isBlank(decoded)) {
        return;
      }
      if (block.isEmpty()) {
        kind = kindOf(node);
      }
      Range range = node.sourceRange();
      if (range.isTracked()) {
        new EntityAligner(source, range.startPos(), range.endPos()).align(decoded, this::appendChar);
      } else {
        for (int i = 0; i < decoded.length(); i++) {
          appendChar(decoded.charAt(i), lastSource);
        }
      }
    }

    /** Appends one decoded char, collapsing runs of HTML white space into one space. */
    private void appendChar(char c, int sourceIndex) {
      lastSource = sourceIndex;
      if (isHtmlSpace(c)) {
        if (!block.isEmptyOrEndsWithWhitespace()) {
          block.append(' ', sourceIndex);
        }
      } else {
        block.append(c, sourceIndex);
      }
    }

    /**
     * The innermost heading, list item, quote or table cell around the text decides its block's
     * kind; a p is neutral, so a paragraph inside a list item is a list item, as in Markdown.
     */
    private static BlockKind kindOf(Node text) {
      for (Element e = text.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
        switch (e.normalName()) {
          case "h1", "h2", "h3", "h4", "h5", "h6":
            return BlockKind.HEADING;
          case "li", "dt", "dd":
            return BlockKind.LIST_ITEM;
          case "blockquote":
            return BlockKind.QUOTE;
          case "td", "th", "figcaption", "caption":
            return BlockKind.PARAGRAPH;
          default:
            break;
        }
      }
      return BlockKind.PARAGRAPH;
    }

    private static boolean isBlank(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (!isHtmlSpace(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** HTML's white space (tab, line feed, form feed, carriage return, space); not no-break space. */
    private static boolean isHtmlSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
  }
}
