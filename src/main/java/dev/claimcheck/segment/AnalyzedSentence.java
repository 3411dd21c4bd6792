package dev.claimcheck.segment;

import java.util.List;
import java.util.Objects;

/**
 * A sentence analysed once: its tokens and the negation and hedge scopes found in it.
 * Immutable; checks read it and never re-tokenize.
 */
public record AnalyzedSentence(
    int index, Sentence sentence, List<Token> tokens, List<Scope> negations, List<Scope> hedges) {
  public AnalyzedSentence {
    Objects.requireNonNull(sentence, "sentence");
    tokens = List.copyOf(tokens);
    negations = List.copyOf(negations);
    hedges = List.copyOf(hedges);
  }

  public String text() {
    return sentence.text();
  }

  /** Whether token {@code i} lies inside a negation scope. */
  public boolean isNegated(int i) {
    for (Scope s : negations) {
      if (s.covers(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} lies inside a hedge scope. */
  public boolean isHedged(int i) {
    for (Scope s : hedges) {
      if (s.covers(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence is a question (ends with a question mark). */
  public boolean isQuestion() {
    return sentence.text().strip().endsWith("?");
  }
}
