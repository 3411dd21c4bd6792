package dev.claimcheck.overstatement;

import dev.claimcheck.claims.ClaimKind;
import dev.claimcheck.claims.Rating;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.segment.Token;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One sentence as the rules see it. Immutable.
 *
 * @param matched the sentence with its concepts and claim matches
 * @param certainty the cues, hedges and frames of the sentence
 * @param claims the benefit and safety claims it names, with whether it asserts them
 * @param aboutSubject whether it speaks about the article's main subject (names it, refers to it, or
 *     names one of its benefit or safety claims) rather than about something else
 * @param vocabulary what the database says about concepts
 */
record Reading(MatchedSentence matched, SentenceCertainty certainty, List<ClaimAssertion> claims, boolean aboutSubject,
    BenefitVocabulary vocabulary) {
  /** Unsupported before contested before supported; then the closer match first. */
  static final Comparator<ClaimAssertion> WORST_FIRST = Comparator
      .comparingInt((ClaimAssertion a) -> -deficit(a.claim().rating()))
      .thenComparing(a -> -a.match().score());

  Reading {
    Objects.requireNonNull(matched, "matched");
    Objects.requireNonNull(certainty, "certainty");
    Objects.requireNonNull(vocabulary, "vocabulary");
    claims = List.copyOf(claims);
  }

  /** How far a rating falls short of established evidence: 0 supported, 1 contested, 2 unsupported. */
  static int deficit(Rating rating) {
    return switch (rating) {
      case SUPPORTED -> 0;
      case CONTESTED -> 1;
      case UNSUPPORTED -> 2;
    };
  }

  boolean isTitle() {
    return matched.sentence().isTitleLike();
  }

  /**
   * Whether the clause states a risk: a harm claim has a word there and no benefit word does,
   * other than the cue being judged ("proven to cause dependence" is a statement of risk).
   */
  boolean statesRisk(int clause, FoundCue cue) {
    return !harmHits(clause).isEmpty() && benefitHits(clause).stream().allMatch(h -> cue.overlaps(h.start(), h.end()));
  }

  /**
   * Concept hits in the clause that express a benefit, are not negated and are not also words of
   * a harm the sentence names ("nausea" may be a symptom a benefit relieves, or a side effect).
   */
  List<ConceptHit> benefitHits(int clause) {
    List<ConceptHit> harms = harmHits(clause);
    return matched.concepts().stream()
        .filter(h -> certainty.clauses().of(h.start()) == clause && !h.negated())
        .filter(h -> vocabulary.expressesBenefit(h.concept()))
        .filter(h -> harms.stream().noneMatch(x -> x.start() < h.end() && h.start() < x.end()))
        .toList();
  }

  private List<ConceptHit> harmHits(int clause) {
    return matched.claims().stream()
        .filter(m -> m.claim().kind() == ClaimKind.HARM)
        .flatMap(m -> m.hits().stream())
        .filter(h -> certainty.clauses().of(h.start()) == clause)
        .toList();
  }

  /** Words that open a clause the preceding cue does not reach: "research shows X, but Y". */
  private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "whereas", "while", "yet");

  /**
   * Whether the claim is stated in what the cue governs: some hit of a concept the claim requires
   * (other than its subject) lies after the cue, before any contrasting clause, and is not
   * attributed to someone else. A hit inside the cue does not count, so "research shows" does not
   * cite the claim "kratom is a proven treatment" just because the claim's vocabulary lists it.
   */
  boolean statedAfter(ClaimMatch match, FoundCue cue) {
    var subject = vocabulary.subjectOf(match.claim());
    var pattern = match.claim().match();
    return matched.concepts().stream()
        .filter(h -> h.start() >= cue.end() && subject.map(s -> !s.equals(h.concept())).orElse(true))
        .filter(h -> pattern.all().contains(h.concept()) || pattern.negated().contains(h.concept()))
        .anyMatch(h -> !certainty.framed(h.start()) && !contrastBetween(cue.start(), h.start()));
  }

  private boolean contrastBetween(int from, int to) {
    Clauses clauses = certainty.clauses();
    for (int c = clauses.of(from) + 1; c <= clauses.of(to); c++) {
      int start = clauses.start(c);
      List<Token> tokens = matched.sentence().tokens();
      // The clause opens with its break word, or with a comma before it.
      if (CONTRASTS.contains(tokens.get(start).lower())
          || (start + 1 < tokens.size() && CONTRASTS.contains(tokens.get(start + 1).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the claim has a word in the clause. */
  static boolean touchesClause(ClaimAssertion a, Clauses clauses, int clause) {
    return a.touches(clauses.start(clause), clauses.end(clause))
        || a.match().hits().stream().anyMatch(h -> clauses.of(h.start()) == clause);
  }
}
