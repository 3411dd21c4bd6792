package dev.claimcheck.segment;

import dev.claimcheck.segment.Abbreviations.Abbrev;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pass that cuts run-on sentences ("the brain.Kratom is") out of a block's tokens before the
 * model and the boundary rules see them. Kept apart from those rules because it reads the chars
 * inside one token, while they decide the gaps between tokens.
 */
final class RunOnSentences {
  private RunOnSentences() {}

  /**
   * Cuts tokens where a sentence ends with no space after it ("the brain.Kratom is",
   * "Tuesday.Mr. Smith"), a common scraping artefact. Conservative, so that "Jane.Doe@x.com",
   * "example.com", "2.5", "U.S.Army" and "St.Louis" stay whole: the left part must be a number or
   * a word of two or more letters with a lower-case one that is not an abbreviation, the right
   * part a capitalised word with no further dots, and the token must not look like a URL or an
   * e-mail address.
   */
  static List<int[]> splitRunOnSentences(String text, List<int[]> tokens) {
    List<int[]> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      int s = tokens.get(k)[0];
      int e = tokens.get(k)[1];
      // The token without its final . ! ? and closers, found once: scanning it again for every
      // candidate dot made "a.Bb.Bb....." followed by many dots quadratic.
      int core = e;
      while (core > s
          && (SplitText.isEos(text.charAt(core - 1))
              || SplitText.isCloser(text.charAt(core - 1)))) {
        core--;
      }
      int cut = e - s >= 4 && !looksLikeAddress(text, s, e) ? runOnCut(text, s, e, core) : -1;
      if (cut < 0) {
        if (out != null) {
          out.add(tokens.get(k));
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, k));
      }
      while (cut >= 0) {
        out.add(new int[] {s, cut});
        s = cut;
        cut = runOnCut(text, s, e, core);
      }
      out.add(new int[] {s, e});
    }
    return out == null ? tokens : out;
  }

  private static boolean looksLikeAddress(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '@' || c == '\\' || c == '_' || c == '=') {
        return true;
      }
    }
    return e - s > 4 && text.regionMatches(true, s, "www.", 0, 4);
  }

  /**
   * The first index in (s, e) where a run-on sentence starts, or -1; {@code core} is where the
   * token's final punctuation begins.
   */
  private static int runOnCut(String text, int s, int e, int core) {
    for (int i = s + 1; i + 2 < e; i++) {
      char c = text.charAt(i);
      if ((c != '.' && c != '!' && c != '?')
          || !Character.isUpperCase(text.charAt(i + 1))
          || !Character.isLowerCase(text.charAt(i + 2))) {
        continue;
      }
      if (!plainRightWord(text, i + 1, core) || !plainLeftWord(text, s, i)) {
        continue;
      }
      return i + 1;
    }
    return -1;
  }

  private static boolean plainLeftWord(String text, int s, int i) {
    int j = i;
    while (j > s && Character.isLetter(text.charAt(j - 1))) {
      j--;
    }
    if (j == i) {
      // "bought 1,000.That is", but not the list marker in "1.The first item".
      return Character.isDigit(text.charAt(i - 1))
          && !ListMarkers.MARKER.matcher(text.substring(s, i + 1)).matches();
    }
    String word = text.substring(j, i);
    if (j > s && text.charAt(j - 1) == '.') {
      return false; // "U.S.Army", "e.g.The"
    }
    return word.length() >= 2
        && !word.equals(word.toUpperCase(Locale.ROOT))
        && Abbreviations.lookup(word) == Abbrev.NONE;
  }

  /** Whether [from, end) is a word; {@code end} excludes the token's final punctuation. */
  private static boolean plainRightWord(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != ',') {
        return false;
      }
    }
    return end > from;
  }
}
