package dev.claimcheck.read;

import dev.claimcheck.segment.AnalyzedSentence;
import java.util.List;
import java.util.Objects;

/**
 * What a sentence says: its claim frames and the strength of the strongest. Read once per sentence
 * and shared by every check. Immutable.
 */
public record SentenceReading(AnalyzedSentence sentence, List<ClaimFrame> frames) {
  public SentenceReading {
    Objects.requireNonNull(sentence, "sentence");
    frames = List.copyOf(frames);
  }

  /** The strongest frame's strength; none without frames. */
  public Strength strength() {
    Strength s = Strength.NONE;
    for (ClaimFrame f : frames) {
      if (f.strength().compareTo(s) > 0) {
        s = f.strength();
      }
    }
    return s;
  }
}
