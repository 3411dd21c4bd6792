package dev.claimcheck.report;

/**
 * Makes text from articles and file names safe to print on a terminal, on one line: control
 * characters (ESC above all, which starts the sequences that move the cursor, recolour, retitle the
 * window or write to the clipboard), DEL, C1 controls, line and paragraph separators,
 * bidirectional overrides and lone surrogates are shown as visible escapes ({@code \x1b} for ESC,
 * a backslash, u and four hex digits above U+00FF) instead of being passed through. Tabs and line breaks are escaped too, so that
 * one report line stays one line. Stateless.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every unsafe char replaced by a visible escape; unchanged when safe. */
  public static String safe(String text) {
    int i = 0;
    while (i < text.length() && !unsafeAt(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafeAt(text, i)) {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(text.charAt(++i)); // a valid pair: keep both halves
        }
      } else if (c < 0x100) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean unsafeAt(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return true; // a low surrogate reached on its own, not after its high half
    }
    return JsonTextEscapes.needsEscape(c);
  }
}
