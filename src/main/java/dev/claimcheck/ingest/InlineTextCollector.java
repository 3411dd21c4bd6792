package dev.claimcheck.ingest;

import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Collects the visible text of one Markdown heading or paragraph: the literals of its text and code
 * span nodes, with emphasis, link and code delimiters, link destinations, images and inline HTML
 * left out. Soft line breaks become a space and hard line breaks a newline, each mapped to the line
 * break in the source. Not thread-safe: one collector per block.
 */
final class InlineTextCollector {
  private final String source;
  private final BlockTextBuilder block = new BlockTextBuilder();

  /** Source index just after the last inline leaf seen; line breaks are searched from here. */
  private int cursor;

  /** Whether an image or inline HTML was just dropped, leaving the spaces around it doubled. */
  private boolean afterDropped;

  InlineTextCollector(String source) {
    this.source = source;
  }

  BlockTextBuilder collect(Node leafBlock) {
    // Not just the block's own span: after a link reference definition whose title did not parse,
    // commonmark gives the paragraph spans that start after the lines its inline text comes from.
    cursor = startOf(leafBlock);
    Node first = leafBlock.getFirstChild();
    if (first != null && !first.getSourceSpans().isEmpty()) {
      cursor = Math.min(cursor, startOf(first));
    }
    Node node = leafBlock.getFirstChild();
    while (node != null) {
      boolean enterChildren = false;
      boolean dropped = false;
      if (node instanceof Text text) {
        String literal = text.getLiteral();
        if (afterDropped && block.isEmptyOrEndsWithWhitespace()) {
          // "a <!-- c --> b" reads "a b", not "a  b"; the aligner skips the dropped source space.
          literal = literal.stripLeading();
        }
        appendLiteral(literal, text.getSourceSpans(), true);
      } else if (node instanceof Code code) {
        // Code spans keep backslashes and entities as written.
        appendLiteral(code.getLiteral(), code.getSourceSpans(), false);
      } else if (node instanceof SoftLineBreak) {
        appendLineBreak(' ');
      } else if (node instanceof HardLineBreak) {
        appendLineBreak('\n');
      } else if (node instanceof Image || node instanceof HtmlInline) {
        // Image alt text is not shown to readers, so images are dropped like inline HTML.
        dropped = true;
      } else {
        // Emphasis, links and anything unknown: keep the text inside.
        enterChildren = true;
      }
      if (!enterChildren) {
        afterDropped = dropped;
        cursor = Math.max(cursor, endOf(node));
      }
      node = MarkdownParser.following(node, leafBlock, enterChildren);
    }
    return block;
  }

  private void appendLiteral(String literal, List<SourceSpan> spans, boolean decodesEscapes) {
    int fallback = Math.max(0, Math.min(cursor, source.length() - 1));
    new LiteralAligner(source, spans, decodesEscapes, fallback).alignTo(literal, block);
  }

  private void appendLineBreak(char c) {
    if (block.isEmptyOrEndsWithWhitespace()) {
      return;
    }
    // The first line break after the text so far, which is where this break is in the source.
    int lineBreak = block.lastSourceIndex() + 1;
    while (lineBreak < source.length() && !isLineBreak(source.charAt(lineBreak))) {
      lineBreak++;
    }
    block.append(c, Math.min(lineBreak, source.length() - 1));
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private int startOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
  }

  private int endOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return cursor;
    }
    SourceSpan last = spans.get(spans.size() - 1);
    return last.getInputIndex() + last.getLength();
  }
}
