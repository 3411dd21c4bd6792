package dev.claimcheck.report;

/**
 * Escapes text for HTML element content and quoted attribute values. Control characters other than
 * tab and line breaks, DEL, C1 controls and bidirectional overrides are dropped (they have no
 * business in a report and some browsers mis-handle them); U+2028 and U+2029 become character
 * references. Stateless and thread-safe.
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
        case '\u2028', '\u2029' -> sb.append("&#x").append(Integer.toHexString(c)).append(';');
        default -> {
          // Bidirectional overrides are dropped too: they can make a line read unlike its text.
          boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
              || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
          if (!control) {
            sb.append(c);
          }
        }
      }
    }
  }
}
