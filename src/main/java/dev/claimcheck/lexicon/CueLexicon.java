package dev.claimcheck.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All cue phrases, indexed by their first word so that finding cues costs one map look-up per
 * token rather than a scan of the list. Immutable and thread-safe.
 */
public final class CueLexicon {
  /** A cue found in a token sequence: token indices [start, end). */
  public record Hit(Cue cue, int start, int end) {}

  /** Reads a token's two spellings (lower-cased text and lemma) without depending on its type. */
  public interface TokenView {
    int size();

    String lower(int i);

    String lemma(int i);
  }

  private final List<Cue> cues;
  private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

  public CueLexicon(List<Cue> cues) {
    this.cues = List.copyOf(cues);
    for (Cue cue : this.cues) {
      String first = cue.words().get(0);
      if (first.equals("*")) {
        throw new IllegalArgumentException("a cue may not start with *: " + cue.phrase());
      }
      byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(cue);
    }
    // Longer phrases first, so "no more than" wins over "no".
    byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
  }

  public static CueLexicon empty() {
    return new CueLexicon(List.of());
  }

  public List<Cue> cues() {
    return cues;
  }

  public List<Cue> cues(CueKind kind) {
    return cues.stream().filter(c -> c.kind() == kind).toList();
  }

  /**
   * Finds the cues of the given kinds in a token sequence. Where phrases of one kind overlap, the
   * longest one starting first wins.
   */
  public List<Hit> find(TokenView tokens, CueKind... kinds) {
    EnumMap<CueKind, Integer> coveredUntil = new EnumMap<>(CueKind.class);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Cue> candidates = candidates(tokens.lower(i), tokens.lemma(i));
      for (Cue cue : candidates) {
        if (!wanted(cue.kind(), kinds) || coveredUntil.getOrDefault(cue.kind(), 0) > i) {
          continue;
        }
        int end = matchAt(cue.words(), tokens, i);
        if (end > 0 && !afterExcludedWord(cue, tokens, i)) {
          hits.add(new Hit(cue, i, end));
          coveredUntil.put(cue.kind(), end);
        }
      }
    }
    return Collections.unmodifiableList(hits);
  }

  /** Whether the token before {@code i} is one of the cue's {@code notAfter} words. */
  private static boolean afterExcludedWord(Cue cue, TokenView tokens, int i) {
    return i > 0 && (cue.notAfter().contains(tokens.lower(i - 1)) || cue.notAfter().contains(tokens.lemma(i - 1)));
  }

  /** The cues starting with a token's text or lemma; copies only when both have some. */
  private List<Cue> candidates(String lower, String lemma) {
    List<Cue> byLower = byFirstWord.getOrDefault(lower, List.of());
    List<Cue> byLemma = lemma.equals(lower) ? List.of() : byFirstWord.getOrDefault(lemma, List.of());
    if (byLemma.isEmpty()) {
      return byLower;
    }
    if (byLower.isEmpty()) {
      return byLemma;
    }
    List<Cue> both = new ArrayList<>(byLower);
    both.addAll(byLemma);
    return both;
  }

  private static boolean wanted(CueKind kind, CueKind[] kinds) {
    if (kinds.length == 0) {
      return true;
    }
    for (CueKind k : kinds) {
      if (k == kind) {
        return true;
      }
    }
    return false;
  }

  /** Returns the end index when the words match from {@code start}, or -1. */
  static int matchAt(List<String> words, TokenView tokens, int start) {
    int t = start;
    for (String w : words) {
      if (t >= tokens.size()) {
        return -1;
      }
      if (!w.equals("*") && !w.equals(tokens.lower(t)) && !w.equals(tokens.lemma(t))) {
        return -1;
      }
      t++;
    }
    return t;
  }
}
