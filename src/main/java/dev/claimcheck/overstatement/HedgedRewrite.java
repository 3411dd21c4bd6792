package dev.claimcheck.overstatement;

import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hedges the verb that asserts a benefit, for a suggested rewrite: "offers relief" becomes "may
 * offer relief", "can help" "may help", "it's effective" "it may be effective", and a participle
 * after a comma ("..., offering relief") "potentially offering relief". Only these simple shapes;
 * anything else gets no rewrite rather than a clumsy one. Stateless.
 */
final class HedgedRewrite {
  private HedgedRewrite() {}

  /**
   * @param hits the hits of the clause that asserts the benefit; the verb is the nearest one at or
   *     before the last of them, within that clause
   * @param afterSubject token indices that directly follow a mention of the claim's subject: the
   *     tagger often reads the verb of a short "Kratom relieves pain" as a plural noun, but a word
   *     in -s right after the subject is its verb
   */
  static Optional<String> of(AnalyzedSentence sentence, Clauses clauses, List<ConceptHit> hits, Set<Integer> afterSubject) {
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    int last = hits.stream().mapToInt(ConceptHit::start).max().getAsInt();
    int clause = clauses.of(last);
    List<Token> tokens = sentence.tokens();
    for (int i = last; i >= clauses.start(clause); i--) {
      boolean opensClause = i > 0 && i == clauses.start(clause) + 1 && Clauses.isBreak(tokens.get(i - 1));
      Optional<String> hedged = hedge(tokens, i, opensClause, afterSubject.contains(i));
      if (hedged.isPresent()) {
        Token t = tokens.get(i);
        String text = sentence.text();
        return Optional.of(text.substring(0, t.start()) + hedged.get() + text.substring(t.end()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> hedge(List<Token> tokens, int i, boolean opensClause, boolean afterSubject) {
    Token t = tokens.get(i);
    if (!t.isVerb()) {
      boolean thirdPerson = t.lower().equals(t.lemma() + "s") || t.lower().equals(t.lemma() + "es");
      return afterSubject && thirdPerson ? Optional.of("may " + t.lemma()) : Optional.empty();
    }
    boolean glued = t.text().startsWith("'") || t.text().startsWith("’");
    if (t.lower().equals("can") || t.lower().equals("will")) {
      return Optional.of("may");
    }
    if (t.lemma().equals("be") && !t.lower().equals("be") && !t.lower().equals("being") && !t.lower().equals("been")) {
      return Optional.of(glued ? " may be" : "may be");
    }
    if (t.tag().equals("VERB") && t.lower().endsWith("s") && !t.lemma().equals(t.lower())) {
      return Optional.of("may " + t.lemma());
    }
    if (opensClause && t.tag().equals("VERB") && t.lower().endsWith("ing")) {
      return Optional.of("potentially " + t.text());
    }
    return Optional.empty();
  }
}
