package dev.claimcheck.ingest;

import java.util.Objects;

/**
 * An HTML comment in a Markdown or HTML source, where editors leave instructions for tools (such
 * as claimcheck's suppression directives). Immutable.
 *
 * @param text the comment's content between {@code <!--} and {@code -->}, as written
 * @param start char index of {@code <!--} in the article's decoded text
 * @param end char index just after {@code -->} (exclusive)
 */
public record SourceComment(String text, int start, int end) {
  public SourceComment {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad comment span " + start + ".." + end);
    }
  }
}
