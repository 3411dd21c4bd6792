package dev.claimcheck.overstatement;

import dev.claimcheck.lexicon.CueKind;

/**
 * A certainty cue found in a sentence and not negated.
 *
 * @param kind what it signals
 * @param phrase the cue as written in the database
 * @param text the words as written in the sentence
 * @param start first token
 * @param end token after the last (exclusive)
 * @param weak whether it contains or overlaps a hedge ("studies suggest", "has shown potential", "a
 *     promising path"), so it claims less certainty than its kind alone would
 */
record FoundCue(CueKind kind, String phrase, String text, int start, int end, boolean weak) {
  boolean overlaps(int from, int to) {
    return start < to && from < end;
  }
}
