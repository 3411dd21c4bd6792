package dev.claimcheck.segment;

/**
 * A cue and the tokens it governs, as token indices of one sentence.
 *
 * @param cue the cue phrase as found (lower case)
 * @param cueStart first token of the cue
 * @param cueEnd token after the cue (exclusive)
 * @param scopeEnd token after the last governed token (exclusive); the scope starts at {@code cueStart}
 */
public record Scope(String cue, int cueStart, int cueEnd, int scopeEnd) {
  public boolean covers(int token) {
    return token >= cueStart && token < scopeEnd;
  }
}
