package dev.claimcheck.overstatement;

import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clauses of one sentence: runs of tokens between clause breaks, numbered from 0. A break word
 * ("but", "which") opens the clause it introduces. A comma opens a clause only when what follows
 * it has a verb and is not an elaboration: list items and appositions ("relief from nausea,
 * insomnia, and cravings", "symptoms, including insomnia, common during withdrawal", "kratom, a
 * naturally occurring substance, ...") stay in the clause they elaborate. Immutable.
 */
final class Clauses {
  /**
   * The words at which TextAnalyzer ends hedge and negation scopes, so that a frame, a booster and a
   * hedge all govern the same stretch of a sentence.
   */
  private static final Set<String> BREAKS = TextAnalyzer.CLAUSE_BREAKS;

  /** Punctuation that opens a clause only before a verb: list and apposition commas do not. */
  private static final Set<String> SOFT_BREAKS = Set.of(",", "(", ")", "—", "–");

  /** Words that open an elaboration of what precedes, not a new clause. */
  private static final Set<String> ELABORATIONS =
      Set.of("including", "such", "like", "especially", "particularly", "notably", "namely", "e.g.", "i.e.");

  private final List<Integer> clauseOfToken;
  private final List<Integer> starts;

  private Clauses(List<Integer> clauseOfToken, List<Integer> starts) {
    this.clauseOfToken = List.copyOf(clauseOfToken);
    this.starts = List.copyOf(starts);
  }

  static Clauses of(List<Token> tokens) {
    List<Integer> clauseOf = new ArrayList<>(tokens.size());
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && opensClause(tokens, i) && starts.get(starts.size() - 1) < i) {
        starts.add(i);
      }
      clauseOf.add(starts.size() - 1);
    }
    return new Clauses(clauseOf, starts);
  }

  private static boolean opensClause(List<Token> tokens, int i) {
    if (!isBreak(tokens.get(i))) {
      return false;
    }
    if (!SOFT_BREAKS.contains(tokens.get(i).lower())) {
      return true;
    }
    int next = i + 1;
    if (next < tokens.size() && (ELABORATIONS.contains(tokens.get(next).lower()) || tokens.get(next).tag().equals("DET"))) {
      return false;
    }
    for (int j = next; j < tokens.size() && !isBreak(tokens.get(j)); j++) {
      if (tokens.get(j).isVerb()) {
        return true;
      }
    }
    return next < tokens.size() && isBreak(tokens.get(next));
  }

  static boolean isBreak(Token token) {
    return BREAKS.contains(token.lower());
  }

  int count() {
    return starts.size();
  }

  int of(int token) {
    return clauseOfToken.get(token);
  }

  /** First token of a clause. */
  int start(int clause) {
    return starts.get(clause);
  }

  /** Token after the last token of a clause (exclusive). */
  int end(int clause) {
    return clause + 1 < starts.size() ? starts.get(clause + 1) : clauseOfToken.size();
  }
}
