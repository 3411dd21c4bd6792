package dev.claimcheck.read;

import dev.claimcheck.claims.Relation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim read from a sentence: who (a registry substance, or any other subject) does what to
 * what, and how strongly. Immutable.
 *
 * @param subject the registry substance id, empty when the subject is something else ("shift work")
 * @param subjectText the subject's words as written ("it" for a pronoun that stands for the subject)
 * @param relation what the subject is said to do
 * @param outcome the outcome id, empty when the object is not in the vocabulary or not needed ("is safe")
 * @param outcomeText the object's words as written, empty when there is none
 * @param polarity whether the relation is negated
 * @param attribution whose claim it is
 * @param strength how strongly it is stated
 * @param boosters certainty cues in the sentence ("proven", "miracle", "studies show")
 * @param cue the words that state the relation ("eases", "is linked to")
 * @param cueStart first token of the cue
 * @param start first token of the frame
 * @param end token after the frame's last
 */
public record ClaimFrame(Optional<String> subject, String subjectText, Relation relation, Optional<String> outcome,
    String outcomeText, Polarity polarity, Attribution attribution, Strength strength, List<String> boosters, String cue,
    int cueStart, int start, int end) {
  public ClaimFrame {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(subjectText, "subjectText");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(outcomeText, "outcomeText");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(strength, "strength");
    boosters = List.copyOf(boosters);
  }

  /** Whether the author states it as so: affirmed, not reported, not denied. */
  public boolean isAuthorsClaim() {
    return polarity == Polarity.AFFIRMED && attribution == Attribution.AUTHOR;
  }
}
