package dev.claimcheck.overstatement;

import dev.claimcheck.lexicon.CueKind;
import dev.claimcheck.segment.AnalyzedSentence;
import java.util.BitSet;
import java.util.List;

/**
 * How certain each part of one sentence sounds: the cues found in it, which tokens a hedge
 * calibrates, and which tokens a frame (attribution, inquiry, advice) keeps from being asserted.
 * Immutable once read; made by {@link CertaintyReader}.
 */
final class SentenceCertainty {
  private final AnalyzedSentence sentence;
  private final Clauses clauses;
  private final List<FoundCue> cues;
  private final List<String> hedges;
  private final BitSet hedged;
  private final BitSet hedgedBeyondModal;
  private final BitSet framed;
  private final BitSet framedClauses;

  SentenceCertainty(AnalyzedSentence sentence, Clauses clauses, List<FoundCue> cues, List<String> hedges,
      BitSet hedged, BitSet hedgedBeyondModal, BitSet framed, BitSet framedClauses) {
    this.sentence = sentence;
    this.clauses = clauses;
    this.cues = List.copyOf(cues);
    this.hedges = List.copyOf(hedges);
    this.hedged = (BitSet) hedged.clone();
    this.hedgedBeyondModal = (BitSet) hedgedBeyondModal.clone();
    this.framed = (BitSet) framed.clone();
    this.framedClauses = (BitSet) framedClauses.clone();
  }

  AnalyzedSentence sentence() {
    return sentence;
  }

  Clauses clauses() {
    return clauses;
  }

  /** Booster, evidential, attribution and promotional cues, in sentence order. */
  List<FoundCue> cues() {
    return cues;
  }

  List<FoundCue> cues(CueKind kind) {
    return cues.stream().filter(c -> c.kind() == kind).toList();
  }

  /** The hedges that calibrate something in the sentence, as written. */
  List<String> hedges() {
    return hedges;
  }

  /** Whether a hedge that is not part of a stronger cue governs the token. */
  boolean hedged(int token) {
    return hedged.get(token);
  }

  /**
   * Whether a hedge other than a modal verb governs the token: "a potential natural solution"
   * qualifies the solution itself, "may find it a valuable tool" leaves "valuable" standing.
   */
  boolean hedgedBeyondModal(int token) {
    return hedgedBeyondModal.get(token);
  }

  /** Whether an attribution or framing cue governs the token. */
  boolean framed(int token) {
    return framed.get(token);
  }

  /** Whether the clause holds an attribution or framing cue. */
  boolean hasFrame(int clause) {
    return framedClauses.get(clause);
  }
}
