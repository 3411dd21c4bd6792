package dev.claimcheck.segment;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List markers ("1.", "b)", "(iv)") and bullets, and the gaps before the items of an inline list
 * ("1. Mix it 2. Stir it"). Kept apart from the boundary rules because a marker looks like the end
 * of a sentence or a number inside one ("from 1 to 2. The"): only the whole run of markers in a
 * block tells them apart, so the items are found here in one pass before any gap is decided.
 */
final class ListMarkers {
  private ListMarkers() {}

  // Word lists. All lower case; compared with the lower-cased word unless noted.

  /** Words after which "2." is a number in the text, not the next item of an inline list. */
  private static final Set<String> NOT_BEFORE_LIST_ITEM =
      Set.of(
          "to", "from", "of", "than", "and", "or", "by", "at", "in", "on", "about", "around",
          "approximately", "between", "over", "under", "with", "within", "for", "is", "was",
          "are", "were", "be", "been", "-", "–", "—", "step", "steps", "day", "days", "week",
          "weeks", "month", "months", "year", "years", "level", "grade", "stage", "type", "phase",
          "table", "figure", "fig.", "no.", "page", "p.", "chapter", "section", "part", "version",
          "number", "dose", "doses", "group", "vitamin", "hepatitis", "plan", "option", "x",
          "times", "only", "just", "take", "takes", "took", "taking", "every");

  /** A list marker that can stand at the start of a sentence: "1.", "2.)", "10)", "a.", "(b)". */
  static final Pattern MARKER =
      Pattern.compile("\\(?(\\d{1,3}|[A-Za-z]|[ivxIVX]{2,4})(?:\\.\\)|\\.|\\))");

  /** A marker that can continue an inline list: numbers and lower-case letters. */
  private static final Pattern LIST_ITEM =
      Pattern.compile("\\(?(\\d{1,3}|[a-z])(?:\\.\\)|\\.|\\))");

  private static final String BULLETS = "•‣⁃◦▪▫●○■□➢➤►▶✓✔❖";

  private static boolean isBullet(char c) {
    return BULLETS.indexOf(c) >= 0;
  }

  private static String stripBullet(String token) {
    return !token.isEmpty() && isBullet(token.charAt(0)) ? token.substring(1) : token;
  }

  private static boolean isBulletOnly(String token) {
    return token.length() == 1 && isBullet(token.charAt(0));
  }

  // --- inline lists -------------------------------------------------------------------------

  /**
   * Marks the gaps before inline list items: before every bullet, and before "2." when a list
   * started with "1." (or "b." after "a.") at the start of the block or of a sentence. Requiring
   * the sequence avoids splitting "rose from 1 to 2. The" or "Table 2. The".
   */
  static void findListItems(String[] tokens, boolean[] listCut) {
    int expectedNumber = -1;
    char expectedLetter = 0;
    for (int t = 0; t < tokens.length; t++) {
      String tok = tokens[t];
      if (t > 0 && isBullet(tok.charAt(0))) {
        listCut[t - 1] = true;
      }
      if (t == tokens.length - 1) {
        break;
      }
      Matcher m = LIST_ITEM.matcher(stripBullet(tok));
      if (!m.matches()) {
        continue;
      }
      String value = m.group(1);
      boolean number = Character.isDigit(value.charAt(0));
      int num = number ? Integer.parseInt(value) : -1;
      char letter = number ? 0 : value.charAt(0);
      boolean continues =
          t > 0
              && (number ? num == expectedNumber : letter == expectedLetter)
              && !NOT_BEFORE_LIST_ITEM.contains(SplitText.plainLower(tokens[t - 1]))
              && !SplitText.containsDigit(tokens[t - 1]);
      if (continues) {
        listCut[t - 1] = true;
      } else if (!atSentenceStart(tokens, t) || (t > 0 && num != 1 && letter != 'a')) {
        continue;
      }
      if (number) {
        expectedNumber = num + 1;
      } else {
        expectedLetter = (char) (letter + 1);
      }
    }
  }

  private static boolean atSentenceStart(String[] tokens, int t) {
    if (t == 0 || isBulletOnly(tokens[t - 1]) || (t == 1 && isBulletOnly(tokens[0]))) {
      return true;
    }
    String prev = tokens[t - 1];
    int end = prev.length();
    while (end > 0 && SplitText.isCloser(prev.charAt(end - 1))) {
      end--;
    }
    // Not after ':' - "Side effects include: 1) nausea 2) vomiting" stays one sentence.
    return end > 0 && SplitText.isEos(prev.charAt(end - 1));
  }

  /** The sentence so far is only a list marker, maybe after a bullet. */
  static boolean isMarkerSentence(String[] tokens, int sentStart, int g) {
    if (g == sentStart) {
      return MARKER.matcher(stripBullet(tokens[g])).matches();
    }
    return isBulletOnly(tokens[sentStart]) && MARKER.matcher(tokens[g]).matches();
  }
}
