package dev.claimcheck.lexicon;

/** What a cue phrase signals about the words it governs. */
public enum CueKind {
  /** Reverses the polarity of what follows: "not", "without", "no risk of". */
  NEGATION,
  /** Lowers the certainty of what follows: "may", "preliminary studies suggest". */
  HEDGE,
  /** Raises certainty or makes an absolute claim: "proven", "guaranteed", "completely safe". */
  BOOSTER,
  /** Invokes evidence: "research shows", "studies prove". */
  EVIDENTIAL,
  /** Attributes the statement to others: "users report", "is often considered". */
  ATTRIBUTION,
  /** Sells rather than informs: "offers hope", "a compelling option". */
  PROMOTIONAL,
  /**
   * Reports what others say or do, for the sentence reader's attribution: "a survey found", "is
   * marketed as", "traditionally used for", "the FDA warns that".
   */
  REPORT,
  /** Denies a claim: "there is no evidence that", "has not been shown to", "it is a myth that". */
  DENIAL
}
