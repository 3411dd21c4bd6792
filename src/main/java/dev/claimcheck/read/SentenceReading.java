package dev.claimcheck.read;

import dev.claimcheck.segment.AnalyzedSentence;
import java.util.List;
import java.util.Objects;

/**
 * What a sentence says: its claim frames and the strength of the strongest. Read once per sentence
 * and shared by every check. Immutable.
 */
public record SentenceReading(AnalyzedSentence sentence, List<ClaimFrame> frames, List<Mention> mentions) {
  /**
   * A substance and an outcome named together with no relation word between them ("Fenugreek and
   * menstrual cramps", "glucosamine, knee pain and the evidence"): the sentence names a claim
   * about the pair without saying which.
   */
  public record Mention(String subject, String subjectText, String outcome, String outcomeText) {}

  public SentenceReading {
    Objects.requireNonNull(sentence, "sentence");
    frames = List.copyOf(frames);
    mentions = List.copyOf(mentions);
  }

  public SentenceReading(AnalyzedSentence sentence, List<ClaimFrame> frames) {
    this(sentence, frames, List.of());
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
