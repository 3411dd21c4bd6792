package dev.claimcheck.match;

import dev.claimcheck.read.FrameReader;
import dev.claimcheck.read.SentenceReading;
import dev.claimcheck.vocabulary.ConceptHit;
import dev.claimcheck.vocabulary.ConceptVocabulary;
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
 * Each claim is indexed under the rarest of the concepts it requires, so a sentence retrieves only
 * claims whose rarest requirement it meets: the work per sentence does not grow with the database.
 * Immutable and thread-safe once built.
 */
public final class ClaimMatcher {
  private final ConceptVocabulary vocabulary;
  private final Map<String, List<Claim>> claimsByKey = new HashMap<>();
  private final FrameReader reader;
  private final EvidenceMatrix matrix;

  public ClaimMatcher(ClaimDatabase db, Function<String, List<String>> termTokenizer) {
    this.vocabulary = new ConceptVocabulary(db.concepts(), termTokenizer);
    this.reader = new FrameReader(db, termTokenizer);
    this.matrix = new EvidenceMatrix(db);
    // A claim can match only where every concept in all + negated occurs, so indexing it under
    // one of them loses nothing; the one required by the fewest claims keeps the lists short
    // ("KRATOM" is required by almost every kratom claim, "PROLACTIN" by two).
    Map<String, Integer> requiredBy = new HashMap<>();
    for (Claim claim : db.claims()) {
      required(claim).forEach(c -> requiredBy.merge(c, 1, Integer::sum));
    }
    for (Claim claim : db.claims()) {
      String key = required(claim).stream().min(Comparator.comparingInt(requiredBy::get)).orElseThrow(
          () -> new IllegalArgumentException("claim " + claim.id() + " requires no concept"));
      claimsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
    }
  }

  /** The concepts a sentence must contain for the claim to match, in pattern order. */
  private static Set<String> required(Claim claim) {
    return new LinkedHashSet<>(concat(claim.match().all(), claim.match().negated()));
  }

  /** Matches every sentence; the main subject is the substance the article names most often. */
  public MatchedArticle match(AnalyzedArticle article) {
    List<ConceptVocabulary.Found> found = new ArrayList<>();
    List<ConceptVocabulary.Found> read = new ArrayList<>();
    Map<String, Integer> substanceCounts = new LinkedHashMap<>();
    for (AnalyzedSentence s : article.sentences()) {
      ConceptVocabulary.Found f = vocabulary.find(s);
      found.add(f);
      read.add(reader.find(s));
      for (ConceptHit h : vocabulary.hits(f, Optional.empty())) {
        if (vocabulary.isSubstance(h.concept())) {
          substanceCounts.merge(h.concept(), 1, Integer::sum);
        }
      }
    }
    Optional<String> subject = substanceCounts.entrySet().stream()
        .max(Comparator.comparingInt(Map.Entry::getValue)) // ties keep the first mentioned
        .map(Map.Entry::getKey);
    Optional<String> substance = reader.mainSubject(read);
    List<MatchedSentence> sentences = new ArrayList<>();
    for (int i = 0; i < article.sentences().size(); i++) {
      SentenceReading reading = reader.read(read.get(i), substance);
      sentences.add(matchHits(article.sentences().get(i), vocabulary.hits(found.get(i), subject), subject, reading));
    }
    return new MatchedArticle(article, subject, sentences, substance);
  }

  /**
   * Matches one sentence given the main subject (used for database examples): a substance id, or
   * a concept id whose substance the registry knows by the same id.
   */
  public MatchedSentence match(AnalyzedSentence sentence, Optional<String> mainSubject) {
    return matchHits(sentence, vocabulary.hits(vocabulary.find(sentence), mainSubject), mainSubject,
        reader.read(sentence, mainSubject));
  }

  private MatchedSentence matchHits(AnalyzedSentence sentence, List<ConceptHit> raw, Optional<String> subject,
      SentenceReading reading) {
    List<ConceptHit> hits = raw.stream()
        .filter(h -> !h.viaReference() || refersToSubject(h, raw, subject))
        .toList();
    // Claims are compared by identity: a record's hashCode would hash its examples and sources.
    Set<Claim> candidates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<ClaimMatch> matches = new ArrayList<>();
    for (ConceptHit h : hits) {
      for (Claim claim : claimsByKey.getOrDefault(h.concept(), List.of())) {
        if (candidates.add(claim)) {
          matchClaim(claim, hits).ifPresent(matches::add);
        }
      }
    }
    matches.sort(Comparator.comparingDouble(ClaimMatch::score).reversed().thenComparing(m -> m.claim().id()));
    List<FrameMatch> frames = reading.frames().stream().map(f -> new FrameMatch(f, matrix.find(f))).toList();
    List<dev.claimcheck.claims.EvidenceRow> mentioned = reading.mentions().stream().map(matrix::find)
        .flatMap(java.util.Optional::stream).distinct().toList();
    return new MatchedSentence(sentence, hits, matches, reading, frames, mentioned);
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
    if (!p.some().isEmpty()) {
      Optional<ConceptHit> some = p.some().stream().map(c -> first(hits, c, h -> !h.negated()))
          .flatMap(Optional::stream).findFirst();
      if (some.isEmpty()) {
        return Optional.empty();
      }
      used.add(some.get());
    }
    int anyFound = 0;
    for (String concept : p.any()) {
      Optional<ConceptHit> hit = first(hits, concept, h -> !h.negated());
      if (hit.isPresent()) {
        used.add(hit.get());
        anyFound++;
      }
    }
    int some = p.some().isEmpty() ? 0 : 1;
    int total = p.all().size() + some + p.negated().size() + p.any().size();
    double score = (double) (p.all().size() + some + p.negated().size() + anyFound) / total;
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
