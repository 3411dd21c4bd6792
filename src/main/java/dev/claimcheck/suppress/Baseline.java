package dev.claimcheck.suppress;

import dev.claimcheck.check.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings already reviewed, read from an earlier JSON report ({@code --baseline}): a finding is
 * old when the same file has a finding with the same rule, claim id and sentence text. Offsets are
 * left out on purpose, so that editing other parts of an article does not bring reviewed findings
 * back. Counts matter: a sentence repeated after the review is new. Immutable and thread-safe.
 */
public final class Baseline {
  /** What identifies a finding across edits. */
  record Key(String rule, String claimId, String sentence) {
    static Key of(Finding f) {
      return new Key(f.rule(), f.claim().map(m -> m.claim().id().value()).orElse(""), normalize(f.sentence()));
    }
  }

  private final Map<String, Map<Key, Integer>> byPath;

  Baseline(Map<String, Map<Key, Integer>> byPath) {
    Map<String, Map<Key, Integer>> copy = new HashMap<>();
    byPath.forEach((path, keys) -> copy.put(path, Map.copyOf(keys)));
    this.byPath = Map.copyOf(copy);
  }

  public static Baseline empty() {
    return new Baseline(Map.of());
  }

  /** The number of findings in the baseline. */
  public int size() {
    return byPath.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
  }

  /** The findings of {@code path} that are not in the baseline. */
  public Outcome apply(String path, List<Finding> findings) {
    Map<Key, Integer> reviewed = byPath.get(normalizePath(path));
    if (reviewed == null) {
      return new Outcome(findings, 0);
    }
    Map<Key, Integer> left = new HashMap<>(reviewed);
    List<Finding> kept = new ArrayList<>();
    int old = 0;
    for (Finding f : findings) {
      Key key = Key.of(f);
      int n = left.getOrDefault(key, 0);
      if (n > 0) {
        left.put(key, n - 1);
        old++;
      } else {
        kept.add(f);
      }
    }
    return new Outcome(kept, old);
  }

  /** "./a/b.md", "a//b.md" and "a\b.md" name the same file as "a/b.md". */
  static String normalizePath(String path) {
    Objects.requireNonNull(path, "path");
    String p = path.replace('\\', '/').replaceAll("/{2,}", "/");
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p.replace("/./", "/");
  }

  /** White space differences (re-wrapping a paragraph) do not make a finding new. */
  static String normalize(String sentence) {
    return sentence.strip().replaceAll("\\s+", " ");
  }
}
