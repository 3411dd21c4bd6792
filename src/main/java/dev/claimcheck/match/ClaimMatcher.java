package dev.claimcheck.match;

import dev.claimcheck.claims.Claim;
import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.MatchPattern;
import dev.claimcheck.segment.AnalyzedArticle;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Matches sentences against the claims database by meaning: concepts found through lemmas and the
 * vocabulary, pronouns resolved to the article's main subject, and polarity from negation scopes.
 * Claims are indexed by their required concepts, so only claims whose concepts occur in a sentence
 * are ever tried. Immutable and thread-safe once built.
 */
public final class ClaimMatcher {
  private final ConceptVocabulary vocabulary;
  private final Map<String, List<Claim>> claimsByConcept = new HashMap<>();

  public ClaimMatcher(ClaimDatabase db, Function<String, List<String>> termTokenizer) {
    this.vocabulary = new ConceptVocabulary(db.concepts(), termTokenizer);
    for (Claim claim : db.claims()) {
      // Every claim has at least one required concept; index it under each of them.
      MatchPattern p = claim.match();
      for (String concept : new LinkedHashSet<>(concat(p.all(), p.negated()))) {
        claimsByConcept.computeIfAbsent(concept, k -> new ArrayList<>()).add(claim);
      }
    }
  }

  /** Matches every sentence; the main subject is the substance the article names most often. */
  public MatchedArticle match(AnalyzedArticle article) {
    List<List<ConceptHit>> found = new ArrayList<>();
    Map<String, Integer> substanceCounts = new LinkedHashMap<>();
    for (AnalyzedSentence s : article.sentences()) {
      List<ConceptHit> hits = vocabulary.find(s);
      found.add(hits);
      for (ConceptHit h : hits) {
        if (!h.viaReference() && vocabulary.isSubstance(h.concept())) {
          substanceCounts.merge(h.concept(), 1, Integer::sum);
        }
      }
    }
    Optional<String> subject = substanceCounts.entrySet().stream()
        .max(Comparator.comparingInt(Map.Entry::getValue)) // ties keep the first mentioned
        .map(Map.Entry::getKey);
    List<MatchedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < article.sentences().size(); i++) {
      sentences.add(matchHits(article.sentences().get(i), found.get(i), subject));
    }
    return new MatchedArticle(article, subject, sentences);
  }

  /** Matches one sentence given the main subject (used for database examples). */
  public MatchedSentence match(AnalyzedSentence sentence, Optional<String> mainSubject) {
    return matchHits(sentence, vocabulary.find(sentence), mainSubject);
  }

  private MatchedSentence matchHits(AnalyzedSentence sentence, List<ConceptHit> raw, Optional<String> subject) {
    List<ConceptHit> hits = raw.stream()
        .filter(h -> !h.viaReference() || refersToSubject(h, raw, subject))
        .toList();
    Set<Claim> candidates = new LinkedHashSet<>();
    for (ConceptHit h : hits) {
      candidates.addAll(claimsByConcept.getOrDefault(h.concept(), List.of()));
    }
    List<ClaimMatch> matches = new ArrayList<>();
    for (Claim claim : candidates) {
      matchClaim(claim, hits).ifPresent(matches::add);
    }
    matches.sort(Comparator.comparingDouble(ClaimMatch::score).reversed().thenComparing(m -> m.claim().id()));
    return new MatchedSentence(sentence, hits, matches);
  }

  /**
   * A pronoun or "the plant" stands for the main subject, unless the sentence has just named
   * another substance: in "buprenorphine works on its own", "its" is buprenorphine.
   */
  private boolean refersToSubject(ConceptHit ref, List<ConceptHit> all, Optional<String> subject) {
    if (subject.isEmpty() || !subject.get().equals(ref.concept())) {
      return false;
    }
    for (ConceptHit h : all) {
      if (h.start() < ref.start() && !h.viaReference() && vocabulary.isSubstance(h.concept())
          && !h.concept().equals(ref.concept())) {
        boolean subjectNamedLater = all.stream().anyMatch(o -> !o.viaReference()
            && o.concept().equals(ref.concept()) && o.start() > h.start() && o.start() < ref.start());
        if (!subjectNamedLater) {
          return false;
        }
      }
    }
    return true;
  }

  private Optional<ClaimMatch> matchClaim(Claim claim, List<ConceptHit> hits) {
    MatchPattern p = claim.match();
    List<ConceptHit> used = new ArrayList<>();
    for (String concept : p.all()) {
      // A negation denies the predicate, not the substance: in "no one has died from kratom" the
      // claim is still about kratom.
      boolean substance = vocabulary.isSubstance(concept);
      Optional<ConceptHit> hit = first(hits, concept, h -> substance || !h.negated());
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      used.add(hit.get());
    }
    for (String concept : p.negated()) {
      Optional<ConceptHit> hit = first(hits, concept, ConceptHit::negated);
      if (hit.isEmpty()) {
        return Optional.empty();
      }
      used.add(hit.get());
    }
    for (String concept : p.none()) {
      if (first(hits, concept, h -> true).isPresent()) {
        return Optional.empty();
      }
    }
    int anyFound = 0;
    for (String concept : p.any()) {
      Optional<ConceptHit> hit = first(hits, concept, h -> !h.negated());
      if (hit.isPresent()) {
        used.add(hit.get());
        anyFound++;
      }
    }
    int total = p.all().size() + p.negated().size() + p.any().size();
    double score = (double) (p.all().size() + p.negated().size() + anyFound) / total;
    used.sort(Comparator.comparingInt(ConceptHit::start));
    return Optional.of(new ClaimMatch(claim, score, used));
  }

  /** The first hit of a concept that passes the test, preferring words over pronouns. */
  private static Optional<ConceptHit> first(List<ConceptHit> hits, String concept, Predicate<ConceptHit> test) {
    Optional<ConceptHit> viaRef = Optional.empty();
    for (ConceptHit h : hits) {
      if (h.concept().equals(concept) && test.test(h)) {
        if (!h.viaReference()) {
          return Optional.of(h);
        }
        if (viaRef.isEmpty()) {
          viaRef = Optional.of(h);
        }
      }
    }
    return viaRef;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
