package dev.claimcheck.overstatement;

import dev.claimcheck.lexicon.CueKind;
import dev.claimcheck.lexicon.CueLexicon;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Scope;
import dev.claimcheck.segment.TextAnalyzer;
import dev.claimcheck.segment.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the certainty of a sentence from the cue lexicon and the sentence's hedge and negation
 * scopes. Immutable and thread-safe.
 */
final class CertaintyReader {
  /** Verbs that make a following cue a predicate of the clause's subject ("is often considered"). */
  private static final Set<String> COPULAS = Set.of("be", "remain", "have", "become", "seem");

  /** Verbs whose "that" clause is asserted, not framed: "it is important to note that ...". */
  private static final Set<String> FACTIVES = Set.of("note", "remember", "recognize", "recognise", "realize", "realise", "know", "acknowledge");

  private final CueLexicon lexicon;

  CertaintyReader(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  SentenceCertainty read(AnalyzedSentence sentence) {
    List<Token> tokens = sentence.tokens();
    Clauses clauses = Clauses.of(tokens);
    List<FoundCue> cues = cues(sentence);
    List<String> hedgeTexts = new ArrayList<>();
    BitSet hedged = new BitSet();
    BitSet hedgedBeyondModal = new BitSet();
    for (Scope scope : sentence.hedges()) {
      if (absorbed(scope, cues)) {
        continue;
      }
      hedgeTexts.add(text(sentence, scope.cueStart(), scope.cueEnd()));
      // To the end of the clause, not just of the scope: a hedge also governs the list that
      // follows it ("may ease nausea, insomnia, and cravings").
      int end = Math.max(scope.scopeEnd(), governedEnd(tokens, clauses, scope.cueStart(), scope.cueEnd()));
      hedged.set(hedgeStart(tokens, clauses, scope), end);
      if (!tokens.get(scope.cueStart()).tag().equals("AUX")) {
        hedgedBeyondModal.set(hedgeStart(tokens, clauses, scope), end);
      }
    }
    BitSet framed = new BitSet();
    BitSet framedClauses = new BitSet();
    for (FoundCue frame : cues) {
      if (frame.kind() == CueKind.ATTRIBUTION && !citesEvidence(frame, cues)) {
        int from = isPredicate(tokens, clauses, frame.start()) ? subjectStart(tokens, clauses, frame.start()) : frame.start();
        int end = factiveThat(tokens, frame.end(), governedEnd(tokens, clauses, frame.start(), frame.end()));
        framed.set(from, end);
        framedClauses.set(clauses.of(from), clauses.of(end - 1) + 1);
      }
    }
    return new SentenceCertainty(sentence, clauses, cues, hedgeTexts, hedged, hedgedBeyondModal, framed, framedClauses);
  }

  /** The booster, evidential, attribution and promotional cues that are not negated. */
  private List<FoundCue> cues(AnalyzedSentence sentence) {
    CueLexicon.TokenView view = TextAnalyzer.view(sentence.tokens());
    List<CueLexicon.Hit> negationWords = lexicon.find(view, CueKind.NEGATION);
    List<FoundCue> cues = new ArrayList<>();
    for (CueLexicon.Hit hit : lexicon.find(view, CueKind.BOOSTER, CueKind.EVIDENTIAL, CueKind.ATTRIBUTION, CueKind.PROMOTIONAL)) {
      if (!negated(sentence, negationWords, hit.start())) {
        boolean weak = sentence.hedges().stream().anyMatch(h -> h.cueStart() < hit.end() && hit.start() < h.cueEnd());
        cues.add(new FoundCue(hit.cue().kind(), hit.cue().phrase(), text(sentence, hit.start(), hit.end()), hit.start(), hit.end(), weak));
      }
    }
    return cues;
  }

  /**
   * A cue is negated when a negation scope opened before it covers it ("there is no proven
   * benefit") or a negation word stands right before it ("not without risk": the analysis cancels
   * that pair, but it still denies the absolute). Negation words inside the cue itself ("no side
   * effects") do not count.
   */
  private static boolean negated(AnalyzedSentence sentence, List<CueLexicon.Hit> negationWords, int start) {
    for (Scope scope : sentence.negations()) {
      if (scope.cueStart() < start && scope.covers(start)) {
        return true;
      }
    }
    return negationWords.stream().anyMatch(n -> n.end() == start);
  }

  /** Where a factive "that" clause starts before {@code end}, or {@code end}. */
  private static int factiveThat(List<Token> tokens, int from, int end) {
    for (int i = from; i + 1 < end; i++) {
      if (FACTIVES.contains(tokens.get(i).lemma()) && tokens.get(i + 1).lower().equals("that")) {
        return i + 1;
      }
    }
    return end;
  }

  /** "According to research" invokes evidence; it does not attribute a report. */
  private static boolean citesEvidence(FoundCue frame, List<FoundCue> cues) {
    return cues.stream().anyMatch(c -> c.kind() == CueKind.EVIDENTIAL && c.overlaps(frame.start(), frame.end()));
  }

  /**
   * Where a cue stops governing: the end of its clause, or of the next one when the cue opens the
   * sentence with a verbless phrase of its own ("Anecdotally, ...", "According to some users,
   * ..."). A cue later in an opening phrase ("By carefully considering the dose, ...") governs only
   * that phrase.
   */
  private static int governedEnd(List<Token> tokens, Clauses clauses, int cueStart, int cueEnd) {
    int clause = clauses.of(cueStart);
    if (cueStart == 0 && clauses.count() > 1) {
      boolean verbless = true;
      for (int i = cueEnd; i < clauses.end(0); i++) {
        verbless &= !tokens.get(i).isVerb();
      }
      if (verbless) {
        return clauses.end(1);
      }
    }
    return clauses.end(clause);
  }

  /**
   * "Studies suggest" is an evidential, "a promising path" a promotional phrase: a hedge inside
   * them only weakens them. A hedge that reaches beyond them still hedges ("small studies suggest").
   */
  private static boolean absorbed(Scope hedge, List<FoundCue> cues) {
    return cues.stream().anyMatch(c -> (c.kind() == CueKind.EVIDENTIAL || c.kind() == CueKind.PROMOTIONAL)
        && c.start() <= hedge.cueStart() && hedge.cueEnd() <= c.end());
  }

  /**
   * Where a hedge starts governing. Normally at its cue; a predicate hedge ("... is being
   * studied", "... remains unclear") governs its subject too, and a hedging noun its modifiers
   * ("the therapeutic potential").
   */
  private static int hedgeStart(List<Token> tokens, Clauses clauses, Scope scope) {
    int start = scope.cueStart();
    if (isPredicate(tokens, clauses, start)) {
      return subjectStart(tokens, clauses, start);
    }
    if (scope.cueEnd() == start + 1 && tokens.get(start).tag().equals("NOUN")) {
      int clauseStart = clauses.start(clauses.of(start));
      while (start > clauseStart && (tokens.get(start - 1).tag().equals("ADJ") || tokens.get(start - 1).isNoun())) {
        start--;
      }
    }
    return start;
  }

  /** Whether the cue is (or directly follows) a copula: "is often considered", "has gained attention". */
  private static boolean isPredicate(List<Token> tokens, Clauses clauses, int cueStart) {
    if (COPULAS.contains(tokens.get(cueStart).lemma())) {
      return true;
    }
    int clauseStart = clauses.start(clauses.of(cueStart));
    int i = cueStart - 1;
    while (i >= clauseStart && isFiller(tokens.get(i))) {
      i--;
    }
    return i >= clauseStart && COPULAS.contains(tokens.get(i).lemma()) && tokens.get(i).isVerb();
  }

  /**
   * The start of the subject a predicate cue speaks about: back over the copula to the start of
   * the clause or to another finite verb. A predicate joined by "and" to an earlier one has no
   * subject of its own, so "kratom relieves pain and is potentially addictive" keeps its first
   * predicate unhedged (while "monitoring relief and side effects is essential" frames both).
   */
  private static int subjectStart(List<Token> tokens, Clauses clauses, int cueStart) {
    int clauseStart = clauses.start(clauses.of(cueStart));
    int i = cueStart;
    while (i > clauseStart && (isFiller(tokens.get(i - 1)) || COPULAS.contains(tokens.get(i - 1).lemma()))) {
      i--;
    }
    if (i > clauseStart && (tokens.get(i - 1).lower().equals("and") || tokens.get(i - 1).lower().equals("or"))) {
      return i;
    }
    while (i > clauseStart && !isFiniteVerb(tokens.get(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isFiller(Token t) {
    return t.tag().equals("DET") || t.tag().equals("ADV") || t.tag().equals("PART");
  }

  private static boolean isFiniteVerb(Token t) {
    return t.isVerb() && !t.lower().endsWith("ing");
  }

  private static String text(AnalyzedSentence sentence, int start, int end) {
    return sentence.text().substring(sentence.tokens().get(start).start(), sentence.tokens().get(end - 1).end());
  }
}
