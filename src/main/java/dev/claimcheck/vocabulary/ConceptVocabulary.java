package dev.claimcheck.vocabulary;

import dev.claimcheck.claims.Concept;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import opennlp.tools.stemmer.PorterStemmer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The concept vocabulary compiled for matching: every term and reference, tokenized the way
 * sentences are, in a {@link TermTrie}. Finding concepts costs a few map look-ups per token,
 * whatever the size of the vocabulary. Immutable and thread-safe.
 *
 * <p>Finding runs in two steps because a reference ("it", "the plant") counts only for the
 * article's main subject, which is known only once every sentence has been read: {@link
 * #find(AnalyzedSentence)} walks the trie once per sentence, and {@link #hits} turns the result into
 * hits for a given subject. A pronoun thus costs the same whether ten or a thousand substances
 * list it as a reference.
 */
public final class ConceptVocabulary {
  /** What a sentence contains, before the main subject is known. */
  public record Found(AnalyzedSentence sentence, List<TermTrie.Reach> reaches) {
    public Found {
      reaches = List.copyOf(reaches);
    }
  }

  /** Longer terms first; of equally long ones, the one listed first in the database. */
  private static final Comparator<TermTrie.Term> LONGEST_FIRST =
      Comparator.comparingInt(TermTrie.Term::length).reversed().thenComparingInt(TermTrie.Term::order);

  private final TermTrie trie = new TermTrie();
  private final Set<String> substances = new LinkedHashSet<>();
  private final boolean comparativesAsWritten;

  /**
   * @param termTokenizer splits a term into lower-case words exactly as sentences are tokenized
   *     ("7-hydroxymitragynine" may become several tokens)
   */
  public ConceptVocabulary(Map<String, Concept> concepts, Function<String, List<String>> termTokenizer) {
    this(concepts, termTokenizer, false);
  }

  /**
   * @param comparativesAsWritten whether a comparative adjective matches only as written: "lower
   *     blood pressure" then does not name "low blood pressure"
   */
  public ConceptVocabulary(Map<String, Concept> concepts, Function<String, List<String>> termTokenizer,
      boolean comparativesAsWritten) {
    this.comparativesAsWritten = comparativesAsWritten;
    PorterStemmer stemmer = new PorterStemmer();
    for (Concept concept : concepts.values()) {
      if (concept.isSubstance()) {
        substances.add(concept.id());
      }
      for (String term : concept.terms()) {
        add(concept.id(), termTokenizer.apply(term), false, stemmer);
      }
      for (String ref : concept.references()) {
        add(concept.id(), termTokenizer.apply(ref), true, stemmer);
      }
    }
  }

  private void add(String concept, List<String> words, boolean reference, PorterStemmer stemmer) {
    if (!words.isEmpty()) {
      trie.add(concept, words, words.stream().map(stemmer::stem).toList(), reference);
    }
  }

  public boolean isSubstance(String concept) {
    return substances.contains(concept);
  }

  /** Every term and reference that occurs in the sentence, for {@link #hits}. */
  public Found find(AnalyzedSentence sentence) {
    List<Token> tokens = sentence.tokens();
    // Porter stems are a fallback for words the lemmatizer left as written: it tags some
    // participles as adjectives and keeps them whole ("relieved", "eased"), which would hide a
    // relief verb. PorterStemmer is not thread-safe: one per call.
    PorterStemmer stemmer = new PorterStemmer();
    List<TermTrie.Keys> keys = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      keys.add(keys(token, stemmer, comparativesAsWritten && isComparative(token)));
    }
    List<TermTrie.Reach> reaches = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      trie.walk(keys, i, reaches);
    }
    return new Found(sentence, reaches);
  }

  /**
   * The concept hits of a sentence: term hits, and reference hits for {@code subject} only. For
   * one concept at one position, the longest term wins; a hit covers later hits of its concept
   * that start inside it.
   */
  public List<ConceptHit> hits(Found found, Optional<String> subject) {
    AnalyzedSentence sentence = found.sentence();
    List<Token> tokens = sentence.tokens();
    List<ConceptHit> hits = new ArrayList<>();
    Map<String, Integer> coveredUntil = new HashMap<>();
    List<TermTrie.Term> atStart = new ArrayList<>();
    List<TermTrie.Reach> reaches = found.reaches();
    if (subject.isPresent() && elidedSubject(sentence)) {
      int verb = firstWord(tokens);
      hits.add(new ConceptHit(subject.get(), tokens.get(verb).text(), verb, verb + 1, false, sentence.isHedged(verb), true));
    }
    int r = 0;
    while (r < reaches.size()) {
      int start = reaches.get(r).start();
      atStart.clear();
      for (; r < reaches.size() && reaches.get(r).start() == start; r++) {
        TermTrie.Node node = reaches.get(r).node();
        atStart.addAll(node.terms());
        if (subject.isPresent() && node.reference(subject.get()) != null) {
          atStart.add(node.reference(subject.get()));
        }
      }
      atStart.sort(LONGEST_FIRST);
      for (TermTrie.Term term : atStart) {
        int end = start + term.length();
        if (coveredUntil.getOrDefault(term.concept(), 0) > start || (term.reference() && isExpletiveIt(tokens, start))) {
          continue;
        }
        coveredUntil.put(term.concept(), end);
        String text = sentence.text().substring(tokens.get(start).start(), tokens.get(end - 1).end());
        hits.add(new ConceptHit(term.concept(), text, start, end, anyNegated(sentence, start, end), sentence.isHedged(start), term.reference()));
      }
    }
    return hits;
  }

  /**
   * The spellings under which a token matches a term word: its lower-case text, its lemma, the
   * word inside a negation affix; its Porter stem when the lemmatizer left an inflected word as
   * written; and, for one-word terms only, the parts of a hyphenated word.
   */
  private static TermTrie.Keys keys(Token token, PorterStemmer stemmer, boolean asWritten) {
    List<String> words = new ArrayList<>(3);
    // "St." kept whole in a sentence also matches a name whose words were split without the dot.
    String undotted = token.lower().length() > 2 && token.lower().endsWith(".") ? token.lower().substring(0, token.lower().length() - 1) : token.lower();
    for (String w : new String[] {token.lower(), asWritten ? token.lower() : token.lemma(), withoutNegationAffix(token.lower()), undotted}) {
      if (!words.contains(w)) {
        words.add(w);
      }
    }
    String stem = unlemmatised(token) ? stemmer.stem(token.lower()) : null;
    return new TermTrie.Keys(words, stem, hyphenParts(token.lower()));
  }

  /** "lower", "higher", "worse": an adjective whose lemma is another word. */
  private static boolean isComparative(Token token) {
    String w = token.lower();
    String lemma = token.lemma();
    boolean suffixed = w.equals(lemma + "er") || w.equals(lemma + "r"); // "lower" read as "low", whatever its tag
    return suffixed || token.tag().equals("ADJ") && !lemma.equals(w) && (w.endsWith("er") || w.equals("worse") || w.equals("less"));
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
    return token.lemma().equals(w) && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("es")
        || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"));
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

  /**
   * Nouns of treatment that head what a negation denies when a complement follows: in "kratom is not
   * a cure for addiction" the cure is denied, not the addiction.
   */
  private static final Set<String> TREATMENT_HEADS = Set.of("cure", "treatment", "remedy", "solution", "answer", "fix",
      "substitute", "replacement", "therapy", "medicine");

  private static boolean anyNegated(AnalyzedSentence sentence, int start, int end) {
    for (dev.claimcheck.segment.Scope scope : sentence.negations()) {
      for (int i = start; i < end; i++) {
        if (scope.covers(i) && !treatmentHeadBetween(sentence.tokens(), scope.cueEnd(), start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a treatment noun with its complement ("cure for", "answer to") stands in [from, to). */
  private static boolean treatmentHeadBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      String next = tokens.get(k + 1).lower();
      if (TREATMENT_HEADS.contains(tokens.get(k).lemma()) && (next.equals("for") || next.equals("to") || next.equals("against"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence that opens with a verb in the third person singular ("Reduces cravings", "Eases
   * muscle aches"), as the items of a list of benefits do, has the article's subject as its unstated
   * subject: it counts as a reference to it.
   */
  /** The first token past a bullet or a number written in plain text ("- Reduces cravings", "2. Eases aches"). */
  private static int firstWord(List<Token> tokens) {
    int k = 0;
    while (k < tokens.size() && (tokens.get(k).isPunctuation() || tokens.get(k).isNumber() && k + 1 < tokens.size()
        && (tokens.get(k + 1).lower().equals(".") || tokens.get(k + 1).lower().equals(")")))) {
      k++;
    }
    return k;
  }

  private static boolean elidedSubject(AnalyzedSentence sentence) {
    List<Token> tokens = sentence.tokens();
    int k = firstWord(tokens);
    if (k >= tokens.size()) {
      return false;
    }
    Token first = tokens.get(k);
    String w = first.lower();
    boolean sForm = w.length() > 3 && (w.equals(first.lemma() + "s") || w.equals(first.lemma() + "es"));
    if (!sForm) {
      return false;
    }
    if (first.tag().equals("VERB")) {
      return true;
    }
    // The tagger often reads a capitalised verb with no subject as a noun ("Reduces/NOUN cravings").
    // A plural noun can look the same ("Opioids commonly cause ..."), so only a bullet-point
    // fragment counts: a list item with no verb of its own and no final full stop.
    boolean bullet = k > 0 || sentence.sentence().kind() == dev.claimcheck.ingest.BlockKind.LIST_ITEM;
    return bullet && (first.tag().equals("NOUN") || first.tag().equals("PROPN"))
        && !sentence.sentence().text().strip().endsWith(".")
        && tokens.stream().skip(k + 1).noneMatch(t -> t.tag().equals("VERB") || t.tag().equals("AUX"));
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
