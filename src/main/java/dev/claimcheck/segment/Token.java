package dev.claimcheck.segment;

import java.util.Objects;

/**
 * One token of a sentence with its tag and lemma.
 *
 * @param text the token as written
 * @param lower the token lower-cased (for matching)
 * @param tag the Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, NUM, ...)
 * @param lemma the lower-case lemma
 * @param start char index in the sentence text
 * @param end end char index in the sentence text (exclusive)
 */
public record Token(String text, String lower, String tag, String lemma, int start, int end) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(lemma, "lemma");
  }

  public boolean isVerb() {
    return tag.equals("VERB") || tag.equals("AUX");
  }

  public boolean isNoun() {
    return tag.equals("NOUN") || tag.equals("PROPN");
  }

  public boolean isNumber() {
    return tag.equals("NUM");
  }

  public boolean isPunctuation() {
    return tag.equals("PUNCT");
  }

  /** Whether the token equals {@code word} as written (lower case) or as lemma. */
  public boolean is(String word) {
    return lower.equals(word) || lemma.equals(word);
  }
}
