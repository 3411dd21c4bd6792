package dev.claimcheck.segment;

import java.util.Locale;

/**
 * The character and token tests that the sentence splitter's classes share: white space, the
 * punctuation that ends a sentence, closing and opening quotes and brackets. One copy, so that the
 * boundary rules, the abbreviation lookup and the list markers agree on what a token is made of.
 */
final class SplitText {
  private SplitText() {}

  private static final String CLOSERS = "\"'”’»›)]}";
  private static final String OPENERS = "\"'“‘«‹([{¿¡";

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isEos(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '‼' || c == '⁇' || c == '⁈'
        || c == '⁉' || c == '。' || c == '！' || c == '？';
  }

  static boolean isCloser(char c) {
    return CLOSERS.indexOf(c) >= 0;
  }

  private static boolean isOpener(char c) {
    return OPENERS.indexOf(c) >= 0;
  }

  static int skipOpeners(String s) {
    int i = 0;
    while (i < s.length() && isOpener(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean containsDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The token lower-cased, without opening quotes/brackets or trailing , ; : */
  static String plainLower(String token) {
    int start = skipOpeners(token);
    int end = token.length();
    while (end > start && ",;:".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
