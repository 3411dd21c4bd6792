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

  /**
   * Whether the sentence is a title rather than a statement: a heading, or a line with no final
   * punctuation whose words are mostly capitalised ("- Managing Withdrawal With Kratom"). Titles
   * announce topics; they do not assert claims.
   */
  public boolean isTitleLike() {
    if (sentence.kind() == dev.claimcheck.ingest.BlockKind.HEADING) {
      return true;
    }
    String text = sentence.text().strip();
    if (text.isEmpty() || ".!?:;\"”’)".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token t : tokens) {
      if (Character.isLetter(t.text().charAt(0)) && t.text().length() > 3) {
        words++;
        if (Character.isUpperCase(t.text().charAt(0))) {
          capitalised++;
        }
      }
    }
    // Title case ("Managing Opioid Withdrawal with Kratom"), not a sentence-case fragment ("Reduces cravings").
    return words > 0 && capitalised * 2 >= words && (capitalised >= 2 || words == 1);
  }

  /** Whether the sentence is a question (ends with a question mark). */
  public boolean isQuestion() {
    return sentence.text().strip().endsWith("?");
  }
}
