package dev.claimcheck.dosing;

import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.Concept;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.claims.SubstanceClass;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the substances of the database (by name, alias or their concept's terms) and the members
 * of substance classes (alcohol, benzodiazepines ...) in a sentence. A name matches word by word
 * against tokens' lower-case text or lemma, or as written across tokens ("7-OH" may be cut in
 * two). Names are indexed by first word and by text, so a token costs a few look-ups whatever the
 * number of substances. Immutable and thread-safe.
 */
final class SubstanceFinder {
  /** A substance or class found at tokens start..end. */
  record Hit(Substance substance, SubstanceClass substanceClass, int start, int end, boolean negated) {
    boolean isSubstance() {
      return substance != null;
    }
  }

  private record Name(Substance substance, SubstanceClass substanceClass, String text, List<String> words) {}

  private final List<Name> names = new ArrayList<>();
  /** Indices into {@link #names} (so, longest first) by first word and by whole text. */
  private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
  private final Map<String, List<Integer>> byText = new HashMap<>();
  /** Every name's text, to tell quickly whether any name starts with a token. */
  private final NavigableSet<String> texts = new TreeSet<>();
  private int longestText;

  SubstanceFinder(ClaimDatabase db) {
    for (Substance s : db.substances()) {
      Set<String> all = new LinkedHashSet<>(s.names());
      s.concept().map(db.concepts()::get).map(Concept::terms).ifPresent(all::addAll);
      all.forEach(n -> names.add(name(s, null, n)));
    }
    for (SubstanceClass c : db.substanceClasses()) {
      c.terms().forEach(t -> names.add(name(null, c, t)));
    }
    // Longest names first, so "kratom extract" wins over "kratom".
    names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
    for (int k = 0; k < names.size(); k++) {
      Name n = names.get(k);
      // Names of several words are indexed under their first two: thousands of names may share a
      // common first word ("the ..."), and a token should meet only those that can match.
      byFirstWord.computeIfAbsent(leading(n.words()), w -> new ArrayList<>()).add(k);
      byText.computeIfAbsent(n.text(), t -> new ArrayList<>()).add(k);
      texts.add(n.text());
      longestText = Math.max(longestText, n.text().length());
    }
  }

  private static Name name(Substance s, SubstanceClass c, String text) {
    String lower = text.toLowerCase(Locale.ROOT).strip();
    return new Name(s, c, lower, List.of(lower.split("\\s+")));
  }

  /** Substances and class members, each kind without overlaps (a word can be both: methadone). */
  List<Hit> find(AnalyzedSentence sentence) {
    List<Hit> hits = new ArrayList<>(find(sentence, true));
    hits.addAll(find(sentence, false));
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits;
  }

  private List<Hit> find(AnalyzedSentence sentence, boolean substances) {
    List<Token> tokens = sentence.tokens();
    String lowerText = sentence.text().toLowerCase(Locale.ROOT);
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int best = firstMatchingName(tokens, lowerText, i, substances);
      if (best >= 0) {
        Name n = names.get(best);
        int end = matchWords(n.words(), tokens, i);
        if (end < 0) {
          end = matchText(n.text(), tokens, lowerText, i);
        }
        hits.add(new Hit(n.substance(), n.substanceClass(), i, end, negated(sentence, i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return hits;
  }

  /**
   * The first name in {@link #names} (so the longest) of the wanted kind that matches at token
   * {@code i}, word by word or as written, or -1. Only names that can match are looked at: those
   * whose first word is the token's text or lemma, and those whose text is the text from this token
   * to a later token's end.
   */
  private int firstMatchingName(List<Token> tokens, String lowerText, int i, boolean substances) {
    int best = Integer.MAX_VALUE;
    Token token = tokens.get(i);
    List<String> keys = new ArrayList<>(spellings(token));
    if (i + 1 < tokens.size()) {
      for (String first : spellings(token)) {
        for (String second : spellings(tokens.get(i + 1))) {
          keys.add(first + " " + second);
        }
      }
    }
    for (String key : keys) {
      for (int k : byFirstWord.getOrDefault(key, List.of())) {
        if (k < best && wanted(k, substances) && matchWords(names.get(k).words(), tokens, i) > i) {
          best = k;
        }
      }
    }
    int from = token.start();
    if (token.end() <= lowerText.length() && startsAName(lowerText.substring(from, token.end()))) {
      for (int t = i; t < tokens.size() && tokens.get(t).end() - from <= longestText; t++) {
        if (tokens.get(t).end() > lowerText.length()) {
          break;
        }
        for (int k : byText.getOrDefault(lowerText.substring(from, tokens.get(t).end()), List.of())) {
          if (k < best && wanted(k, substances)) {
            best = k;
          }
        }
      }
    }
    return best == Integer.MAX_VALUE ? -1 : best;
  }

  /** The index key of a name: its first word, or its first two words. */
  private static String leading(List<String> words) {
    return words.size() == 1 ? words.get(0) : words.get(0) + " " + words.get(1);
  }

  private static List<String> spellings(Token token) {
    return token.lower().equals(token.lemma()) ? List.of(token.lower()) : List.of(token.lower(), token.lemma());
  }

  private boolean wanted(int k, boolean substances) {
    return (names.get(k).substance() != null) == substances;
  }

  /** Whether some name's text starts with {@code prefix}. */
  private boolean startsAName(String prefix) {
    String next = texts.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  private static int matchWords(List<String> words, List<Token> tokens, int start) {
    int t = start;
    for (String w : words) {
      if (t >= tokens.size() || !(tokens.get(t).lower().equals(w) || tokens.get(t).lemma().equals(w))) {
        return -1;
      }
      t++;
    }
    return t;
  }

  /** The name as written from token {@code start}, ending at a token boundary. */
  private static int matchText(String name, List<Token> tokens, String lowerText, int start) {
    int from = tokens.get(start).start();
    if (!lowerText.startsWith(name, from)) {
      return -1;
    }
    int to = from + name.length();
    for (int t = start; t < tokens.size(); t++) {
      if (tokens.get(t).end() == to) {
        return t + 1;
      }
      if (tokens.get(t).end() > to) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean negated(AnalyzedSentence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s.isNegated(i)) {
        return true;
      }
    }
    return false;
  }
}
