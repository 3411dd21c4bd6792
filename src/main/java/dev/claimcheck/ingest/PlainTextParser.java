package dev.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into blocks, one per line except where a line is a soft wrap of the previous
 * one. Articles pasted from web pages keep each paragraph, heading and bullet on its own line
 * without blank lines between them, so a line break is a hard boundary by default.
 *
 * <p>Rules: blank lines separate blocks; a line continues the previous one (soft wrap) only when it
 * starts with a lowercase letter and the previous line does not end with terminal punctuation; a
 * line starting with a list marker is a {@link BlockKind#LIST_ITEM} (marker kept, since readers and
 * the gold labels treat "- Heading text" as one sentence); a short single line without terminal
 * punctuation is a {@link BlockKind#HEADING}. Stateless and thread-safe.
 */
final class PlainTextParser implements BlockParser {
  /**
   * Longest line still taken for a heading. Seed articles have 13-word headings ("Navigating ...
   * and Side Effects"); a longer line without a full stop is more likely a truncated sentence.
   */
  static final int MAX_HEADING_WORDS = 15;

  private static final Pattern LIST_MARKER = Pattern.compile("(?:[-*\u2022]|\\d{1,3}[.)])[ \t]");
  private static final Pattern WORD_SEPARATOR = Pattern.compile("\\s+");
  private static final String CLOSERS = "\"'\u201d\u2019\u00bb)]";
  private static final String TERMINALS = ".!?:\u2026";

  /**
   * One line of the source: content {@code [start, end)} with surrounding whitespace removed, and
   * the index of the line break that ends it (the text length for the last line).
   */
  private record Line(int start, int end, int lineBreak) {}

  /** The block being built: the lines joined so far by soft wraps. */
  private static final class OpenBlock {
    private final BlockTextBuilder text = new BlockTextBuilder();
    private final boolean listItem;
    private int lineCount;
    private String lastLine;
    private int lastLineBreak;

    OpenBlock(boolean listItem) {
      this.listItem = listItem;
    }

    void add(String source, Line line) {
      if (lineCount > 0) {
        // The space that joins soft-wrapped lines stands for the line break.
        text.append(' ', lastLineBreak);
      }
      text.appendSource(source, line.start(), line.end());
      lineCount++;
      lastLine = source.substring(line.start(), line.end());
      lastLineBreak = line.lineBreak();
    }

    void addTo(List<TextBlock> blocks) {
      BlockKind kind;
      if (listItem) {
        kind = BlockKind.LIST_ITEM;
      } else if (lineCount == 1 && isHeadingLine(lastLine)) {
        kind = BlockKind.HEADING;
      } else {
        kind = BlockKind.PARAGRAPH;
      }
      text.build(kind).ifPresent(blocks::add);
    }
  }

  @Override
  public List<TextBlock> parse(String text) {
    List<TextBlock> blocks = new ArrayList<>();
    OpenBlock open = null;
    for (Line line : lines(text)) {
      String content = text.substring(line.start(), line.end());
      if (!hasLetterOrDigit(content)) {
        // Blank lines end a block; decoration lines such as "-----" or "* * *" do too, instead of
        // turning into one-"sentence" headings.
        if (open != null) {
          open.addTo(blocks);
          open = null;
        }
        continue;
      }
      boolean listItem = LIST_MARKER.matcher(content).lookingAt();
      if (open == null || listItem || !isSoftWrap(open.lastLine, content)) {
        if (open != null) {
          open.addTo(blocks);
        }
        open = new OpenBlock(listItem);
      }
      open.add(text, line);
    }
    if (open != null) {
      open.addTo(blocks);
    }
    return blocks;
  }

  private static boolean isSoftWrap(String previousLine, String nextLine) {
    return Character.isLowerCase(nextLine.codePointAt(0)) && !endsWithTerminal(previousLine);
  }

  private static boolean isHeadingLine(String line) {
    // Counts at most MAX_HEADING_WORDS + 1 words: a 10 MB line is not split into a million strings.
    return !endsWithTerminal(line)
        && WORD_SEPARATOR.splitAsStream(line.strip()).limit(MAX_HEADING_WORDS + 1L).count()
            <= MAX_HEADING_WORDS;
  }

  /** True when the line ends with . ! ? : or an ellipsis, possibly followed by closing quotes. */
  private static boolean endsWithTerminal(String line) {
    int end = line.length();
    while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && TERMINALS.indexOf(line.charAt(end - 1)) >= 0;
  }

  private static boolean hasLetterOrDigit(String content) {
    return content.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** The lines of {@code text} (split at \n, \r\n and \r) with surrounding whitespace trimmed. */
  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart <= n) {
      int end = lineStart;
      while (end < n && !isLineBreak(text.charAt(end))) {
        end++;
      }
      int start = lineStart;
      int contentEnd = end;
      while (start < contentEnd && BlockTextBuilder.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (contentEnd > start && BlockTextBuilder.isWhitespace(text.charAt(contentEnd - 1))) {
        contentEnd--;
      }
      lines.add(new Line(start, contentEnd, end));
      if (end == n) {
        break;
      }
      lineStart = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
    return lines;
  }
}
