package dev.claimcheck.report;

/**
 * Escapes text for HTML element content and quoted attribute values. Control characters other than
 * tab and line breaks are dropped (they have no business in a report and some browsers mis-handle
 * them). Stateless and thread-safe.
 */
final class HtmlEscaper {
  private HtmlEscaper() {}

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    escapeTo(text, sb);
    return sb.toString();
  }

  static void escapeTo(String text, StringBuilder sb) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
  }
}
