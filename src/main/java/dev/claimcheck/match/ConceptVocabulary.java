package dev.claimcheck.match;

import dev.claimcheck.claims.Concept;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import opennlp.tools.stemmer.PorterStemmer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The concept vocabulary compiled for matching: every term and reference, tokenized the way
 * sentences are, indexed by its first word. Finding concepts costs a few map look-ups per token,
 * whatever the size of the vocabulary. Immutable and thread-safe.
 */
final class ConceptVocabulary {
  private record Term(String concept, List<String> words, List<String> stems, boolean reference) {}

  private final Map<String, List<Term>> byFirstWord = new HashMap<>();
  private final Map<String, List<Term>> byFirstStem = new HashMap<>();
  private final Set<String> substances = new LinkedHashSet<>();

  /**
   * @param termTokenizer splits a term into lower-case words exactly as sentences are tokenized
   *     ("7-hydroxymitragynine" may become several tokens)
   */
  ConceptVocabulary(Map<String, Concept> concepts, Function<String, List<String>> termTokenizer) {
    for (Concept concept : concepts.values()) {
      if (concept.isSubstance()) {
        substances.add(concept.id());
      }
      for (String term : concept.terms()) {
        add(term(concept.id(), termTokenizer.apply(term), false));
      }
      for (String ref : concept.references()) {
        add(term(concept.id(), termTokenizer.apply(ref), true));
      }
    }
    byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
  }

  private static Term term(String concept, List<String> words, boolean reference) {
    return new Term(concept, words, words.stream().map(ConceptVocabulary::stem).toList(), reference);
  }

  private void add(Term term) {
    if (!term.words().isEmpty()) {
      byFirstWord.computeIfAbsent(term.words().get(0), k -> new ArrayList<>()).add(term);
      byFirstStem.computeIfAbsent(term.stems().get(0), k -> new ArrayList<>()).add(term);
    }
  }

  /**
   * Porter stem, a fallback for words the lemmatizer left as written: it tags some participles as
   * adjectives and keeps them whole ("relieved", "eased"), which would hide a relief verb.
   */
  private static String stem(String word) {
    PorterStemmer stemmer = new PorterStemmer(); // not thread-safe; cheap to make
    return stemmer.stem(word);
  }

  boolean isSubstance(String concept) {
    return substances.contains(concept);
  }

  /**
   * All concept hits in a sentence, term hits and reference hits alike (the caller keeps
   * references only for the main subject). For one concept at one position, the longest term wins.
   */
  List<ConceptHit> find(AnalyzedSentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<ConceptHit> hits = new ArrayList<>();
    Map<String, Integer> coveredUntil = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (Term term : candidates(tokens.get(i))) {
        if (coveredUntil.getOrDefault(term.concept(), 0) > i) {
          continue;
        }
        int end = matchAt(term, tokens, i);
        if (end < 0 || (term.reference() && isExpletiveIt(tokens, i))) {
          continue;
        }
        coveredUntil.put(term.concept(), end);
        String text = sentence.text().substring(tokens.get(i).start(), tokens.get(end - 1).end());
        hits.add(new ConceptHit(term.concept(), text, i, end, anyNegated(sentence, i, end), sentence.isHedged(i), term.reference()));
      }
    }
    return hits;
  }

  private List<Term> candidates(Token token) {
    Set<String> keys = new LinkedHashSet<>(List.of(token.lower(), token.lemma(), withoutNegationAffix(token.lower())));
    Set<Term> out = new LinkedHashSet<>();
    for (String key : keys) {
      out.addAll(byFirstWord.getOrDefault(key, List.of()));
    }
    if (unlemmatised(token)) {
      out.addAll(byFirstStem.getOrDefault(stem(token.lower()), List.of()));
    }
    for (String part : hyphenParts(token.lower())) {
      out.addAll(byFirstWord.getOrDefault(part, List.of()));
    }
    List<Term> sorted = new ArrayList<>(out);
    sorted.sort((a, b) -> b.words().size() - a.words().size());
    return sorted;
  }

  private static int matchAt(Term term, List<Token> tokens, int start) {
    int t = start;
    for (int k = 0; k < term.words().size(); k++) {
      if (t >= tokens.size()) {
        return -1;
      }
      String w = term.words().get(k);
      Token token = tokens.get(t);
      boolean same = w.equals(token.lower()) || w.equals(token.lemma()) || w.equals(withoutNegationAffix(token.lower()))
          || (unlemmatised(token) && term.stems().get(k).equals(stem(token.lower())))
          || (term.words().size() == 1 && hyphenParts(token.lower()).contains(w));
      if (!same) {
        return -1;
      }
      t++;
    }
    return t;
  }

  /**
   * The parts of a hyphenated word, so that "kratom-related" still names kratom. Only one-word
   * terms match a part; "risk-free" keeps its own negation from the analysis.
   */
  private static List<String> hyphenParts(String lower) {
    if (lower.indexOf('-') <= 0) {
      return List.of();
    }
    return java.util.Arrays.stream(lower.split("-")).filter(p -> p.length() > 2).toList();
  }

  /** An alphabetic word whose lemma is the word itself although it carries an inflection. */
  private static boolean unlemmatised(Token token) {
    String w = token.lower();
    return token.lemma().equals(w) && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("es"));
  }

  /** "non-addictive" expresses "addictive" (negated by the analysis); "addiction-free" likewise. */
  private static String withoutNegationAffix(String lower) {
    if (lower.startsWith("non-") && lower.length() > 4) {
      return lower.substring(4);
    }
    if (lower.endsWith("-free") && lower.length() > 5) {
      return lower.substring(0, lower.length() - 5);
    }
    return lower;
  }

  private static boolean anyNegated(AnalyzedSentence sentence, int start, int end) {
    for (int i = start; i < end; i++) {
      if (sentence.isNegated(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "It is important to ..." / "it's essential that ...": a dummy "it" that refers to nothing, so it
   * must not stand for the article's subject.
   */
  private static boolean isExpletiveIt(List<Token> tokens, int i) {
    if (!tokens.get(i).lower().equals("it")) {
      return false;
    }
    int j = i + 1;
    if (j >= tokens.size() || !tokens.get(j).lemma().equals("be")) {
      return false;
    }
    for (int k = j + 1; k < Math.min(tokens.size(), j + 5); k++) {
      String lower = tokens.get(k).lower();
      if ((lower.equals("to") || lower.equals("that")) && tokens.get(k - 1).tag().equals("ADJ")) {
        return true;
      }
    }
    return false;
  }
}
