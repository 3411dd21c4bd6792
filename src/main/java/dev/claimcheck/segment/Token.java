package dev.claimcheck.segment;

import java.util.Objects;

/**
 * One token of a sentence with its tag and lemma.
 *
 * @param text the token as written
 * @param lower the token lower-cased (for matching)
 * @param tag the part-of-speech tag (Penn Treebank style, e.g. NN, VBZ)
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
    return tag.startsWith("VB") || tag.equals("MD");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isNumber() {
    return tag.equals("CD");
  }
}
