package dev.claimcheck.bench;

import java.util.Locale;

/**
 * Made-up words ("zorvelan", "kimatrex") for product names in the corpus and terms in the synthetic
 * database. Word {@code k} is a pure function of {@code k}, so the corpus generator and the
 * database generator can share a vocabulary without sharing state, and every run sees the same
 * words.
 */
final class PseudoWords {
  private static final String[] SYLLABLES = {
    "zor", "vel", "an", "ki", "ma", "trex", "lu", "nor", "qua", "sil", "bo", "ren", "dax", "fi", "gol",
    "hep", "ja", "ko", "lin", "mu", "nex", "or", "pa", "ruv", "sen", "tol", "ub", "vin", "wex", "yar",
    "zen", "cal", "dro", "eth", "fal", "gri", "hul", "ix", "jor", "kel"};

  private PseudoWords() {}

  /** How many distinct words there are (three syllables each). */
  static int count() {
    return SYLLABLES.length * SYLLABLES.length * SYLLABLES.length;
  }

  /** Word number {@code k} (0 &lt;= k &lt; count()), lower case. */
  static String word(int k) {
    int n = SYLLABLES.length;
    // A multiplicative scramble so neighbouring k do not share their first syllables.
    int s = (int) ((k * 2654435761L) % count());
    return SYLLABLES[s % n] + SYLLABLES[(s / n) % n] + SYLLABLES[(s / (n * n)) % n];
  }

  /** The word with its first letter in upper case, as a brand name is written. */
  static String name(int k) {
    String w = word(k);
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }
}
