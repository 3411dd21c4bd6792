package dev.claimcheck.dosing;

import dev.claimcheck.claims.ClaimDatabase;
import dev.claimcheck.claims.Concept;
import dev.claimcheck.claims.Substance;
import dev.claimcheck.claims.SubstanceClass;
import dev.claimcheck.segment.AnalyzedSentence;
import dev.claimcheck.segment.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the substances of the database (by name, alias or their concept's terms) and the members
 * of substance classes (alcohol, benzodiazepines ...) in a sentence. A name matches word by word
 * against tokens' lower-case text or lemma, or as written across tokens ("7-OH" may be cut in
 * two). Immutable and thread-safe.
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
      Hit hit = null;
      for (Name n : names) {
        if ((n.substance() != null) != substances) {
          continue;
        }
        int end = matchWords(n.words(), tokens, i);
        if (end < 0) {
          end = matchText(n.text(), tokens, lowerText, i);
        }
        if (end > i) {
          hit = new Hit(n.substance(), n.substanceClass(), i, end, negated(sentence, i, end));
          break;
        }
      }
      if (hit != null) {
        hits.add(hit);
        i = hit.end();
      } else {
        i++;
      }
    }
    return hits;
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
