package dev.claimcheck.overstatement;

import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.MatchPattern;
import dev.claimcheck.lexicon.CueKind;
import dev.claimcheck.match.ClaimMatch;
import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.match.MatchedSentence;
import dev.claimcheck.segment.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a sentence asserts a claim it names, clause by clause. A clause asserts the claim
 * when it holds every concept of the claim's pattern (other than its subject) with the right
 * polarity, none of them under a hedge or a frame. A clause without the subject ("..., helping to
 * manage withdrawal") speaks about the subject of the nearest clause that names it, and shares
 * that clause's frame ("it outlines strategies for using kratom, emphasizing ..."), but not its
 * hedge: "it may bind to receptors, helping to manage withdrawal" asserts the help.
 * Immutable and thread-safe.
 */
final class AssertionReader {
  private final BenefitVocabulary vocabulary;

  AssertionReader(BenefitVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  ClaimAssertion read(ClaimMatch match, MatchedSentence sentence, SentenceCertainty certainty) {
    Claim claim = match.claim();
    Optional<String> subject = vocabulary.subjectOf(claim);
    List<Requirement> required = requirements(claim.match(), subject);
    Clauses clauses = certainty.clauses();
    for (int clause = 0; clause < clauses.count(); clause++) {
      Optional<List<ConceptHit>> found = assertedIn(clause, required, sentence, certainty);
      if (found.isPresent() && aboutSubject(clause, subject, sentence, certainty)) {
        return new ClaimAssertion(match, true, found.get());
      }
    }
    return new ClaimAssertion(match, false, match.hits());
  }

  /** A concept the claim needs, and whether it must be negated ("without the risk of addiction"). */
  private record Requirement(String concept, boolean negated) {}

  private static List<Requirement> requirements(MatchPattern pattern, Optional<String> subject) {
    List<Requirement> out = new ArrayList<>();
    pattern.all().stream().filter(c -> subject.map(s -> !s.equals(c)).orElse(true)).forEach(c -> out.add(new Requirement(c, false)));
    pattern.negated().stream().filter(c -> subject.map(s -> !s.equals(c)).orElse(true)).forEach(c -> out.add(new Requirement(c, true)));
    if (out.isEmpty()) {
      subject.ifPresent(s -> out.add(new Requirement(s, false)));
    }
    return out;
  }

  /** The unhedged, unframed hits that satisfy every requirement within one clause, if there are. */
  private Optional<List<ConceptHit>> assertedIn(int clause, List<Requirement> required, MatchedSentence sentence, SentenceCertainty certainty) {
    List<ConceptHit> found = new ArrayList<>();
    for (Requirement r : required) {
      Optional<ConceptHit> hit = sentence.concepts().stream()
          .filter(h -> h.concept().equals(r.concept()) && h.negated() == r.negated())
          .filter(h -> !r.negated() || deniedDirectly(h, sentence))
          .filter(h -> certainty.clauses().of(h.start()) == clause)
          .filter(h -> !certainty.hedged(h.start()) && !certainty.framed(h.start()))
          .filter(h -> !insideBoosterOrEvidential(h, certainty))
          .findFirst();
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      found.add(hit.get());
    }
    return Optional.of(found);
  }

  /**
   * A claim word that is itself a booster or an evidential ("proven", "studies show") asserts no
   * benefit by itself: it may as well qualify a harm ("proven to cause dependence"). The absolute
   * and evidence rules judge those words.
   */
  private static boolean insideBoosterOrEvidential(ConceptHit hit, SentenceCertainty certainty) {
    return certainty.cues().stream()
        .filter(c -> c.kind() == CueKind.BOOSTER || c.kind() == CueKind.EVIDENTIAL)
        .anyMatch(c -> c.start() <= hit.start() && hit.end() <= c.end());
  }

  /**
   * Whether the negation over a hit denies the hit itself rather than a benefit word before it:
   * "without the risk of addiction" denies addiction, "not a cure for addiction" denies the cure.
   */
  private boolean deniedDirectly(ConceptHit hit, MatchedSentence sentence) {
    int cueEnd = sentence.sentence().negations().stream()
        .filter(n -> n.covers(hit.start()))
        .mapToInt(Scope::cueEnd)
        .max().orElse(hit.start());
    return sentence.concepts().stream()
        .noneMatch(b -> b.start() >= cueEnd && b.start() < hit.start() && vocabulary.expressesBenefit(b.concept()));
  }

  private static boolean aboutSubject(int clause, Optional<String> subject, MatchedSentence sentence, SentenceCertainty certainty) {
    if (subject.isEmpty()) {
      return true;
    }
    Clauses clauses = certainty.clauses();
    // A subject word that is also a claim word ("strains like Maeng Da") names no separate subject.
    List<Integer> withSubject = sentence.concepts().stream()
        .filter(h -> h.concept().equals(subject.get()))
        .filter(h -> sentence.concepts().stream().noneMatch(o -> !o.concept().equals(h.concept()) && o.start() == h.start()))
        .map(h -> clauses.of(h.start()))
        .distinct().sorted().toList();
    if (withSubject.isEmpty() || withSubject.contains(clause)) {
      return true;
    }
    int nearest = withSubject.stream().filter(c -> c < clause).reduce((a, b) -> b).orElse(withSubject.get(0));
    return !certainty.hasFrame(nearest);
  }
}
