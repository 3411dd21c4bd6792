package dev.claimcheck.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One cue phrase.
 *
 * @param kind what the cue signals
 * @param phrase the phrase as written in the database (lower case)
 * @param words the phrase split into words; each word matches a token's lower-cased text or lemma,
 *     and {@code *} matches any one token
 * @param notAfter words (matched like the phrase's) that, right before the phrase, make it no cue:
 *     "free from" negates, but not in "break free from"
 * @param examples sentences in which the cue must be found
 * @param counterexamples sentences in which it must not be found
 */
public record Cue(
    CueKind kind, String phrase, List<String> words, List<String> notAfter, List<String> examples,
    List<String> counterexamples) {
  public Cue {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phrase, "phrase");
    words = List.copyOf(words);
    notAfter = List.copyOf(notAfter);
    examples = List.copyOf(examples);
    counterexamples = List.copyOf(counterexamples);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a cue needs at least one word");
    }
  }
}
