package dev.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Splits Markdown (CommonMark) into blocks with commonmark-java: headings, paragraphs, list item
 * paragraphs and block quote paragraphs. Code blocks, HTML, YAML front matter and other custom
 * blocks are skipped: they are not prose a reader would take as a claim. Inline markup is removed
 * (see {@link InlineTextCollector}). HTML comments, in HTML blocks or inline, are collected as
 * {@link SourceComment}s. Stateless and thread-safe (commonmark's {@link Parser} is).
 *
 * <p>commonmark-java parses recursively in places, so absurdly deep nesting can overflow the stack;
 * {@link ArticleReader} turns that into an {@link InputException}.
 */
final class MarkdownParser implements BlockParser {
  private final Parser parser =
      Parser.builder()
          .extensions(List.of(YamlFrontMatterExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

  @Override
  public List<TextBlock> parse(String text) {
    return read(text).blocks();
  }

  @Override
  public ParsedText read(String text) {
    Node document = parser.parse(text);
    return new ParsedText(blocks(text, document), comments(text, document));
  }

  private static List<TextBlock> blocks(String text, Node document) {
    List<TextBlock> blocks = new ArrayList<>();
    // Iterative walk: deeply nested quotes or lists must not cost one stack frame per level here.
    Node node = document.getFirstChild();
    while (node != null) {
      boolean enterChildren = false;
      if (node instanceof Heading) {
        collect(text, node, BlockKind.HEADING, blocks);
      } else if (node instanceof Paragraph) {
        collect(text, node, containerKind(node), blocks);
      } else {
        enterChildren = !isSkipped(node);
      }
      node = following(node, document, enterChildren);
    }
    return blocks;
  }

  /**
   * The comments inside HTML blocks and inline HTML. Code blocks and code spans are other node
   * types, so a comment shown as an example inside code is not taken for a directive.
   */
  private static List<SourceComment> comments(String text, Node document) {
    List<SourceComment> comments = new ArrayList<>();
    Node node = document.getFirstChild();
    while (node != null) {
      if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
          SourceSpan last = spans.get(spans.size() - 1);
          int start = spans.get(0).getInputIndex();
          int end = Math.min(text.length(), last.getInputIndex() + last.getLength());
          Matcher m = COMMENT.matcher(text).region(start, end);
          while (m.find()) {
            comments.add(new SourceComment(m.group(1), m.start(), m.end()));
          }
        }
      }
      node = following(node, document, true);
    }
    return comments;
  }

  private static void collect(String text, Node leafBlock, BlockKind kind, List<TextBlock> blocks) {
    new InlineTextCollector(text).collect(leafBlock).build(kind).ifPresent(blocks::add);
  }

  private static boolean isSkipped(Node node) {
    return node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock
        || node instanceof HtmlBlock
        || node instanceof ThematicBreak
        || node instanceof LinkReferenceDefinition
        // YAML front matter, and blocks of any extension added later, until handled on purpose.
        || node instanceof CustomBlock;
  }

  /** A paragraph's kind comes from its nearest list item or block quote. */
  private static BlockKind containerKind(Node paragraph) {
    for (Node parent = paragraph.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof ListItem) {
        return BlockKind.LIST_ITEM;
      }
      if (parent instanceof BlockQuote) {
        return BlockKind.QUOTE;
      }
    }
    return BlockKind.PARAGRAPH;
  }

  /**
   * The node after {@code node} in document order within {@code root}, entering {@code node}'s
   * children only when {@code enterChildren}; null at the end of {@code root}.
   */
  static Node following(Node node, Node root, boolean enterChildren) {
    if (enterChildren && node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    for (Node current = node; current != null && current != root; current = current.getParent()) {
      if (current.getNext() != null) {
        return current.getNext();
      }
    }
    return null;
  }
}
