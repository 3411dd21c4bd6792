package dev.claimcheck.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Maps the chars of an HTML text node, as jsoup decoded it, back to the source: plain chars map to
 * themselves, and every char an entity or character reference decodes to maps to the reference's
 * {@code &}. Not thread-safe: one aligner per text node.
 */
final class EntityAligner {
  /** Receives each decoded char with the source index it came from. */
  interface Sink {
    void accept(char c, int sourceIndex);
  }

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,10};?|[A-Za-z][A-Za-z0-9]{0,40};?)");

  private final String source;
  private final int start;
  private final int end;

  /** An aligner for the node whose source is {@code source[start, end)}. */
  EntityAligner(String source, int start, int end) {
    this.source = source;
    this.start = start;
    this.end = Math.min(end, source.length());
  }

  void align(String decoded, Sink sink) {
    int at = start;
    int k = 0;
    Matcher m = REFERENCE.matcher(source);
    while (k < decoded.length()) {
      if (at < end && source.charAt(at) == '&' && m.region(at, end).lookingAt()) {
        String reference = m.group();
        String value = Parser.unescapeEntities(reference, false);
        if (!value.equals(reference) && decoded.startsWith(value, k)) {
          for (int j = 0; j < value.length(); j++) {
            sink.accept(decoded.charAt(k + j), at);
          }
          k += value.length();
          at = m.end();
          continue;
        }
      }
      // A plain char; if jsoup's text and the source ever disagree, stay inside the node.
      sink.accept(decoded.charAt(k), Math.max(start, Math.min(at, end - 1)));
      k++;
      at++;
    }
  }
}
